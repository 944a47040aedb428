// A post-level message: at the post's first prose word, with a fix that
// inserts text elsewhere (a warning at the top, help at the end).
import type {VFile} from 'vfile'
import {report, severityOf, type RuleOptions} from '../../src/engine/rule.js'
import type {Insertion} from './insert.js'
import type {Token} from '../../src/engine/tokenize.js'

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
