// crisis-signal: first-person statements of wanting to die, hopelessness,
// intent, plans, method-seeking, preparation and farewells.
// Tables of posts that must fire (the exact words flagged, the level the
// message carries and the review priority of the whole post under the
// moderator preset) and lookalikes that must stay silent. Every post is
// written for this file, in the styles people post in: lowercase, no
// apostrophes, "wanna", "rn", emoji.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {checkSync} from '../../src/index.js'
import type {Priority} from '../../src/types.js'
import {flaggedSpans, messagesOf} from '../helpers.js'

const RULE = 'crisis-signal'
const MODERATOR = {preset: 'moderator'} as const

interface Signal {
  text: string
  /** The exact words of every crisis-signal message, in order. */
  spans: string[]
  /** The highest level among this rule's messages. */
  level: Priority
  /** The review priority of the post (moderator preset); defaults to `level`. */
  priority?: Priority
}

const ORDER: Priority[] = ['none', 'low', 'medium', 'high', 'urgent']
const highest = (levels: Array<Priority | undefined>): Priority =>
  levels.reduce<Priority>((a, b) => (ORDER.indexOf(b ?? 'none') > ORDER.indexOf(a) ? (b ?? 'none') : a), 'none')

function expectSignal(c: Signal) {
  const messages = messagesOf(RULE, c.text, MODERATOR)
  expect(messages.map((m) => c.text.slice(m.offset, m.endOffset))).toEqual(c.spans)
  expect(highest(messages.map((m) => m.level))).toBe(c.level)
  expect(checkSync(c.text, MODERATOR).priority).toBe(c.priority ?? c.level)
  for (const m of messages) {
    expect(m.severity).toBe('error')
    expect(m.fix).toBeUndefined()
    expect(m.expected).toEqual([])
  }
}

function expectSilent(text: string) {
  expect(flaggedSpans(RULE, text, MODERATOR)).toEqual([])
}

describe('crisis-signal: wanting to die (high)', () => {
  const valid: Signal[] = [
    {text: 'honestly i just want to die at this point', spans: ['i just want to die'], level: 'high'},
    {text: 'wanna die so bad rn', spans: ['wanna die'], level: 'high'},
    {text: 'i rly want 2 die', spans: ['i rly want 2 die'], level: 'high'},
    {text: "I keep wanting to die and I don't know who to tell", spans: ['I keep wanting to die'], level: 'high'},
    // a negation in an earlier clause does not cancel the wish
    {text: 'not gonna lie, I want to die', spans: ['I want to die'], level: 'high'},
    {text: "i can't sleep and i want to die", spans: ['i want to die'], level: 'high'},
    {text: 'nobody knows how badly i want to die', spans: ['i want to die'], level: 'high'},
    // emoji never break a match
    {text: 'i want to 😔 die', spans: ['i want to 😔 die'], level: 'high'},
    {text: 'i just want to go to sleep and never wake up', spans: ['i just want to go to sleep and never wake up'], level: 'high'},
    {text: 'i really want to overdose', spans: ['i really want to overdose'], level: 'high'},
    {text: 'i wish i was dead', spans: ['wish i was dead'], level: 'high'},
    {text: 'i hope i dont wake up tomorrow', spans: ['hope i dont wake up tomorrow'], level: 'high'},
    {text: "I'd be better off dead tbh", spans: ["I'd be better off dead"], level: 'high'},
    {text: "i'd rather die than live like this", spans: ['rather die than live like this'], level: 'high'},
    // the negation is part of these cues
    {text: "i genuinely don't wanna be alive anymore", spans: ["i genuinely don't wanna be alive anymore"], level: 'high'},
    {text: 'I no longer want to be here.', spans: ['I no longer want to be here'], level: 'high'},
    {text: 'idk i just dont want to exist', spans: ['i just dont want to exist'], level: 'high'}
  ]
  for (const c of valid) it(`flags ${JSON.stringify(c.text)}`, () => expectSignal(c))
})

