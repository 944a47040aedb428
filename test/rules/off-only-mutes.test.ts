// Whole-post rules read other rules' hits (a header's `needs`). Those are
// always analysed: switching a rule off mutes its messages and changes
// nothing any other rule reports (issue 12, item 9).
import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import type {CheckOptions} from '../../src/types.js'

const ruleIds = (text: string, options: CheckOptions) => checkSync(text, options).messages.map((m) => m.ruleId)
const without = (ids: string[], rule: string) => ids.filter((id) => id !== rule)

// a long post whose only "topic" is hyperbole about a bad day
const badDay = [
  'Monday started badly. The printer at work jammed again and the queue makes me want to kill myself.',
  'I spent the whole morning on the phone with the supplier, who kept putting me on hold, and the hold music makes me want to kill myself, honestly.',
  'By lunch I had eaten a sad sandwich at my desk and answered forty emails.',
  'In the afternoon the quarterly spreadsheet crashed twice and I lost an hour of formulas. This spreadsheet makes me want to kill myself.',
  'Then the train home was cancelled, so I walked in the rain and got soaked. Tomorrow I will bring an umbrella and back up my files every hour.'
].join(' ')

// a writer in crisis, at length: support, not advice on warnings and resources
const crisis = [
  'I have been thinking about this for weeks and I do not know who else to tell.',
  'I want to kill myself. I have written letters to my sister and my best friend and put them in my desk.',
  'Every night I lie awake and plan how I would do it, and every morning it feels a little more real.',
  'I stopped going to classes and I gave my guitar away last weekend because I will not need it.',
  'I am so tired of pretending to be fine at work and at home, and I do not think anyone would notice if I was gone.'
].join(' ')

describe('off only mutes a rule', () => {
  for (const preset of ['writer', 'moderator'] as const) {
    it(`${preset}: hyperbole stays hyperbole for the whole-post rules when trivializing is off`, () => {
      const on = ruleIds(badDay, {preset})
      expect(on.filter((id) => id === 'trivializing')).toHaveLength(3)
      expect(ruleIds(badDay, {preset, rules: {trivializing: 'off'}})).toEqual(without(on, 'trivializing'))
    })
  }

  it('writer: a writer in crisis still gets no content-warning or help-resources advice when crisis-signal is off', () => {
    const on = ruleIds(crisis, {preset: 'writer'})
    expect(on).toContain('crisis-signal')
    expect(on).not.toContain('content-warning')
    expect(ruleIds(crisis, {preset: 'writer', rules: {'crisis-signal': 'off'}})).toEqual(without(on, 'crisis-signal'))
  })

  it('every rule, switched off on its own, leaves every other rule\'s messages as they were', () => {
    for (const text of [badDay, crisis]) {
      for (const preset of ['writer', 'moderator'] as const) {
        const on = ruleIds(text, {preset})
        for (const rule of new Set(on)) expect(ruleIds(text, {preset, rules: {[rule]: 'off'}}), `${preset}, ${rule} off`).toEqual(without(on, rule))
      }
    }
  })
})
