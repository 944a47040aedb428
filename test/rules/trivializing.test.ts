// trivializing: hyperbole that borrows suicide, self-harm, eating disorders or
// a diagnosis for a small annoyance. Tables of posts that must fire (the exact
// words flagged) and lookalikes that must stay silent: genuine self-reference,
// idioms, quotes and sincere crisis posts (those are crisis-signal's). Every
// post is written for this file.
import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {flaggedSpans, messagesOf} from '../helpers.js'

const RULE = 'trivializing'

interface Hyperbole {
  text: string
  /** The exact words of every trivializing message, in order. */
  spans: string[]
}

function expectHyperbole(c: Hyperbole) {
  const messages = messagesOf(RULE, c.text)
  expect(messages.map((m) => c.text.slice(m.offset, m.endOffset))).toEqual(c.spans)
  for (const m of messages) {
    expect(m.severity).toBe('warning')
    expect(m.level).toBe('low')
    expect(m.fix).toBeUndefined()
    expect(m.expected).toEqual([])
    expect(m.message).toContain(m.actual)
  }
  // hyperbole is never a crisis signal
  expect(flaggedSpans('crisis-signal', c.text, {preset: 'moderator'})).toEqual([])
}

describe('trivializing: suicide hyperbole with an everyday trigger or a joke cue', () => {
  const invalid: Hyperbole[] = [
    {text: 'this homework makes me want to kill myself', spans: ['makes me want to kill myself']},
    {text: 'mondays make me want to die lol', spans: ['make me want to die']},
    {text: 'this song makes me suicidal lmao', spans: ['makes me suicidal']},
    {text: 'this traffic makes me want to walk into the sea', spans: ['makes me want to walk into the sea']},
    {text: 'this exam makes me want to cut myself', spans: ['makes me want to cut myself']},
    {text: 'the bus is late AGAIN i want to die', spans: ['i want to die']},
    {text: "if i have to sit through one more meeting i'm going to kill myself", spans: ["i'm going to kill myself"]},
    {text: "i'm gonna unalive myself if this code doesn't compile", spans: ["i'm gonna unalive myself"]},
    {text: "if the train is cancelled again i'm throwing myself off the bridge", spans: ["i'm throwing myself off the bridge"]},
    {text: "i'd rather kill myself lol", spans: ["i'd rather kill myself"]},
    {text: 'kms this lecture is so boring', spans: ['kms']},
    {text: 'ugh the wifi is down, kms', spans: ['kms']},
    {text: 'gonna kms haha', spans: ['gonna kms']}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectHyperbole(c))
})

describe('trivializing: diagnoses as adjectives, eating-disorder and ward jokes', () => {
  const invalid: Hyperbole[] = [
    {text: "i'm so OCD about my desk", spans: ['so OCD']},
    {text: 'the weather is so bipolar today', spans: ['weather is so bipolar']},
    {text: 'the group chat has been so schizophrenic all week', spans: ['group chat has been so schizophrenic']},
    {text: "I'm such an OCD person about the dishwasher", spans: ['such an OCD person']},
    {text: "i'm traumatized by that finale lol", spans: ["i'm traumatized by"]},
    {text: "I'm a bit OCD with my spreadsheets", spans: ['a bit OCD']},
    {text: 'lowkey schizo today, talking to myself all morning', spans: ['lowkey schizo']},
    {text: 'basically anorexic after that stomach bug', spans: ['basically anorexic']},
    {text: 'time to go anorexic before the wedding lol', spans: ['time to go anorexic']},
    {text: 'grippy sock vacation here i come', spans: ['grippy sock vacation']},
    {text: 'that exam gave me ptsd lol', spans: ['gave me ptsd']},
    {text: 'so depressed my team lost', spans: ['so depressed']},
    {text: 'my code is so adhd lol', spans: ['so adhd']},
    {text: "i'm having a mental breakdown over this eyeliner lol", spans: ["i'm having a mental breakdown"]}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectHyperbole(c))
})

describe('trivializing: lookalikes that must stay silent', () => {
  const selfReference = [
    'my OCD makes me check the lock 20 times',
    "I have bipolar disorder and I'm doing okay",
    'my son is very autistic and needs a lot of support',
    "I'm autistic and my special interest is trains",
    'living with OCD is exhausting',
    "I'm so depressed lately and I don't know why"
  ]
  const idioms = [
    'I could kill myself laughing at this',
    "i'd honestly rather die than do the group presentation",
    'this commute is killing me',
    'my dog is dying to go for a walk',
    'this pizza is to die for'
  ]
  const quotes = [
    "the phrase 'I'm so OCD' minimises a real illness",
    'my therapist asked me to stop saying "this exam makes me want to die"'
  ]
  const sincere = [
    'i want to die',
    'my life makes me want to die',
    "I'm going to kill myself tonight",
    'kms',
    "exams tomorrow and i want to die, i'm not joking"
  ]
  for (const [name, posts] of Object.entries({selfReference, idioms, quotes, sincere})) {
    describe(name, () => {
      for (const text of posts) it(`is silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
    })
  }
})

describe('trivializing: presets', () => {
  it('is a warning for writers and keeps a diagnosis used as an adjective at low for moderators', () => {
    const text = 'my desk has to be perfect, I am so OCD'
    expect(messagesOf(RULE, text, {preset: 'writer'}).map((m) => m.severity)).toEqual(['warning'])
    const report = checkSync(text, {preset: 'moderator'})
    expect(report.messages.map((m) => m.ruleId)).toEqual([RULE])
    expect(report.priority).toBe('low')
  })
  // a death wish it reports is a lowered crisis reading for moderators: test/rules/moderator-reading.test.ts
})
