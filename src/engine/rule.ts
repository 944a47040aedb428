// The machinery every rule plugin shares: registration with the processor, the
// one analysis pass per file (run by whichever rule transformer comes first),
// and turning hits into vfile messages.
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {compiled} from '../generated/dictionaries.js'
import type {Priority, Severity} from '../types.js'
import {analyse, type Analysis, type EntryHit} from './analyse.js'
import type {CompiledData, CompiledEntry, Form} from './compiled.js'
import {mergeDictionaries} from './merge.js'
import {passesGates} from './context.js'
import {createPhraseIndex, type PhraseIndex} from './phrase-index.js'
import {matchCase, renderSuggestion} from './suggest.js'
import {normalizeWord} from './normalize.js'

export const DOCS_BASE = 'https://github.com/safepost/safepost/blob/main/docs/rules/'

export interface RuleMeta {
  id: string
  /** One line: what the rule catches. */
  description: string
  /** Whether some of its messages carry an automatic fix. */
  fixable: boolean
}

export interface RuleOptions {
  severity?: Severity
  /** Entry ids or phrases that never fire. */
  allow?: string[]
  /** Who reads the messages: a writer gets support, a moderator gets what to do. */
  audience?: 'writer' | 'moderator'
  /** Crisis-line region (`US`, `UK`, ...) for rules that suggest resources. */
  region?: string
}

/** Extra fields safepost puts on vfile messages (beside vfile's own). */
export interface SafepostFields {
  entryId?: string
  level?: Priority
  severity: Severity
  fix?: {range: [number, number]; text: string}
}

declare module 'unified' {
  interface Data {
    /** Rule ids attached to this processor (each rule plugin adds itself). */
    safepostRules?: string[]
    /** A project's own compiled dictionaries, set before the rules attach. */
    safepostDictionaries?: readonly CompiledData[]
  }
}

const indexes = new Map<string, PhraseIndex>()
const extraIds = new WeakMap<readonly CompiledData[], number>()
let nextExtraId = 1

/** One index per set of rules (and of project dictionaries), built once and shared by every processor that has them. */
function indexFor(rules: string[], extras: readonly CompiledData[] | undefined): PhraseIndex {
  const ruleKey = [...new Set(rules)].sort().join(',')
  let extraKey = ''
  if (extras?.length) {
    if (!extraIds.has(extras)) extraIds.set(extras, nextExtraId++)
    extraKey = '+' + extraIds.get(extras)
  }
  let index = indexes.get(ruleKey + extraKey)
  if (!index) {
    const data = extras?.length ? mergeDictionaries(compiled, extras) : compiled
    indexes.set(ruleKey + extraKey, (index = createPhraseIndex(data, ruleKey.split(','))))
  }
  return index
}

/** Register a rule on the processor it is attached to; returns the getter for the file's analysis. */
export function registerRule(processor: Processor, id: string): (tree: Root, file: VFile) => Analysis {
  const ns = processor.data()
  ns.safepostRules = [...(ns.safepostRules ?? []), id]
  return (tree, file) => {
    const data = file.data as {safepostAnalysis?: Analysis}
    if (!data.safepostAnalysis || data.safepostAnalysis.text !== String(file.value)) {
      data.safepostAnalysis = analyse(tree, String(file.value), indexFor(ns.safepostRules ?? [id], ns.safepostDictionaries))
    }
    return data.safepostAnalysis
  }
}

export function severityOf(options: RuleOptions | undefined, fallback: Severity = 'warning'): Severity {
  return options?.severity ?? fallback
}

/** Hits of one rule that pass their gates, longest first where they overlap. */
export function acceptedHits(analysis: Analysis, rule: string, options: RuleOptions | undefined): EntryHit[] {
  // an allow item is an entry id ("committed-suicide") or a phrase as written ("committed suicide")
  const allowIds = new Set(options?.allow ?? [])
  const allowPhrases = new Set((options?.allow ?? []).map(phraseKey))
  const candidates = (analysis.hits.get(rule) ?? []).filter((hit) => {
    if (allowIds.has(hit.entry.id)) return false
    if (allowPhrases.size && allowPhrases.has(phraseKey(textOf(analysis, hit)))) return false
    if (isExcepted(analysis, hit)) return false
    return passesGates(analysis, hit, hit.entry.when)
  })
  return dropOverlaps(candidates)
}

function phraseKey(phrase: string): string {
  return normalizeWord(phrase).replace(/[\s-]+/g, ' ').trim()
}

export function dropOverlaps(hits: EntryHit[]): EntryHit[] {
  const sorted = [...hits].sort((a, b) => startOf(a) - startOf(b) || endOf(b) - endOf(a))
  const kept: EntryHit[] = []
  for (const hit of sorted) {
    const last = kept.at(-1)
    if (last && startOf(hit) < endOf(last)) {
      if (endOf(hit) - startOf(hit) > endOf(last) - startOf(last)) kept[kept.length - 1] = hit
      continue
    }
    kept.push(hit)
  }
  return kept
}

export const startOf = (hit: EntryHit): number => hit.sentence.words[hit.start]!.start
export const endOf = (hit: EntryHit): number => hit.sentence.words[hit.end - 1]!.end

