import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {checkSync, fix} from '../../src/index.js'
import type {InputFormat, ReportMessage} from '../../src/types.js'
import {post} from './arbitraries.js'

const formats: InputFormat[] = ['text', 'markdown', 'mdx', 'html']
const runs = Number(process.env['SAFEPOST_PROPERTY_RUNS'] ?? 150) // raise to hunt: SAFEPOST_PROPERTY_RUNS=2000

/** A UTF-16 offset that does not split a surrogate pair. */
function onCodePointBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  return !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff)
}

/** 1-based line and column of a UTF-16 offset, lines ending at \n, \r\n or \r. */
function lineColumn(text: string, offset: number): {line: number, column: number} {
  let line = 1
  let start = 0
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++
      start = i + 1
    }
  }
  return {line, column: offset - start + 1}
}

function assertWellPlaced(text: string, message: ReportMessage): void {
  const where = `${message.ruleId} [${message.offset}, ${message.endOffset}) in ${JSON.stringify(text.slice(0, 200))}`
  expect(Number.isInteger(message.offset), where).toBe(true)
  expect(message.offset >= 0 && message.offset <= message.endOffset && message.endOffset <= text.length, where).toBe(true)
  expect(onCodePointBoundary(text, message.offset) && onCodePointBoundary(text, message.endOffset), where).toBe(true)
  expect({line: message.line, column: message.column}, where).toEqual(lineColumn(text, message.offset))
  expect({line: message.endLine, column: message.endColumn}, where).toEqual(lineColumn(text, message.endOffset))
  if (message.fix) {
    const [start, end] = message.fix.range
    expect(start >= 0 && start <= end && end <= text.length, where).toBe(true)
    expect(onCodePointBoundary(text, start) && onCodePointBoundary(text, end), where).toBe(true)
  }
}

describe.each(formats)('checkSync on arbitrary Unicode (%s)', (format) => {
  it(`never throws, and every message lies inside the input on code-point boundaries with matching line/column (${runs} runs)`, () => {
    fc.assert(fc.property(post, (text) => {
      for (const preset of ['writer', 'moderator'] as const) {
        const report = checkSync(text, {format, preset})
        for (const message of report.messages) assertWellPlaced(text, message)
      }
    }), {numRuns: runs})
  })

  it(`fix is idempotent and changes nothing outside the ranges it applied (${runs} runs)`, () => {
    fc.assert(fc.property(post, (text) => {
      const options = {format, preset: 'writer' as const}
      // One pass by hand: the text outside the applied ranges must come through unchanged.
      const fixes = checkSync(text, options).messages.filter((m) => m.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0])
      const once = fix(text, options)
      let rest = text
      let kept = ''
      let last = 0
      for (const message of fixes) {
        const [start, end] = message.fix!.range
        if (start < last) continue
        kept += text.slice(last, start) + '\u0000FIX\u0000'
        last = end
      }
      rest = kept + text.slice(last)
      const outside = rest.split('\u0000FIX\u0000')
      // Every untouched stretch appears, in order, in the fixed text.
      let from = 0
      for (const stretch of outside) {
        const at = once.text.indexOf(stretch, from)
        expect(at, `untouched text ${JSON.stringify(stretch.slice(0, 80))} lost`).toBeGreaterThanOrEqual(0)
        from = at + stretch.length
      }
      expect(fix(once.text, options).text).toBe(once.text)
    }), {numRuns: runs})
  })
})
