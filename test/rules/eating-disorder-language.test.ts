// eating-disorder-language: labels and framings that define people by an
// eating disorder, call it a choice or a look, or glamorise it.
// Written like an ESLint rule test: posts that must fire (with the exact words
// flagged, the first suggestion and, for automatic fixes, the rewrite), and
// lookalikes that must stay silent. Every post is written for this file.
import {describe, expect, it} from 'vitest'
import {checkSync, fix} from '../../src/index.js'
import type {CheckOptions} from '../../src/types.js'
import {expectFlaggedOnce, expectNoFlags, flaggedSpans, messagesOf, type FlagCase} from '../helpers.js'

const RULE = 'eating-disorder-language'

type Invalid = FlagCase

const expectOne = (c: Invalid) => expectFlaggedOnce(RULE, c)

const expectSilent = (text: string, options?: CheckOptions) => expectNoFlags(RULE, text, options)

describe('eating-disorder-language: "anorexic" and "bulimic" as labels for people', () => {
  const invalid: Invalid[] = [
    // a/an + label, singular; capitals kept
    {text: 'she dated an anorexic in uni and never once asked how to help', span: 'an anorexic', expected: 'a person with anorexia', fix: 'a person with anorexia', entry: 'an-anorexic'},
    {text: 'An anorexic was found collapsed at the bus station, the paper says.', span: 'An anorexic', expected: 'A person with anorexia', fix: 'A person with anorexia'},
    {text: 'Is it true a bulimic can hide it for years? Asking for my niece.', span: 'a bulimic', expected: 'a person with bulimia', fix: 'a person with bulimia', entry: 'an-bulimic'},
    // a/an + label + person noun: the whole phrase is rewritten
    {text: 'There was an anorexic girl in my dorm who ran every morning at 5am.', span: 'an anorexic girl', expected: 'a person with anorexia', fix: 'a person with anorexia'},
    {text: 'ward 4 admitted an anorexic 15-year-old last night', span: 'an anorexic 15-year-old', expected: 'a person with anorexia', fix: 'a person with anorexia'},
    // the + label, singular and plural person nouns agree
    {text: 'The anorexic in our support group relapsed at Christmas.', span: 'The anorexic', expected: 'The person with anorexia', fix: 'The person with anorexia', entry: 'the-anorexic'},
    {text: 'the bulimic lad from year 11 got moved to another school', span: 'the bulimic lad', expected: 'the person with bulimia', fix: 'the person with bulimia', entry: 'the-bulimic'},
    {text: 'The anorexic girls in the documentary were never asked for consent.', span: 'The anorexic girls', expected: 'The people with anorexia', fix: 'The people with anorexia'},
    // plural labels
    {text: 'Anorexics need food first and therapy second, my nan reckons.', span: 'Anorexics', expected: 'People with anorexia', fix: 'People with anorexia', entry: 'anorexics'},
    {text: 'why do clinics treat bulimics like they are making it up', span: 'bulimics', expected: 'people with bulimia', fix: 'people with bulimia', entry: 'bulimics'},
    {text: 'ANOREXICS DESERVE BETTER THAN A TWO-YEAR WAITING LIST', span: 'ANOREXICS', expected: 'PEOPLE WITH ANOREXIA', fix: 'PEOPLE WITH ANOREXIA'},
    // label + person noun with another determiner or none: offered, not applied
    {text: 'some anorexic teen on tiktok is posting her meals again', span: 'anorexic teen', expected: 'person with anorexia', entry: 'anorexic-person'},
    {text: 'My bulimic roommate keeps the bathroom tap running for ages.', span: 'bulimic roommate', expected: 'person with bulimia', entry: 'bulimic-person'},
    {text: 'Anorexic models should be banned from the catwalk, says MP', span: 'Anorexic models', expected: 'People with anorexia'},
    {text: 'those bulimic influencers selling detox tea make me furious', span: 'bulimic influencers', expected: 'people with bulimia'},
    // former / recovered labels keep the history in the suggestion
    {text: 'Her coach is a recovered anorexic and talks about it at assemblies.', span: 'recovered anorexic', expected: 'person in recovery from anorexia', entry: 'former-anorexic'},
    {text: 'former bulimics are more likely to have dental problems, the study says', span: 'former bulimics', expected: 'people in recovery from bulimia', entry: 'former-bulimic'},
    // a modified label
    {text: 'she plays a typical anorexic in the new drama and it is all cliches', span: 'a typical anorexic', expected: undefined, entry: 'modified-label'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('eating-disorder-language: "is anorexic" said of someone else', () => {
  const invalid: Invalid[] = [
    {text: 'My daughter is anorexic and the GP says the wait is nine months.', span: 'is anorexic', expected: 'has anorexia', entry: 'is-anorexic'},
    {text: 'her best friend was bulimic all through sixth form', span: 'was bulimic', expected: 'had bulimia', entry: 'is-bulimic'},
    {text: 'Both of the twins have been anorexic since they were twelve.', span: 'been anorexic', expected: 'had anorexia'},
    {text: 'she must be anorexic, look at her arms', span: 'be anorexic', expected: 'have anorexia'},
    {text: 'Honestly she’s anorexic and everyone at work pretends not to notice.', span: 'she’s anorexic', expected: undefined, entry: 'contracted-label'},
    {text: 'hes bulimic and his parents have no clue', span: 'hes bulimic', expected: undefined, entry: 'contracted-label'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('eating-disorder-language: appearance and glamour', () => {
  const invalid: Invalid[] = [
    // hyphenated, spaced and joined forms of "anorexic-looking"
    {text: 'Why does every sportswear brand hire anorexic-looking models?', span: 'anorexic-looking', expected: undefined, entry: 'anorexic-looking'},
    {text: 'Why does every sportswear brand hire anorexic looking models?', span: 'anorexic looking', expected: undefined, entry: 'anorexic-looking'},
    {text: 'The new ambassador looks anorexic in every single campaign photo.', span: 'looks anorexic', expected: undefined},
    {text: 'ngl he looked kinda bulimic in that last vlog', span: 'looked kinda bulimic', expected: undefined},
    {text: 'the lead singer looks like an anorexic and the label just keeps styling her thinner', span: 'looks like an anorexic', expected: undefined},
    {text: 'Heroin chic is trending again and my feed is full of it.', span: 'Heroin chic', expected: undefined, entry: 'anorexia-chic'},
    {text: 'a magazine in 2024 still calling it anorexic chic, wow', span: 'anorexic chic', expected: undefined},
    {text: 'Her willpower around food is incredible, she barely eats a thing and has lost two stone.', span: 'willpower around food is incredible', expected: undefined, entry: 'willpower-praise'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  it('flags graphic body descriptions only in an eating-disorder context', () => {
    expect(flaggedSpans(RULE, 'By the end of her anorexia she was a walking skeleton.')).toEqual(['walking skeleton'])
    expect(flaggedSpans(RULE, 'The museum has a walking skeleton exhibit for Halloween.')).toEqual([])
  })
})

describe('eating-disorder-language: choice, phase, vanity and stereotypes', () => {
  const invalid: Invalid[] = [
    {text: 'Bulimia is a lifestyle choice and the NHS should not pay for it.', span: 'Bulimia is a lifestyle choice', expected: undefined, entry: 'lifestyle-choice'},
    {text: 'anorexia is just a choice, she could eat if she wanted', span: 'anorexia is just a choice', expected: undefined},
    {text: 'my mum thinks my brother’s anorexia is just a phase', span: 'anorexia is just a phase', expected: undefined, entry: 'just-a-phase'},
    {text: 'Anorexia is all about vanity if you ask me.', span: 'Anorexia is all about vanity', expected: undefined, entry: 'vanity'},
    {text: 'eating disorders are a rich girl problem, change my mind', span: 'rich girl problem', expected: undefined, entry: 'stereotype'},
    {text: 'Men don’t get eating disorders, said my uncle, wrongly.', span: 'Men don’t get eating disorders', expected: undefined},
    {text: 'why can’t she just eat?? the anorexia thing is getting old', span: 'why can’t she just eat', expected: undefined, entry: 'just-eat'},
    {text: 'somebody buy that girl a cheeseburger lmao', span: 'somebody buy that girl a cheeseburger', expected: undefined, entry: 'eat-a-burger'},
    {text: 'Eating disorders are just attention seeking, my gran says.', span: 'Eating disorders are just attention seeking', expected: undefined, entry: 'attention-seeking'},
    {text: 'that streamer? obviously anorexic, look at her wrists', span: 'obviously anorexic', expected: undefined, entry: 'armchair-diagnosis'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  it('does not flag the same framings when they are rejected', () => {
    expectSilent('Anorexia is not a choice, and it is not a phase either.')
    expectSilent('It’s not a lifestyle choice, bulimia is an illness.')
  })

  it('does not flag "a phase" or "choice" outside an eating-disorder context', () => {
    expectSilent('My son’s emo era was just a phase, thank god.')
    expectSilent('Going vegan was a lifestyle choice for me and I love it.')
  })
})

describe('eating-disorder-language: sufferers, victims and battles', () => {
  const invalid: Invalid[] = [
    {text: 'Anorexia sufferers wait longest for beds in the north.', span: 'Anorexia sufferers', expected: 'People with anorexia', entry: 'anorexia-sufferer'},
    {text: 'a charity for bulimia sufferers opened near us', span: 'bulimia sufferers', expected: 'people with bulimia', entry: 'bulimia-sufferer'},
    {text: 'Eating disorder sufferers often hide it from their GP.', span: 'Eating disorder sufferers', expected: 'People with an eating disorder', entry: 'eating-disorder-sufferer'},
    {text: 'My cousin suffers from bulimia and nobody talks about it.', span: 'suffers from', expected: 'has', entry: 'suffering-from-eating-disorder'},
    {text: 'She has been suffering with anorexia since she was 14.', span: 'suffering with', expected: 'having'},
    {text: 'Victims of anorexia deserve the same care as anyone else.', span: 'Victims of', expected: 'People with', fix: 'People with', entry: 'victim-of-eating-disorder'},
    {text: 'She lost her long battle with anorexia in March, aged 24.', span: 'lost her long battle with anorexia', expected: 'died from complications of an eating disorder', entry: 'lost-battle'},
    {text: 'The singer battled bulimia for most of her twenties.', span: 'battled bulimia', expected: undefined, entry: 'battle-language'},
    {text: 'He is a binge eater, and the jokes at work do not help.', span: 'binge eater', expected: 'person with binge eating disorder', entry: 'binge-eater'},
    {text: 'binge-eaters are not lazy, they are ill', span: 'binge-eaters', expected: 'people with binge eating disorder'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('eating-disorder-language: diet culture and metaphors', () => {
  const invalid: Invalid[] = [
    {text: 'Only six weeks to get that bikini body ready, ladies!', span: 'get that bikini body ready', expected: undefined, entry: 'beach-body'},
    {text: 'leg day to fix my thunder thighs lol', span: 'thunder thighs', expected: undefined, entry: 'body-labels'},
    {text: 'This class targets your problem areas: belly, hips and thighs.', span: 'problem areas', expected: undefined, entry: 'problem-areas'},
    {text: 'The council’s anorexic budget for youth services is a disgrace.', span: 'anorexic budget', expected: undefined, entry: 'anorexic-metaphor'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  it('leaves "problem areas" alone when it is not about bodies', () => {
    expectSilent('The audit found three problem areas in our billing code.')
  })
})

describe('eating-disorder-language: lookalikes that must stay silent', () => {
  const valid = [
    // clinical and person-first wording
    'She was diagnosed with anorexia nervosa at sixteen.',
    'A person with anorexia needs specialist care, not a lecture.',
    'people with bulimia often feel huge shame about it',
    'Anorexia of ageing is common in care homes and often missed.',
    'My sister has anorexia and is doing well in treatment.',
    'anorexic behaviours can come back under stress, the dietitian said',
    'The anorexic voice gets quieter the longer you eat regularly.',
    // first-person self-description
    "I'm anorexic and I'm tired of people commenting on my plate.",
    'I was bulimic for most of my twenties.',
    'As a recovered anorexic myself, I find these documentaries hard.',
    'im a binge eater and im working on it with my therapist',
    // hyperbole belongs to trivializing
    'after norovirus I was basically anorexic for days',
    'maybe I should just become bulimic before the wedding lol',
    // charity names and ordinary eating
    "Beat's helpline was the first place that took me seriously.",
    'She beat her personal best at the 10k today.',
    'starving after the gym, going to eat a burger',
    'Can you eat a sandwich before the meeting? It runs long.',
    'We talked about eating disorders in PSHE and it was actually good.',
    'My emo phase lasted three years and I regret nothing.',
    // the museum skeleton and skeletal muscle
    'Eating enough protein protects skeletal muscle in recovery.'
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expectSilent(text))
})

describe('eating-disorder-language: quoted and literal text', () => {
  it('skips quoted mentions of a label', () => {
    expectSilent('The word "anorexic" is an adjective, not a noun.')
    expectSilent('Stop calling people ‘bulimics’ please.')
  })

  it('skips inline code and fenced code in Markdown', () => {
    const md = 'Our filter list has `anorexics` and `anorexic-looking` in it.\n\n```\nbulimics\n```\n'
    expect(flaggedSpans(RULE, md, {format: 'markdown'})).toEqual([])
  })

  it('skips URLs and @mentions', () => {
    expectSilent('read this: https://example.org/why-we-stopped-saying-anorexics')
    expectSilent('@bulimic_girl_recovery thank you for sharing this')
  })

  it('still flags the prose around literal text', () => {
    const md = 'The `anorexics` tag aside, the anorexics in this thread deserve kindness.'
    expect(flaggedSpans(RULE, md, {format: 'markdown'})).toEqual(['anorexics'])
    expect(messagesOf(RULE, md, {format: 'markdown'})[0]!.offset).toBe(md.lastIndexOf('anorexics'))
  })
})

describe('eating-disorder-language: the message', () => {
  it('carries rule, severity, the words, the suggestion, the fix and the docs link', () => {
    const text = 'Sadly the bulimics in that documentary were edited to look like villains.'
    const [m] = messagesOf(RULE, text)
    expect(m).toMatchObject({
      ruleId: 'eating-disorder-language',
      source: 'safepost',
      severity: 'warning',
      message: 'Say "people with bulimia" instead of "bulimics"',
      actual: 'bulimics',
      expected: ['people with bulimia'],
      offset: text.indexOf('bulimics'),
      endOffset: text.indexOf('bulimics') + 'bulimics'.length,
      fix: {range: [text.indexOf('bulimics'), text.indexOf('bulimics') + 'bulimics'.length], text: 'people with bulimia'},
      entryId: 'bulimics'
    })
    expect(m!.url).toMatch(/docs\/rules\/eating-disorder-language\.md$/)
  })

  it('explains entries that have no rewrite', () => {
    const [m] = messagesOf(RULE, 'that anorexic-looking model again')
    expect(m!.expected).toEqual([])
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toContain('anorexic-looking')
  })
})

describe('eating-disorder-language: fixing', () => {
  it('rewrites labels and keeps capitals', () => {
    expect(fix('Anorexics and bulimics both deserve care.').text).toBe('People with anorexia and people with bulimia both deserve care.')
    expect(fix('She sat next to an anorexic on the train.').text).toBe('She sat next to a person with anorexia on the train.')
  })

  it('leaves offered wording for the writer', () => {
    const text = 'my anorexic cousin is coming for Christmas'
    expect(fix(text).text).toBe(text)
  })

  it('is stable: fixing twice changes nothing more', () => {
    const once = fix('The anorexic girls and the bulimics sat apart.').text
    expect(fix(once).text).toBe(once)
    expect(messagesOf(RULE, once)).toEqual([])
  })
})

describe('eating-disorder-language: options', () => {
  const text = 'the anorexics on my course get compared to each other constantly'

  it('can be switched off', () => {
    expectSilent(text, {rules: {[RULE]: 'off'}})
  })

  it('can be set to another severity', () => {
    expect(messagesOf(RULE, text, {rules: {[RULE]: 'info'}})[0]!.severity).toBe('info')
  })

  it('can allow one entry by id', () => {
    expectSilent(text, {allow: ['anorexics']})
    expect(flaggedSpans(RULE, 'an anorexic sat with us', {allow: ['anorexics']})).toEqual(['an anorexic'])
  })

  it('reports in the moderator preset too', () => {
    expect(checkSync(text, {preset: 'moderator'}).messages.some((m) => m.ruleId === RULE)).toBe(true)
  })
})
