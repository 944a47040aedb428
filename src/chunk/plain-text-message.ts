// The message that says a block was checked as plain text rather than in its
// format: it nests deeper than the parser can follow, or it would take the
// parser far too long. Its words were still checked; an info, not a problem.
import type {InputFormat, ReportMessage} from '../types.js'

export type PlainTextReason = 'nesting' | 'budget'

const reasons: Record<PlainTextReason, string> = {
  nesting: 'nests deeper than the parser can follow',
  budget: 'holds more markup than the parser can read in good time'
}

const formatNames: Record<InputFormat, string> = {text: 'plain text', markdown: 'Markdown', mdx: 'MDX', html: 'HTML'}

export function plainTextMessage(text: string, format: InputFormat, reason: PlainTextReason): ReportMessage {
  const lines = text.split(/\r\n|\r|\n/)
  const last = lines.at(-1)!
  return {
    ruleId: 'read-as-plain-text',
    source: 'safepost',
    severity: 'info',
    message: `This block ${reasons[reason]} as ${formatNames[format]}: it was checked as plain text`,
    line: 1,
    column: 1,
    endLine: lines.length,
    endColumn: last.length + 1,
    offset: 0,
    endOffset: text.length,
    actual: '',
    expected: [],
    url: 'https://github.com/safepost/safepost/blob/main/SECURITY.md#limits',
    level: 'none'
  }
}
