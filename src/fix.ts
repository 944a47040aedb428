// Applies the rewrites that are safe without a person, ESLint's way: never
// two that overlap in one pass, then check again, until nothing changes.
import type {CheckOptions, FixResult, ReportMessage} from './types.js'

const MAX_PASSES = 10

export function applyFixes(text: string, messages: ReportMessage[]): {text: string; applied: ReportMessage[]} {
  const fixes = messages.filter((m) => m.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1])
  const applied: ReportMessage[] = []
  let out = ''
  let last = 0
  for (const m of fixes) {
    const [start, end] = m.fix!.range
    if (start < last) continue
    out += text.slice(last, start) + m.fix!.text
    last = end
    applied.push(m)
  }
  return {text: out + text.slice(last), applied}
}

export function fixText(text: string, options: CheckOptions, check: (text: string, options: CheckOptions) => {messages: ReportMessage[]}): FixResult {
  let current = text
  const applied: ReportMessage[] = []
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = applyFixes(current, check(current, options).messages)
    if (result.applied.length === 0 || result.text === current) break
    applied.push(...result.applied)
    current = result.text
  }
  return {text: current, applied, remaining: check(current, options).messages}
}
