// The command line's side of configuration: the config's options for a file,
// with what the command line says on top (command line > config > preset).
import path from 'node:path'
import {ConfigError, resolveConfigFor, resolveSettingsFor, writeStarterConfig} from '../config/index.js'
import {closestName} from '../closest-name.js'
import {compiled} from '../generated/dictionaries.js'
import {crisisLines, knownRegion} from '../engine/crisis-lines.js'
import {resolveRules} from '../processor.js'
import type {CheckOptions} from '../types.js'
import type {CliOptions} from './options.js'
import {UsageError} from './usage-error.js'

/** What the command line sets, which wins over any config. */
function commandLineSettings(cli: CliOptions): Partial<CheckOptions> {
  const settings: Partial<CheckOptions> = {}
  if (cli.presetGiven) settings.preset = cli.preset
  if (cli.region !== undefined) settings.region = cli.region
  if (cli.reportUnusedDirectives !== undefined) settings.reportUnusedDirectives = cli.reportUnusedDirectives
  return settings
}

/**
 * The library options for a file (absolute, or `undefined` for a batch or
 * unnamed standard input: the config found from the working directory).
 * Throws a `UsageError` for a config that cannot be used.
 */
export async function checkOptionsFor(file: string | undefined, cli: CliOptions): Promise<CheckOptions> {
  const target = file ?? path.join(process.cwd(), '<stdin>')
  try {
    const {options} = await resolveConfigFor(target, {configFile: cli.config})
    const resolved: CheckOptions = {preset: 'writer', ...options, ...commandLineSettings(cli)}
    if (cli.rules) resolved.rules = {...options.rules, ...cli.rules}
    warnOfSettingsThatDoNothing(resolved)
    return resolved
  } catch (error) {
    throw asUsageError(error)
  }
}

/** `--print-config FILE`: the resolved options for FILE, as JSON. */
export async function printedConfig(file: string, cli: CliOptions): Promise<string> {
  try {
    const {settings, configPath} = await resolveSettingsFor(path.resolve(file), {configFile: cli.config})
    const resolved = {preset: 'writer' as const, ...settings, ...commandLineSettings(cli)}
    // every rule's effective setting, not only the config's overrides
    const rules = resolveRules({preset: resolved.preset, rules: {...settings.rules, ...cli.rules}})
    return JSON.stringify({file, configPath, ...resolved, rules}, null, 2) + '\n'
  } catch (error) {
    throw asUsageError(error)
  }
}

/** `safepost init`: write a starter `.safepostrc.yaml` in the working directory. */
export function initConfig(): string {
  try {
    return writeStarterConfig(process.cwd())
  } catch (error) {
    throw asUsageError(error)
  }
}

const warned = new Set<string>()

/**
 * Say once (on stderr) what would otherwise pass silently: a region with no
 * crisis lines of its own, an allow item that looks like a mistyped entry id.
 */
function warnOfSettingsThatDoNothing(options: CheckOptions): void {
  const warn = (message: string) => {
    if (warned.has(message)) return
    warned.add(message)
    process.stderr.write(`safepost: ${message}\n`)
  }
  if (options.region !== undefined && !knownRegion(options.region)) {
    warn(`region "${options.region}" has no crisis lines of its own, so help-resources suggests the ${crisisLines.default} ones (known regions: ${Object.keys(crisisLines.regions).join(', ')})`)
  }
  for (const item of options.allow ?? []) {
    // a phrase may be anything; an item shaped like an id ("committed-suicde") close to a real one is a typo
    if (/\s/.test(item) || !item.includes('-') || entryIds().has(item)) continue
    const meant = closestName(item, entryIds())
    // a typo keeps the length ("suicde"); a word of its own ("self-harm" beside "self-harmer") does not
    if (meant !== undefined && Math.abs(meant.length - item.length) <= 1) warn(`allow: "${item}" is no entry id (did you mean "${meant}"?); as a phrase it allows only those exact words`)
  }
}

let ids: Set<string> | undefined
const entryIds = (): Set<string> => (ids ??= new Set(Object.values(compiled.rules).flatMap((rule) => rule.entries.map((entry) => entry.id))))

function asUsageError(error: unknown): unknown {
  return error instanceof ConfigError ? new UsageError(error.message) : error
}