export function textOf(analysis: Analysis, hit: EntryHit): string {
  return analysis.text.slice(startOf(hit), endOf(hit))
}

function isExcepted(analysis: Analysis, hit: EntryHit): boolean {
  if (!hit.entry.except.length) return false
  const words = hit.sentence.words
  for (const {before, beforeMax, after} of analysis.index.exceptions(hit.entry)) {
    let beforeOk = !before
    if (before) {
      for (let s = Math.max(0, hit.start - beforeMax); s < hit.start && !beforeOk; s++) {
        before(words, s, undefined, (end) => {
          if (end === hit.start) beforeOk = true
        })
      }
    }
    if (!beforeOk) continue
    let afterOk = !after
    if (after) after(words, hit.end, undefined, () => (afterOk = true))
    if (afterOk) return true
  }
  return false
}

export interface MessageSpec {
  rule: string
  reason: string
  start: number
  end: number
  severity: Severity
  actual: string
  expected: string[]
  note?: string
  entryId?: string
  level?: Priority
  fixText?: string
  /** Where the fix applies when that is not where the message points (an insertion at the top of a post). */
  fixRange?: [number, number]
}

/** Put one safepost message on the file. */
export function report(file: VFile, spec: MessageSpec): void {
  const place = location(file)
  const start = place.toPoint(spec.start)
  const end = place.toPoint(spec.end)
  const message = file.message(spec.reason, {
    place: start && end ? {start, end} : undefined,
    ruleId: spec.rule,
    source: 'safepost'
  })
  message.fatal = spec.severity === 'error' ? true : spec.severity === 'warning' ? false : undefined
  message.actual = spec.actual
  message.expected = spec.expected
  message.url = DOCS_BASE + spec.rule + '.md'
  if (spec.note) message.note = spec.note
  const fields: SafepostFields = {severity: spec.severity}
  if (spec.entryId) fields.entryId = spec.entryId
  if (spec.level) fields.level = spec.level
  if (spec.fixText !== undefined) fields.fix = {range: spec.fixRange ?? [spec.start, spec.end], text: spec.fixText}
  Object.assign(message, fields)
}

/**
 * Whether the words of a hit stand in one run of prose, with nothing but white
 * space and hyphens between them: a rewrite across markup ("committed**
 * suicide") would break the document's structure, so it is offered, not applied.
 */
export function isPlainProse(analysis: Analysis, hit: EntryHit): boolean {
  const words = hit.sentence.words
  // a rewrite would drop the possessive: "the victim's mother", "the anorexic's mother"
  for (let i = hit.start; i < hit.end; i++) if (words[i]!.possessive) return false
  for (let i = hit.start; i < hit.end - 1; i++) {
    if (!/^[\s\-‐‑–]*$/.test(analysis.text.slice(words[i]!.end, words[i + 1]!.start))) return false
  }
  return true
}

/** The reason and source behind an entry, for `--why`. */
export function noteFor(entry: CompiledEntry): string {
  const sources = entry.source.map((id) => compiled.sources[id]).filter((s) => s !== undefined)
  return `${entry.reason} Source: ${sources.map((s) => `${s.name} <${s.url}>`).join('; ')}`
}

export function suggestionsFor(entry: CompiledEntry, form: Form | undefined, actual: string): string[] {
  return entry.suggest.map((parts) => matchCase(actual, renderSuggestion(parts, form)))
}

/** The message text of an entry: its own template, or "Say X instead of Y". */
export function describe(entry: CompiledEntry, actual: string, expected: string[], fallback: string): string {
  const template = entry.message ?? (expected.length ? 'Say "{expected}" instead of "{actual}"' : fallback)
  return template.replaceAll('{actual}', actual).replaceAll('{expected}', expected[0] ?? '')
}

/**
 * A rule whose every message comes from its dictionary. `voice` may replace
 * the message for an audience (crisis-signal speaks gently to writers).
 */
export function dictionaryRule(
  meta: RuleMeta,
  fallbackMessage = 'Reconsider "{actual}"',
  voice?: (message: string, options: RuleOptions | undefined) => string
) {
  return function (this: Processor, options?: RuleOptions) {
    const getAnalysis = registerRule(this, meta.id)
    return (tree: Root, file: VFile) => {
      const analysis = getAnalysis(tree, file)
      const severity = severityOf(options)
      for (const hit of acceptedHits(analysis, meta.id, options)) {
        const start = startOf(hit)
        const end = endOf(hit)
        const actual = analysis.text.slice(start, end)
        const expected = suggestionsFor(hit.entry, hit.form, actual)
        report(file, {
          rule: meta.id,
          reason: voice ? voice(describe(hit.entry, actual, expected, fallbackMessage), options) : describe(hit.entry, actual, expected, fallbackMessage),
          start,
          end,
          severity,
          actual,
          expected,
          note: noteFor(hit.entry),
          entryId: hit.entry.id,
          level: hit.entry.level,
          ...(hit.entry.fix === 'auto' && expected[0] !== undefined && isPlainProse(analysis, hit) ? {fixText: expected[0]} : {})
        })
      }
    }
  }
}
