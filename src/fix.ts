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

/**
 * The passes of a fix, checker-neutral: it yields each text to check and is
 * sent that text's messages, so the one loop serves the synchronous fix and
 * the chunked one (which lets the event loop turn, and a caller stop it).
 */
function* fixPasses(text: string): Generator<string, FixResult, ReportMessage[]> {
  let current = text
  const applied: ReportMessage[] = []
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const messages = yield current
    const result = applyFixes(current, messages)
    // nothing more to apply: these messages are what remains
    if (result.applied.length === 0 || result.text === current) return {text: current, applied, remaining: messages}
    applied.push(...result.applied)
    current = result.text
  }
  return {text: current, applied, remaining: yield current}
}

export function fixText(text: string, options: CheckOptions, check: (text: string, options: CheckOptions) => {messages: ReportMessage[]}): FixResult {
  const passes = fixPasses(text)
  for (let step = passes.next(); ; ) {
    if (step.done) return step.value
    step = passes.next(check(step.value, options).messages)
  }
}

export async function fixTextAsync(text: string, options: CheckOptions, check: (text: string, options: CheckOptions) => Promise<{messages: ReportMessage[]}>): Promise<FixResult> {
  const passes = fixPasses(text)
  for (let step = passes.next(); ; ) {
    if (step.done) return step.value
    step = passes.next((await check(step.value, options)).messages)
  }
}
