import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {checkSync, fix} from '../../src/index.js'
import type {InputFormat, ReportMessage} from '../../src/types.js'
import {post} from './arbitraries.js'

const formats: InputFormat[] = ['text', 'markdown', 'mdx', 'html']
// Raise to hunt for bugs: SAFEPOST_PROPERTY_RUNS=2000 npx vitest run test/properties
const runs = Number(process.env['SAFEPOST_PROPERTY_RUNS'] ?? 150)
/** Fixing checks each post several times: fewer runs keep the suite fast. */
const fixRuns = Math.round((runs * 2) / 3)

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

  it(`fix is idempotent and changes nothing outside the ranges it reports (${fixRuns} runs)`, () => {
    fc.assert(fc.property(post, (text) => {
      const options = {format, preset: 'writer' as const}
      const fixed = fix(text, options)
      // Redo it by hand, pass by pass, from the reported fix ranges only: the
      // result must be the same, so nothing outside those ranges changed.
      let current = text
      for (let pass = 0; pass < 10; pass++) {
        const fixes = checkSync(current, options).messages.filter((m) => m.fix).map((m) => m.fix!).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
        let next = ''
        let last = 0
        for (const {range: [start, end], text: replacement} of fixes) {
          if (start < last) continue // overlaps one already taken
          next += current.slice(last, start) + replacement
          last = end
        }
        next += current.slice(last)
        if (next === current) break
        current = next
      }
      expect(fixed.text).toBe(current)
      expect(fix(fixed.text, options).text).toBe(fixed.text)
    }), {numRuns: fixRuns})
  })
})