describe('crisis-signal: burden, ideation, intent, method-seeking (high)', () => {
  const valid: Signal[] = [
    {text: 'Everyone would be better off without me.', spans: ['Everyone would be better off without me'], level: 'high'},
    {text: 'my family would be happier if i was gone', spans: ['my family would be happier if i was gone'], level: 'high'},
    {text: 'no one would even notice if i disappeared', spans: ['no one would even notice if i disappeared'], level: 'high'},
    {text: 'I think about killing myself every day', spans: ['I think about killing myself'], level: 'high'},
    {text: "I've been thinking about suicide a lot lately", spans: ["I've been thinking about suicide"], level: 'high'},
    {text: 'every night i lie awake thinking about ending my life', spans: ['thinking about ending my life'], level: 'high'},
    {text: 'suicidal again. second week now', spans: ['suicidal again'], level: 'high'},
    {text: 'im literally so suicidal', spans: ['im literally so suicidal'], level: 'high'},
    {text: "I'm going to kill myself", spans: ["I'm going to kill myself"], level: 'high'},
    {text: 'im gonna end it all', spans: ['im gonna end it all'], level: 'high'},
    {text: "I've decided to end my life.", spans: ["I've decided to end my life"], level: 'high'},
    {text: 'i might just unalive myself', spans: ['i might just unalive myself'], level: 'high'},
    // sincere kms: no joke cue, no everyday annoyance
    {text: 'kms', spans: ['kms'], level: 'high'},
    {text: "people think i'm exaggerating when i say kms. i'm not", spans: ['kms'], level: 'high'},
    {text: 'i keep googling ways to kill myself', spans: ['googling ways to kill myself'], level: 'high'},
    {text: "what's the quickest way to die", spans: ['quickest way to die'], level: 'high'},
    {text: "what's the most painless way to go", spans: ['most painless way to go'], level: 'high'},
    // a trivial trigger loses to the writer's own "I'm not joking"
    {text: "failed my exams and i want to die, i'm not joking", spans: ['i want to die'], level: 'high'}
  ]
  for (const c of valid) it(`flags ${JSON.stringify(c.text)}`, () => expectSignal(c))
})

describe('crisis-signal: passive and ambiguous (medium)', () => {
  const valid: Signal[] = [
    {text: "what's the point anymore", spans: ["what's the point anymore"], level: 'medium'},
    {text: 'I feel like I am just existing. What is the point.', spans: ['What is the point'], level: 'medium'},
    {text: "I'm so tired of existing", spans: ['tired of existing'], level: 'medium'},
    {text: "i can't do this anymore", spans: ["can't do this anymore"], level: 'medium'},
    {text: 'I have nothing to live for', spans: ['have nothing to live for'], level: 'medium'},
    {text: "life isn't worth living", spans: ["life isn't worth living"], level: 'medium'},
    {text: 'i just want it all to stop', spans: ['i just want it all to stop'], level: 'medium'},
    {text: "I'm such a burden to everyone", spans: ["I'm such a burden"], level: 'medium'},
    {text: "i've given up on life", spans: ["i've given up on life"], level: 'medium'},
    {text: "i genuinely don't see the point in anything anymore", spans: ["i genuinely don't see the point in anything"], level: 'medium'},
    {text: 'i want to cut so bad rn', spans: ['i want to cut so bad'], level: 'medium'},
    {text: "i'd rather be dead", spans: ['rather be dead'], level: 'medium'}
  ]
  for (const c of valid) it(`flags ${JSON.stringify(c.text)}`, () => expectSignal(c))
})

