// What a rule is (metadata and options) and the factory for rules whose every
// message comes from their dictionary. The machinery they share lives beside
// this file: registration (register.ts), hit filtering (hits.ts) and messages
// (report-message.ts), re-exported here for rule authors.
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Severity} from '../types.js'
import type {CompiledEntry, Form} from './compiled.js'
import {rewriteFits} from './fix-fit.js'
import {acceptedHits, endOf, isPlainProse, startOf} from './hits.js'
import {registerRule} from './register.js'
import {spokenText} from './spoken-text.js'
import {noteFor, report} from './report-message.js'
import {matchCase, renderSuggestion} from './suggest.js'

export {registerRule} from './register.js'
export {acceptedHits, dropOverlaps, endOf, isPlainProse, startOf, textOf} from './hits.js'
export {DOCS_BASE, noteFor, report, type MessageSpec, type SafepostFields} from './report-message.js'

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
        const actual = spokenText(analysis.text.slice(start, end))
        const expected = suggestionsFor(hit.entry, hit.form, actual)
        const message = describe(hit.entry, actual, expected, fallbackMessage)
        report(file, {
          rule: meta.id,
          reason: voice ? voice(message, options) : message,
          start,
          end,
          severity,
          actual,
          expected,
          note: noteFor(hit.entry),
          entryId: hit.entry.id,
          level: hit.entry.level,
          ...(hit.entry.fix === 'auto' && expected[0] !== undefined && isPlainProse(analysis, hit) && rewriteFits(hit, end) ? {fixText: expected[0]} : {})
        })
      }
    }
  }
}
