// coded-terms: algospeak, masked spellings and community tags for suicide,
// self-harm and eating disorders. Tables of posts that must fire (with the
// exact words flagged and the review level) and lookalikes that must stay
// silent. Every post is written for this file.
import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {flaggedSpans, messagesOf} from '../helpers.js'

const RULE = 'coded-terms'

interface Invalid {
  text: string
  /** The exact words each message points at, in order. */
  spans: string[]
  /** The review level of the first message. */
  level: 'low' | 'medium'
  /** The first suggestion, when the entry offers the plain word. */
  expected?: string
}

function expectFires(c: Invalid) {
  const messages = messagesOf(RULE, c.text)
  expect(messages.map((m) => c.text.slice(m.offset, m.endOffset))).toEqual(c.spans)
  expect(messages[0]!.level).toBe(c.level)
  if (c.expected !== undefined) expect(messages[0]!.expected[0]).toBe(c.expected)
  // a community's own words are never rewritten automatically
  for (const m of messages) expect(m.fix).toBeUndefined()
}

function expectSilent(text: string) {
  expect(flaggedSpans(RULE, text)).toEqual([])
}

describe('coded-terms: algospeak for suicide', () => {
  const invalid: Invalid[] = [
    {text: 'so many unalive jokes on my fyp this week, not funny', spans: ['unalive'], level: 'low', expected: 'suicide'},
    {text: 'her cousin unalived himself last spring and nobody at school knows', spans: ['unalived himself'], level: 'low', expected: 'died by suicide'},
    {text: 'the plaque said the singer un-alived himself, which felt so wrong', spans: ['un-alived himself'], level: 'low', expected: 'died by suicide'},
    {text: "i'm gonna unalive myself if this meeting runs over again lol", spans: ['unalive myself'], level: 'low'},
    {text: 'Please don\'t unalive yourself, we need you here', spans: ['unalive yourself'], level: 'low'},
    {text: '#unalive is trending again and it is all jokes', spans: ['#unalive'], level: 'low'},
    {text: 'kermit sewerslide meme again, really?', spans: ['sewerslide'], level: 'low', expected: 'suicide'},
    {text: 'he committed sewer slide, the comments say', spans: ['sewer slide'], level: 'low', expected: 'suicide'},
    {text: 'people write sewer-slide to dodge the filter', spans: ['sewer-slide'], level: 'low'},
    {text: 'thinking about self-deleting tbh', spans: ['thinking about self-deleting'], level: 'low', expected: 'suicide'},
    {text: 'after his death people kept saying he self-deleted', spans: ['self-deleted'], level: 'low'},
    {text: 'is it normal to think about self-deletion every day', spans: ['think about self-deletion'], level: 'low'},
    {text: 'commit sudoku lmao', spans: ['commit sudoku'], level: 'low', expected: 'suicide'},
    {text: 'toaster bath time i guess', spans: ['toaster bath'], level: 'low'},
    {text: 'just back from a grippy sock vacation, ask me anything', spans: ['grippy sock vacation'], level: 'low', expected: 'stay in a psychiatric hospital'}
  ]
  for (const c of invalid) it(`fires: ${c.text}`, () => expectFires(c))

  const valid = [
    'The word "unalive" is infantilising.',
    "the museum changed the plaque to say 'died by suicide'",
    "I'm going to self-delete my account tomorrow",
    'self-deleting messages are a privacy feature',
    'I did the sudoku on the train this morning',
    'the toaster is broken again'
  ]
  for (const text of valid) it(`silent: ${text}`, () => expectSilent(text))
})

describe('coded-terms: masked spellings', () => {
  const invalid: Invalid[] = [
    {text: 'su1c1de rates on building sites are so high and nobody talks about it', spans: ['su1c1de'], level: 'low', expected: 'suicide'},
    {text: 's*icide is not a dirty word', spans: ['s*icide'], level: 'low', expected: 'suicide'},
    {text: '$uicide prevention starts with asking', spans: ['$uicide'], level: 'low', expected: 'suicide'},
    {text: 's.u.i.c.i.d.e awareness month', spans: ['s.u.i.c.i.d.e'], level: 'low'},
    {text: 'su!c!de jokes are not funny', spans: ['su!c!de'], level: 'low'},
    {text: 'feeling s*icidal again tonight', spans: ['s*icidal'], level: 'low', expected: 'suicidal'},
    {text: 's3lfh@rm is not a trend', spans: ['s3lfh@rm'], level: 'low', expected: 'self-harm'},
    {text: 'an0rexia documentary tonight', spans: ['an0rexia'], level: 'low'},
    {text: 'th1nspo accounts are back', spans: ['th1nspo'], level: 'medium'}
  ]
  for (const c of invalid) it(`fires: ${c.text}`, () => expectFires(c))

  const valid = [
    'what the f*ck was that ending',
    'email me at help@example.org',
    'the score was 5-1 at half time'
  ]
  for (const text of valid) it(`silent: ${text}`, () => expectSilent(text))
})