describe('crisis-signal: plans, means, attempts, notes, farewells (urgent)', () => {
  const valid: Signal[] = [
    {text: "i'm going to kill myself tonight", spans: ['going to kill myself tonight'], level: 'urgent'},
    {text: "tonight i'm going to end it", spans: ["tonight i'm going to end it"], level: 'urgent'},
    {text: "Sunday's the day I take my own life.", spans: ["Sunday's the day I take my own life"], level: 'urgent'},
    {text: "gonna end it after everyone's asleep", spans: ["gonna end it after everyone's asleep"], level: 'urgent'},
    {text: 'the rope is ready', spans: ['the rope is ready'], level: 'urgent'},
    {text: 'I have the pills in front of me', spans: ['I have the pills in front of me'], level: 'urgent'},
    {text: 'been stockpiling my sleeping pills for months', spans: ['stockpiling my sleeping pills'], level: 'urgent'},
    {text: "i'm saving up my mum's blood pressure tablets", spans: ["saving up my mum's blood pressure tablets"], level: 'urgent'},
    {text: 'just took a whole bottle of pills', spans: ['just took a whole bottle of pills'], level: 'urgent'},
    {text: 'i took 40 paracetamol', spans: ['i took 40 paracetamol'], level: 'urgent'},
    {text: 'I tried to kill myself last night', spans: ['I tried to kill myself last night'], level: 'urgent'},
    {text: 'wrote my suicide note today', spans: ['wrote my suicide note'], level: 'urgent'},
    {text: "i'm sorry to whoever finds me", spans: ['sorry to whoever finds me'], level: 'urgent'},
    {text: "I've booked a cabin so nobody I love has to find me.", spans: ['so nobody I love has to find me'], level: 'urgent'},
    // farewells only with despair in the same post
    {text: "I can't go on. This is my last post. Goodbye everyone.", spans: ['This is my last post', 'Goodbye'], level: 'urgent'},
    {text: "i'm done. i love you all. goodbye", spans: ['i love you all', 'goodbye'], level: 'urgent'},
    {text: 'nothing gets better. please look after my cat for me. goodbye', spans: ['please look after my cat for me', 'goodbye'], level: 'urgent'},
    {text: "I won't be here tomorrow. I'm so tired of living.", spans: ["I won't be here tomorrow", 'tired of living'], level: 'urgent'},
    {text: "by the time you read this i'll be gone. i'm sorry for everything", spans: ['by the time you read this', "i'll be gone", "i'm sorry for everything"], level: 'urgent'},
    // giving things away and putting affairs in order, with despair
    {text: "gave my gaming pc to my cousin today, won't need it anymore. i'm done.", spans: ['gave my gaming pc to my cousin', "won't need it anymore"], level: 'urgent'},
    {text: "giving away all my stuff. i can't do this anymore", spans: ['giving away all my stuff', "can't do this anymore"], level: 'urgent'},
    {text: "Sorted out my passwords and my will. I feel weirdly calm now that I've decided to end it.", spans: ['Sorted out my passwords', "I've decided to end it"], level: 'urgent'},
    {text: "I can't do this anymore. I've got the pills. Tonight.", spans: ["can't do this anymore", "I've got the pills"], level: 'urgent'},
    {text: "I'm at the station and I'm going to jump in front of the next train", spans: ["I'm at the station", "I'm going to jump in front of the next train"], level: 'urgent'},
    {text: "if i'm not here tomorrow, know that i loved you. i can't do this anymore", spans: ["if i'm not here tomorrow", "can't do this anymore"], level: 'urgent'},
    {
      text: "I don't know why I'm writing this. Nothing has got better, whatever everyone promised. I'm so tired of fighting. I've given my cat to my neighbour and told her I'm going away. I love you all. I'm sorry. Goodbye.",
      spans: ['tired of fighting', 'given my cat to my neighbour', 'I love you all', 'Goodbye'],
      level: 'urgent'
    }
  ]
  for (const c of valid) it(`flags ${JSON.stringify(c.text)}`, () => expectSignal(c))
})

describe('crisis-signal: lookalikes that must stay silent', () => {
  const negation = [
    "I don't want to die, I just want things to be different",
    "I would never kill myself, don't worry about me",
    "I'm not suicidal, just really stressed about money",
    "I'm not going to hurt myself, I promise",
    'no, I do not want to end it',
    'I want to live!'
  ]
  const pastAndRecovery = [
    "i used to want to die every day. three years later i'm ok",
    'Last year I wanted to kill myself. Therapy helped.',
    'I used to think everyone would be better off without me.',
    "I was suicidal at 19. Now I'm 30 and I run a peer support group.",
    "Survived my attempt five years ago and I'm so glad I'm still here."
  ]
  const otherPeople = [
    'my uncle died by suicide in 2019',
    'My friend told me she wants to die. What do I do?',
    'How do you support a partner who says they want to die?',
    'Do people who want to die always tell someone?',
    "She's been feeling suicidal since the funeral, how can I help?",
    'The film is about a man who wants to die after losing his wife.',
    'How do I ask my flatmate if she is thinking about suicide?',
    "If you're feeling suicidal, please call 988.",
    'do you ever feel like you want to disappear forever?'
  ]
  const idioms = [
    'I could kill myself laughing at this',
    "I'd rather die than sing karaoke at the work party",
    'dying to see you this weekend!!',
    'this job is killing me',
    "i'm dead lmao the cat just fell off the sofa",
    'that cake is to die for',
    'bored to death in this meeting',
    'I nearly died of embarrassment',
    'over my dead body',
    'I want to die my hair pink for the festival'
  ]
  const quotedAndMeta = [
    '"I want to die" is a sentence we should always take seriously',
    "she said 'i want to kill myself' and then laughed it off",
    'Moderators: if a post says something like i want to kill myself tonight, escalate it.',
    'The regex `/kms/` knows nothing about context.'
  ]
  const otherFarewells = [
    "goodbye everyone, I'm leaving this app for a while",
    'last post before my holiday, see you all in two weeks',
    "I won't be here tomorrow, I'm at the dentist",
    "I'm done. Finished my dissertation! Goodbye library!",
    'Goodbye 2023, hello 2024!',
    'I said goodbye to my grandma at the hospital',
    'thank you for everything this year, team!',
    'gave my old laptop to my little sister since I upgraded',
    'giving away all my baby clothes, dm me'
  ]
  const longPosts = [
    "CW: suicide loss. My brother died by suicide in March. He said thank you for everything, and I thought he meant the lift to the station. He'd given away his records to his mates the week before. I know now those were warning signs: giving things away, saying goodbye, talking about being a burden. If you're worried about someone, ask them directly. Samaritans are on 116 123. I love you all for the messages this week.",
    "TW: suicidal thoughts (recovery). Two years ago I would lie awake thinking about ending my life. I was sure everyone would be better off without me. What stopped me was my sister turning up at 2am. Recovery has been slow: therapy, meds, a dog called Biscuit. I still have bad days, but I no longer want to die.",
    'Thank you for everything you do, volunteers! This suicide prevention month we answered 4,000 calls. Goodbye to our outgoing chair, and welcome to Priya.'
  ]
  const encouragingHarm = ['do the world a favour and disappear', 'nobody would miss you if you died tbh', 'go jump off a bridge, loser']
  const ordinary = [
    'I wish I could sleep forever on Sundays',
    "I'm going to take my own life back from my anxiety",
    'the easiest way to die in dark souls is falling',
    "We've got the rope ready for the tug of war",
    "I'm ending it with him tonight, he cheated",
    "What's the point of this meeting?",
    "I can't go on holiday this year",
    'took two ibuprofen for my back',
    'the pills are ready for collection at the pharmacy',
    "i hope i don't wake up late tomorrow",
    "I've decided to go to uni in Leeds!",
    'the mentally ill commit suicide at higher rates than anyone'
  ]
  for (const [name, posts] of Object.entries({negation, pastAndRecovery, otherPeople, idioms, quotedAndMeta, otherFarewells, longPosts, encouragingHarm, ordinary})) {
    describe(name, () => {
      for (const text of posts) it(`is silent on ${JSON.stringify(text)}`, () => expectSilent(text))
    })
  }
})

