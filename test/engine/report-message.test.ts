// Messages are vfile messages, which are Errors: safepost makes them without
// walking the call stack (src/engine/report-message.ts), and must leave the
// host's setting for every other Error as it found it.
import {afterEach, describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'

const original = Error.stackTraceLimit
afterEach(() => {
  Error.stackTraceLimit = original
})

describe('the messages of a check', () => {
  it("leave the host's Error.stackTraceLimit as it was", () => {
    Error.stackTraceLimit = 17
    const report = checkSync('He committed suicide last year.', {preset: 'writer'})
    expect(report.messages.map((m) => m.ruleId)).toContain('suicide-language')
    expect(Error.stackTraceLimit).toBe(17)
  })
})
