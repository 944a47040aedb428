// self-harm-language: stigmatising wording about self-harm.
// Written like an ESLint rule test: posts that must fire (with the exact words
// flagged, the first suggestion and, for automatic fixes, the rewrite), and
// lookalikes that must stay silent. Every post is written for this file.
import {describe, expect, it} from 'vitest'
import {checkSync, fix} from '../../src/index.js'
import type {CheckOptions} from '../../src/types.js'
import {type FlagCase, expectFlaggedOnce, flaggedSpans, messagesOf} from '../helpers.js'

const RULE = 'self-harm-language'

type Invalid = FlagCase

const expectOne = (c: Invalid) => expectFlaggedOnce(RULE, c)

describe('self-harm-language: labels', () => {
  const invalid: Invalid[] = [
    {text: 'Self-harmers need support, not a lecture from the head of year.', span: 'Self-harmers', expected: 'People who self-harm', fix: 'People who self-harm'},
    {text: 'my friend is a self-harmer and she is the kindest person i know', span: 'self-harmer', expected: 'person who self-harms', fix: 'person who self-harms'},
    // spaced and joined spellings
    {text: 'a self harmer in my class got sent home and everyone talked about it', span: 'self harmer', expected: 'person who self-harms', fix: 'person who self-harms'},
    {text: 'a selfharmer in my class got sent home', span: 'selfharmer', expected: 'person who self-harms', fix: 'person who self-harms'},
    {text: 'She’s a cutter, everyone in year 10 knows.', span: 'cutter', expected: 'person who self-harms'},
    {text: 'the cutters at our school hang out by the music block', span: 'cutters', expected: 'people who self-harm'},
    {text: 'Self-mutilation is common among teens, the report claims.', span: 'Self-mutilation', expected: 'Self-harm', fix: 'Self-harm'},
    {text: 'my brother self-mutilates and my parents pretend not to see', span: 'self-mutilates', expected: 'self-harms', fix: 'self-harms'},
    {text: 'He self mutilated for years before anyone noticed.', span: 'self mutilated', expected: 'self-harmed', fix: 'self-harmed'},
    {text: 'Self-mutilators are not dangerous to others.', span: 'Self-mutilators', expected: 'People who self-harm', fix: 'People who self-harm'},
    {text: 'he mutilates himself when he is stressed and hides the cuts', span: 'mutilates himself', expected: 'self-harms'},
    {text: 'self-abuse is still a term some older nurses use', span: 'self-abuse', expected: 'self-harm'},
    {text: 'Self-inflicted violence in prisons rose again last year.', span: 'Self-inflicted violence', expected: 'Self-harm', fix: 'Self-harm'},
    {text: 'deliberate self-harm rates rose among girls', span: 'deliberate self-harm', expected: 'self-harm'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('self-harm-language: myths about motive', () => {
  const invalid: Invalid[] = [
    {text: 'Is it attention-seeking if someone shows their scars online?', span: 'attention-seeking', expected: undefined},
    {text: 'attention seekers with their cut arms all over tiktok, log off', span: 'attention seekers', expected: undefined},
    {text: 'ngl she only self harms for attention, it’s always right before a deadline', span: 'for attention', expected: undefined},
    {text: 'posting scars for likes is so cringe', span: 'for likes', expected: undefined},
    {text: 'He only self-harms for sympathy, my mum says.', span: 'for sympathy', expected: undefined},
    {text: 'It’s just a cry for help, she won’t go through with it.', span: 'just a cry for help', expected: 'a sign of serious distress'},
    {text: 'She’s being manipulative with her self-harm, the ward sister said.', span: 'manipulative', expected: undefined},
    {text: 'My parents think self-harm is just a phase.', span: 'is just a phase', expected: undefined},
    {text: 'Self-harm is an emo thing, he’ll grow out of it.', span: 'is an emo thing', expected: undefined},
    {text: 'why don’t you just stop? it’s only self-harm', span: 'why don’t you just stop', expected: undefined},
    {text: 'her scars are disgusting, she should cover them up', span: 'scars are disgusting', expected: undefined}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('self-harm-language: dated and method words', () => {
  const invalid: Invalid[] = [
    {text: 'The psychiatrist called it a suicidal gesture in the notes.', span: 'suicidal gesture', expected: 'self-harm'},
    {text: 'Older papers count parasuicide separately.', span: 'parasuicide', expected: 'self-harm'},
    {text: 'Self-harm is often described as maladaptive coping in textbooks.', span: 'maladaptive coping', expected: 'a way of coping with distress'},
    {text: 'The man had self-inflicted wounds on both arms.', span: 'self-inflicted wounds', expected: 'self-harm injuries'},
    {text: 'police said she slit her wrists', span: 'slit her wrists', expected: 'self-harm'},
    {text: 'she started cutting at 13 and wore long sleeves to hide the scars', span: 'started cutting', expected: undefined}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('self-harm-language: lookalikes and literal text stay silent', () => {
  const valid: Array<{text: string; options?: CheckOptions}> = [
    // preferred wording and community self-description
    {text: 'We talked about self-harm in class today and shared resources.'},
    {text: 'clean from self-harm for 200 days 💜 not perfect, but proud'},
    {text: 'NSSI and self-injury are the clinical terms; self-injurious behaviour is used in autism services.'},
    {text: 'She has lived experience of self-harm and now volunteers.'},
    {text: 'a self-harm charity in Leeds is hiring'},
    // other cutters
    {text: 'Grab a box cutter and open the package carefully.'},
    {text: 'Multi-byte cutter/chunk generator did not always cut correctly.'},
    {text: 'cookie-cutter houses everywhere on the new estate'},
    {text: 'the paper cutter in the office is broken again'},
    {text: 'The coast guard cutter rescued three fishermen off Whitby.'},
    {text: 'He threw a nasty cutter in the ninth inning.'},
    {text: 'need a new cutter for my cricut vinyl projects'},
    {text: 'the pizza cutter is in the second drawer'},
    // other senses of cutting, attention and phases
    {text: 'I started cutting onions for the soup and cried like a baby.'},
    {text: 'he stopped cutting corners at work after the audit'},
    {text: 'she needs medical attention for the cut on her arm'},
    {text: 'thanks for the attention everyone! my bakery opens monday'},
    {text: 'My toddler is so attention-seeking lately, it’s exhausting.'},
    {text: 'The designer said the pastel phase is over.'},
    {text: 'we answered a cry for help from a stranded climber'},
    // rejecting the myth is not repeating it
    {text: 'People who self-harm aren’t attention seekers.'},
    // the writer's own words about themself
    {text: 'I’m a self-harmer and I’ll use whatever word I like.'},
    {text: 'As a self-harmer, I hate being lectured.'},
    {text: 'i was a cutter for six years and i am proud of how far i have come'},
    {text: 'I self-mutilated for years and that is the word I use.'},
    // quoted, code, URLs, handles
    {text: 'the word "self-harmer" makes it sound like an identity'},
    {text: "Stop calling people 'cutters', it is cruel."},
    {text: 'Our filter still matches `cutter` in product names.', options: {format: 'markdown'}},
    {text: 'bookmarking https://example.org/self-harm/attention-seeking-myth for later'},
    {text: '@selfharmer_recovery thanks for the follow'}
  ]
  for (const c of valid) {
    it(`stays silent on ${JSON.stringify(c.text)}`, () => {
      expect(flaggedSpans(RULE, c.text, c.options)).toEqual([])
    })
  }
})

describe('self-harm-language: the message', () => {
  it('carries the rule, the words, the suggestion, the fix and the docs link', () => {
    const text = 'Self-harmers need support.'
    const [message] = checkSync(text).messages.filter((m) => m.ruleId === RULE)
    expect(message).toEqual({
      ruleId: 'self-harm-language',
      source: 'safepost',
      severity: 'warning',
      message: 'Say "People who self-harm" instead of "Self-harmers"',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 13,
      offset: 0,
      endOffset: 12,
      actual: 'Self-harmers',
      expected: ['People who self-harm'],
      url: expect.stringMatching(/docs\/rules\/self-harm-language\.md$/),
      fix: {range: [0, 12], text: 'People who self-harm'},
      note: expect.stringContaining('Harmless'),
      entryId: 'self-harmer',
      level: 'low'
    })
  })

  it('explains the myth instead of offering a rewrite', () => {
    const [message] = messagesOf(RULE, 'Is it attention-seeking to post about self-harm?')
    expect(message!.message).toBe('"attention-seeking" treats self-harm as a ploy; describe the distress instead')
    expect(message!.expected).toEqual([])
    expect(message!.fix).toBeUndefined()
  })

  it('offers "cutter" wording but never applies it', () => {
    const text = 'found out my neighbour’s kid is a cutter'
    const [message] = messagesOf(RULE, text)
    expect(message).toMatchObject({actual: 'cutter', expected: ['person who self-harms'], entryId: 'cutter'})
    expect(message!.fix).toBeUndefined()
    expect(fix(text).text).toBe(text)
  })
})

describe('self-harm-language: fixing', () => {
  it('keeps number and capitals', () => {
    expect(fix('Self-harmers are not a type. She met a self-harmer at group.').text).toBe(
      'People who self-harm are not a type. She met a person who self-harms at group.'
    )
  })

  it('changes nothing the second time', () => {
    const once = fix('my brother self-mutilated for years').text
    expect(once).toBe('my brother self-harmed for years')
    expect(fix(once).text).toBe(once)
  })
})

describe('self-harm-language: options', () => {
  const text = 'The report blames self-mutilation on social media.'

  it('can be switched off', () => {
    expect(messagesOf(RULE, text, {rules: {[RULE]: 'off'}})).toEqual([])
  })

  it('can be set to info', () => {
    expect(messagesOf(RULE, text, {rules: {[RULE]: 'info'}}).map((m) => m.severity)).toEqual(['info'])
  })

  it('lets a project allow one entry by id', () => {
    expect(messagesOf(RULE, text, {allow: ['self-mutilation']})).toEqual([])
  })
})
