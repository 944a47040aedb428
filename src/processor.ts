// Builds (and reuses) the unified processor for a set of options: a parser for
// the input format, then every enabled rule with its severity.
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {rules} from '../rules/index.js'
import {presetNames, presets} from '../rules/presets.js'
import {checkOptions} from './check-options.js'
import {useParser} from './parse/registry.js'
import safepostModel from './model/plugin.js'
import {processorKey} from './options.js'
import type {CheckOptions, RuleSetting} from './types.js'

const cache = new Map<string, Processor<any, any, any, any, any>>()

/** The rule settings an options object resolves to: preset, then per-rule overrides. */
export function resolveRules(options: CheckOptions = {}): Record<string, RuleSetting> {
  checkOptions(options)
  const preset = presets[options.preset ?? 'writer']
  if (!preset) throw new Error(`safepost: unknown preset "${options.preset}" (use ${presetNames.join(', ')})`)
  return {...preset.rules, ...options.rules}
}

/** The unified processor itself, for editors and pipelines that already use unified. */
export function createProcessor(options: CheckOptions = {}): Processor<any, any, any, any, any> {
  const settings = resolveRules(options)
  const audience = presets[options.preset ?? 'writer']!.audience
  let processor: Processor<any, any, any, any, any> = useParser(unified(), options.format ?? 'text')
  if (options.dictionaries?.length) processor = processor.data('safepostDictionaries', options.dictionaries)
  for (const [id, setting] of Object.entries(settings)) {
    const rule = rules[id]
    if (!rule) throw new Error(`safepost: unknown rule "${id}"`)
    if (setting === 'off') continue
    processor = processor.use(rule.plugin, {
      severity: setting,
      audience,
      ...(options.allow ? {allow: options.allow} : {}),
      ...(options.region ? {region: options.region} : {})
    })
  }
  // the trained scorer reads after every rule, adding only what they missed
  processor = processor.use(safepostModel, {
    preset: options.preset ?? 'writer',
    audience,
    rules: settings,
    ...(options.allow ? {allow: options.allow} : {}),
    ...(options.region ? {region: options.region} : {})
  })
  // `process()` gives the file back with its messages and its text unchanged:
  // safepost reports; `fix()` is what rewrites.
  return processor.use(keepText).freeze()
}

function keepText(this: Processor<any, any, any, any, any>): void {
  this.compiler = (_tree: unknown, file: VFile) => String(file.value)
}

const withDictionaries = new WeakMap<object, Map<string, Processor<any, any, any, any, any>>>()

function createProcessorCached(options: CheckOptions, key: string): Processor<any, any, any, any, any> {
  const list = options.dictionaries!
  let byKey = withDictionaries.get(list)
  if (!byKey) withDictionaries.set(list, (byKey = new Map()))
  let processor = byKey.get(key)
  if (!processor) byKey.set(key, (processor = createProcessor(options)))
  return processor
}

/** A frozen processor per distinct options, so repeated checks do not rebuild anything. */
export function processorFor(options: CheckOptions = {}): Processor<any, any, any, any, any> {
  // only what changes the processor; directive handling happens after it runs
  const key = processorKey(options)
  // project dictionaries are compared by identity: pass the same array to reuse the processor
  if (options.dictionaries?.length) return createProcessorCached(options, key)
  let processor = cache.get(key)
  if (!processor) {
    processor = createProcessor(options)
    cache.set(key, processor)
  }
  return processor
}