describe('crisis-signal and trivializing are complements', () => {
  const deathWishes = ['makes me want to die', 'i want to die', "i'm going to kill myself", 'kms', 'i wanna unalive myself']
  it('a death wish with no sign of a joke is a crisis signal, never trivializing', () => {
    for (const wish of deathWishes) {
      const text = `honestly ${wish}`
      expect(messagesOf(RULE, text, MODERATOR), text).not.toEqual([])
      expect(messagesOf('trivializing', text, MODERATOR), text).toEqual([])
    }
  })
  it('the same words with a trivial trigger or a joke cue are trivializing, never a crisis signal', () => {
    for (const wish of deathWishes) {
      for (const text of [`this homework ${wish}`, `${wish} lmao`, `the bus is late again, ${wish}`]) {
        expect(messagesOf('trivializing', text, MODERATOR), text).not.toEqual([])
        expect(messagesOf(RULE, text, MODERATOR), text).toEqual([])
      }
    }
  })
  it('the two dictionaries share the classes that decide between them', () => {
    const read = (name: string) => parse(readFileSync(new URL(`../../dictionaries/${name}.yml`, import.meta.url), 'utf8')).classes
    const crisis = read('crisis-signal')
    const trivial = read('trivializing')
    for (const name of ['trivial-trigger', 'joke-extra', 'sincere-cue', 'want', 'intent', 'die-target', 'intent-target']) {
      expect(trivial[name], name).toEqual(crisis[name])
    }
  })
})

describe('crisis-signal: presets', () => {
  const text = 'i want to die'
  it('speaks to a writer gently, as information', () => {
    const [m] = messagesOf(RULE, text, {preset: 'writer'})
    expect(m?.severity).toBe('info')
    expect(m?.message).toMatch(/going through a lot/)
    expect(m?.message).toMatch(/988|Samaritans/)
    expect(m?.message).not.toMatch(/escalate/i)
  })
  it('tells a moderator what was seen and what to do, as an error', () => {
    const [m] = messagesOf(RULE, text, MODERATOR)
    expect(m?.severity).toBe('error')
    expect(m?.message).toMatch(/reach out/i)
    expect(m?.url).toMatch(/crisis-signal\.md$/)
    expect(m?.note).toMatch(/Source:/)
  })
  it('never offers a rewrite', () => {
    for (const preset of ['writer', 'moderator', 'ci'] as const) {
      for (const m of messagesOf(RULE, 'the rope is ready. goodbye', {preset})) {
        expect(m.fix).toBeUndefined()
        expect(m.expected).toEqual([])
      }
    }
  })
})