describe('coded-terms: pro-eating-disorder tags and words', () => {
  const invalid: Invalid[] = [
    {text: '#proana check in, who is fasting today', spans: ['#proana'], level: 'medium'},
    {text: 'new #edtwt moots pls', spans: ['#edtwt'], level: 'medium'},
    {text: '#thinspiration #bonespo for this month', spans: ['#thinspiration', '#bonespo'], level: 'medium'},
    {text: 'bonespo thread, reply with yours', spans: ['bonespo'], level: 'medium'},
    {text: 'the thinspo era of tumblr did so much damage', spans: ['thinspo'], level: 'medium'},
    {text: 'I was pro-ana at 15 and it nearly killed me', spans: ['pro-ana'], level: 'medium'},
    {text: 'proana accounts should be banned', spans: ['proana'], level: 'medium'},
    {text: 'ED twt is so toxic right now', spans: ['ED twt'], level: 'medium'},
    {text: 'looking for an ana buddy', spans: ['ana buddy'], level: 'medium'},
    {text: 'my ugw feels so far away', spans: ['ugw'], level: 'medium'},
    {text: 'need laxies asap', spans: ['laxies'], level: 'medium'},
    {text: 'chew and spit is getting bad again, restricting all week', spans: ['chew and spit'], level: 'medium'},
    {text: '#ana #mia feeling so fat today, need to restrict', spans: ['#ana', '#mia'], level: 'medium'},
    {text: 'Ana told me not to eat today, restricting again', spans: ['Ana told me'], level: 'medium'},
    {text: 'hw 70 cw 58 gw 50, almost there', spans: ['hw 70 cw 58'], level: 'medium'},
    {text: 'gw 45, restricting hard this week', spans: ['gw 45'], level: 'medium'},
    {text: 'thigh gap goals for summer', spans: ['thigh gap goals'], level: 'medium'}
  ]
  for (const c of invalid) it(`fires: ${c.text}`, () => expectFires(c))

  const valid = [
    '@thinspo_is_a_lie just posted a brilliant thread on body neutrality',
    "`DELETE FROM posts WHERE body LIKE '%thinspo%'` wiped a recovery forum",
    'the tag "thinspo" should be blocked everywhere',
    'https://example.com/why-thinspo-hurts',
    'Ana and Mia are coming round for dinner',
    'my friend Ed is a great cook',
    '#ana pics from the holiday in Lisbon',
    'Happy birthday #Mia!',
    'chew and spit out the olive stones',
    'Ana told me about her new job at the bakery',
    'happy birthday #ana, love from mia',
    'chew and spit with mia tonight',
    'CW: suicide, 2 min read',
    'The GW 2 paper is due Friday',
    '#SuicidePreventionDay: ask twice',
    '#MentalHealthAwareness #selfharmawareness'
  ]
  for (const text of valid) it(`silent: ${text}`, () => expectSilent(text))
})

describe('coded-terms: self-harm community tags and slang', () => {
  const invalid: Invalid[] = [
    {text: 'new #shtwt mutuals pls, relapsed today', spans: ['#shtwt'], level: 'medium'},
    {text: 'shtwt is a dark place', spans: ['shtwt'], level: 'medium'},
    {text: 'fresh scars #sh', spans: ['#sh'], level: 'medium'},
    {text: 'sh urges are bad tonight', spans: ['sh urges'], level: 'medium', expected: 'self-harm'},
    {text: 'relapsed on sh again', spans: ['relapsed on sh'], level: 'medium'},
    {text: '3 months sh free today', spans: ['months sh free'], level: 'low'},
    {text: 'hit styro last night', spans: ['hit styro'], level: 'medium'},
    {text: 'my arms look like a barcode, the cuts are everywhere', spans: ['barcode'], level: 'medium'}
  ]
  for (const c of invalid) it(`fires: ${c.text}`, () => expectFires(c))

  const valid = [
    'sh, the baby is sleeping',
    'sh sh sh, you will wake him',
    'visiting #SH this summer, Kiel is lovely',
    'scan the barcode at the till',
    'the barcode will not scan at self checkout',
    'baked beans on toast',
    'these beans are so good',
    'styro cups are banned in our canteen now'
  ]
  for (const text of valid) it(`silent: ${text}`, () => expectSilent(text))
})

describe('coded-terms: levels in a moderator queue', () => {
  it('a coded suicide word in a report is low priority', () => {
    expect(checkSync('my friend unalived himself last year', {preset: 'moderator'}).priority).toBe('low')
  })
  it('a pro-eating-disorder tag is medium priority', () => {
    expect(checkSync('#edtwt check in', {preset: 'moderator'}).priority).toBe('medium')
  })
})
