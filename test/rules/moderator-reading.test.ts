// How a moderator reads a post that could hide a crisis (issue 18, items 5
// and 6): a post that is one quotation is still the writer's own words, and a
// joke cue or an everyday annoyance lowers a crisis reading, never erases it.
// Writers keep the quoting rule and the plain split between crisis-signal and
// trivializing.
import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import type {Priority} from '../../src/types.js'

const MODERATOR = {preset: 'moderator'} as const
const WRITER = {preset: 'writer'} as const
const ORDER: Priority[] = ['none', 'low', 'medium', 'high', 'urgent']
const atLeast = (p: Priority, floor: Priority) => ORDER.indexOf(p) >= ORDER.indexOf(floor)

describe('a post that is one quotation', () => {
  const wholeQuotes: Array<[string, Priority]> = [
    ['"I want to die tonight"', 'high'],
    ['“I want to die tonight”', 'high'],
    ['«I want to die tonight»', 'high'],
    ["'I want to die tonight'", 'high'],
    ['"goodbye everyone, i have the pills ready"', 'urgent'],
    ['“goodbye everyone, i have the pills ready”', 'urgent'],
    ['«goodbye everyone, i have the pills ready»', 'urgent'],
    ['  "I want to die tonight."  ', 'high'],
    ['"I want to die tonight".', 'high']
  ]
  for (const [text, priority] of wholeQuotes) {
    it(`is the writer's own words for a moderator: ${text.trim()}`, () => {
      const report = checkSync(text, MODERATOR)
      expect(report.priority).toBe(priority)
      expect(report.messages.map((m) => m.ruleId)).toContain('crisis-signal')
    })
    it(`keeps the quoting rule for a writer: ${text.trim()}`, () => {
      expect(checkSync(text, WRITER).messages.filter((m) => m.ruleId === 'crisis-signal')).toEqual([])
    })
  }

  const quotesInsideAPost = [
    '"I want to die" is a sentence we should always take seriously',
    "she said 'i want to kill myself' and then laughed it off",
    '"I want to die tonight," she said.',
    'He wrote "I want to die tonight" on the wall in the film',
    // two quotations are not one
    '"I want to die" and "goodbye everyone" are both on the warning-sign list'
  ]
  for (const text of quotesInsideAPost) {
    it(`still reads a quotation inside a post as quoted, for a moderator too: ${text}`, () => {
      expect(checkSync(text, MODERATOR).messages.filter((m) => m.ruleId === 'crisis-signal')).toEqual([])
    })
  }
})

describe('a joke cue lowers a crisis reading, never erases it (moderator)', () => {
  const jokes = [
    'I want to die tonight lol',
    'I want to die tonight haha',
    'I want to die tonight 😂',
    'ugh the weather I want to die tonight',
    'this heatwave makes me want to die lmao',
    '"I want to die tonight" 😭',
    'goodbye everyone, i have the pills ready lol',
    "I don't see myself being alive by christmas if this heatwave continues lol"
  ]
  for (const text of jokes) {
    it(`keeps at least medium, saying it may be hyperbole: ${text}`, () => {
      const report = checkSync(text, MODERATOR)
      expect(atLeast(report.priority, 'medium')).toBe(true)
      const crisisReading = report.messages.filter((m) => m.level !== undefined && atLeast(m.level, 'medium'))
      expect(crisisReading.length).toBeGreaterThan(0)
      for (const m of crisisReading) expect(m.message).toMatch(/may be hyperbole/)
    })
  }

  it('reports the lowered reading once: through trivializing where it names the same words', () => {
    const report = checkSync('I want to die tonight lol', MODERATOR)
    expect(report.messages.map((m) => [m.ruleId, m.level])).toEqual([['trivializing', 'medium']])
  })

  it('reports it through crisis-signal where trivializing has no such entry', () => {
    const report = checkSync('goodbye everyone, i have the pills ready lol', MODERATOR)
    expect(report.messages.map((m) => [m.ruleId, m.level])).toEqual([['crisis-signal', 'medium']])
  })

  // off only mutes (issue 12 item 9, issue 16): the reading trivializing carries is muted with it
  it('is muted with trivializing when the project turns trivializing off', () => {
    const report = checkSync('I want to die tonight lol', {...MODERATOR, rules: {trivializing: 'off'}})
    expect(report.messages).toEqual([])
  })

  it('leaves a diagnosis used as an adjective at low', () => {
    expect(checkSync('so OCD about my desk lol', MODERATOR).priority).toBe('low')
  })

  it('gives writers the plain split: hyperbole is trivializing at low, and no crisis message', () => {
    const report = checkSync('I want to die tonight lol', WRITER)
    expect(report.messages.map((m) => [m.ruleId, m.level])).toEqual([['trivializing', 'low']])
    expect(checkSync('goodbye everyone, i have the pills ready lol', WRITER).messages).toEqual([])
  })
})

describe('joke and trivial cues count only in their own sentence', () => {
  const separate = [
    'lol. i want to die tonight',
    'ugh the weather. i want to die tonight',
    'ugh the weather\ni want to die tonight',
    'i want to die tonight. lol'
  ]
  for (const text of separate) {
    for (const preset of ['writer', 'moderator'] as const) {
      it(`reads the crisis sentence on its own (${preset}): ${JSON.stringify(text)}`, () => {
        const report = checkSync(text, {preset})
        expect(report.messages.map((m) => m.ruleId)).toEqual(['crisis-signal'])
        if (preset === 'moderator') expect(report.priority).toBe('high')
      })
    }
  }
})
