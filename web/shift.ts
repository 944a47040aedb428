// Keeps the last check's highlights on their words while the writer types,
// until the next check arrives: marks before the edit stay, marks after it
// move by the edit's length, and marks the edit touched are dropped.
import type {ReportMessage} from './protocol.js'

export function shiftMessages(messages: readonly ReportMessage[], before: string, after: string): ReportMessage[] {
  let start = 0
  const shortest = Math.min(before.length, after.length)
  while (start < shortest && before[start] === after[start]) start++
  let tail = 0
  while (tail < shortest - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++
  const oldEnd = before.length - tail
  const delta = after.length - before.length
  const out: ReportMessage[] = []
  for (const m of messages) {
    if (m.endOffset <= start && m.endOffset > m.offset) out.push(m)
    else if (m.offset >= oldEnd && m.endOffset > m.offset) out.push({...m, offset: m.offset + delta, endOffset: m.endOffset + delta, fix: m.fix && {...m.fix, range: [m.fix.range[0] + delta, m.fix.range[1] + delta]}})
  }
  return out
}
