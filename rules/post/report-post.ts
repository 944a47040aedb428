// A post-level message: at the post's first prose word, with a fix that
// inserts text elsewhere (a warning at the top, help at the end). Put on the
// vfile of a post checked in one piece, or given as a report message by the
// chunked check of a longer one (src/chunk/), with the same fields.
import type {VFile} from 'vfile'
import {DOCS_BASE, report, severityOf, type RuleOptions} from '../../src/engine/rule.js'
import type {Insertion} from './insert.js'
import type {Token} from '../../src/engine/tokenize.js'
import type {ReportMessage} from '../../src/types.js'
import type {FirstWordPlace} from './whole-post.js'

export interface PostMessage {
  rule: string
  reason: string
  /** What the fix adds, as the writer would read it. */
  expected: string
  note: string
  fix: Insertion
}

export function reportPost(file: VFile, firstWord: Token, options: RuleOptions | undefined, message: PostMessage): void {
  report(file, {
    rule: message.rule,
    reason: message.reason,
    start: firstWord.start,
    end: firstWord.end,
    severity: severityOf(options),
    // as written: a token's own text is its matching view
    actual: String(file.value).slice(firstWord.start, firstWord.end),
    expected: [message.expected],
    note: message.note,
    level: 'low',
    fixText: message.fix.text,
    fixRange: [message.fix.at, message.fix.at]
  })
}

/** The report message `reportPost` gives, for a post whose first word is at `place` of the whole text. */
export function postReportMessage(firstWord: Token, place: FirstWordPlace, options: RuleOptions | undefined, message: PostMessage): ReportMessage {
  const {written, ...at} = place
  return {
    ruleId: message.rule,
    source: 'safepost',
    severity: severityOf(options),
    message: message.reason,
    ...at,
    offset: firstWord.start,
    endOffset: firstWord.end,
    actual: written,
    expected: [message.expected],
    url: DOCS_BASE + message.rule + '.md',
    fix: {range: [message.fix.at, message.fix.at], text: message.fix.text},
    note: message.note,
    level: 'low'
  }
}
