// What a rule is (metadata and options) and the factory for rules whose every
// message comes from their dictionary. The machinery they share lives beside
// this file: registration (register.ts), hit filtering (hits.ts) and messages
// (report-message.ts), re-exported here for rule authors.
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Severity} from '../types.js'
import {compiled} from '../generated/dictionaries.js'
import {supportLines} from './crisis-lines.js'
import {fillTemplate} from './template.js'
import {withDisguises} from './disguise-note.js'
import type {CompiledData, CompiledEntry, Fixable, Form, RuleHeader} from './compiled.js'
import {rewriteFits} from './fix-fit.js'
import {acceptedHits, endOf, isPlainProse, startOf} from './hits.js'
import {readingsOf} from './hyperbole.js'
import {registerRule} from './register.js'
import {spokenText} from './spoken-text.js'
import {noteFor, report} from './report-message.js'
import {matchCase, renderSuggestion} from './suggest.js'

export {registerRule} from './register.js'
export {acceptedHits, dropOverlaps, endOf, isPlainProse, startOf, textOf} from './hits.js'
export {DOCS_BASE, noteFor, report, type MessageSpec, type SafepostFields} from './report-message.js'

/** What the registry, SARIF and the docs say about a rule: its id and the header of its dictionary. */
export interface RuleMeta {
  id: string
  /** One line: what the rule catches. */
  description: string
  /** Whether some of its messages carry an automatic fix. */
  fixable: boolean
  /** What one message is about; `post` rules report once per post, at its first word. */
  scope: RuleHeader['scope']
  /** Rules whose hits it reads (always analysed). */
  needs: string[]
}

/** A rule's metadata, from its dictionary's header in `data`. */
export function metaOf(id: string, data: CompiledData = compiled): RuleMeta {
  const header = data.rules[id]?.meta
  if (!header) throw new Error(`safepost: dictionaries/${id}.yml has no header (description, fixable, scope)`)
  return {id, description: header.description, fixable: FIXABLE.has(header.fixable), scope: header.scope, needs: header.needs ?? []}
}

const FIXABLE = new Set<Fixable>(['yes', 'mostly', 'partly'])

export interface RuleOptions {
  severity?: Severity
  /** Entry ids or phrases that never fire. */
  allow?: string[]
  /** Who reads the messages: a writer gets support, a moderator gets what to do. */
  audience?: 'writer' | 'moderator'
  /** Crisis-line region (`US`, `UK`, ...) for rules that suggest resources. */
  region?: string
}

export function severityOf(options: RuleOptions | undefined, fallback: Severity = 'warning'): Severity {
  return options?.severity ?? fallback
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
 * A rule whose every message comes from its dictionary: the entry's own
 * message, a suggestion, or the header's `messages.fallback`; a header
 * message for the audience (crisis-signal's `writer`) replaces them all.
 */
export function dictionaryRule(id: string, data: CompiledData = compiled) {
  const messages = data.rules[id]?.meta?.messages ?? {}
  const fallbackMessage = messages.fallback ?? 'Reconsider "{actual}"'
  return function (this: Processor, options?: RuleOptions) {
    const getAnalysis = registerRule(this, id, options?.audience)
    const voice = messages[options?.audience ?? 'writer']
    const regionLines = voice?.includes('{region lines}') ? supportLines(options?.region) : ''
    return (tree: Root, file: VFile) => {
      const analysis = getAnalysis(tree, file)
      const severity = severityOf(options)
      for (const {hit, level, note} of readingsOf(analysis, id, acceptedHits(analysis, id, options), options)) {
        const start = startOf(hit)
        const end = endOf(hit)
        const actual = spokenText(analysis.text.slice(start, end))
        const expected = suggestionsFor(hit.entry, hit.form, actual)
        const described = describe(hit.entry, actual, expected, fallbackMessage)
        const message = note ? `${described}. ${note}` : described
        report(file, {
          rule: id,
          reason: withDisguises(voice === undefined ? message : fillTemplate(voice, {'region lines': regionLines, actual}), hit, options),
          start,
          end,
          severity,
          actual,
          expected,
          note: noteFor(hit.entry),
          entryId: hit.entry.id,
          // a message in the audience's own voice is support, not a finding: no level, so no priority
          ...(voice === undefined ? {level} : {}),
          ...(hit.entry.fix === 'auto' && expected[0] !== undefined && isPlainProse(analysis, hit) && rewriteFits(hit, end) ? {fixText: expected[0]} : {})
        })
      }
    }
  }
}
