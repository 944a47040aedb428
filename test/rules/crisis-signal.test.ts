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
    {text: 'If I was gone tomorrow, no one in this house would even notice.', spans: ['If I was gone tomorrow, no one in this house would even notice'], level: 'high'},
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
    // the end left unsaid
    {text: "been searching for painless ways again. I know I shouldn't", spans: ['searching for painless ways'], level: 'high'},
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
    {text: 'i took 40 paracetamol over the last hour', spans: ['i took 40 paracetamol'], level: 'urgent'},
    // the C-SSRS words
    {text: "I've got a plan and the means now. Just wanted someone to know.", spans: ['got a plan and the means'], level: 'urgent'},
    {text: 'I tried to kill myself last night', spans: ['I tried to kill myself last night'], level: 'urgent'},
    // a live message says "I've taken", not "I had taken"; "years on end" and "since 2019" run to now
    {text: "I've taken 30 of my sleeping tablets and I'm scared", spans: ["I've taken 30 of my sleeping tablets"], level: 'urgent'},
    {text: "it's been years on end of this. i just swallowed a whole box of my sleeping tablets", spans: ['i just swallowed a whole box of my sleeping tablets'], level: 'urgent'},
    {text: "since 2019 i've been saving my tablets, took all of them at once tonight", spans: ['saving my tablets'], level: 'urgent'},
    // a year is the past only where the story goes on from it: a plan dated ahead still counts
    {text: 'I am going to end it in 2027 when my kids have left home', spans: ['I am going to end it'], level: 'high'},
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
      spans: ['tired of fighting', 'given my cat to my neighbour', 'I love you all', "I'm sorry", 'Goodbye'],
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
    "Survived my attempt five years ago and I'm so glad I'm still here.",
    // a survivor's story: a year gone by, time since, the past perfect of the act, waking up in hospital
    'The night I was admitted I had taken a whole box of paracetamol. Ten years on, I run a support group.',
    "By the time my sister found me I'd swallowed every one of my sleeping tablets.",
    "In 2015 I took 40 pills and woke up in intensive care. Today I'm a nurse.",
    'I had already taken all my tablets at once when the ambulance came, back in 2012.'
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

// Gathering means, everything ready, veiled farewells, notes left to be
// found, acts in progress, ongoing self-harm and a foreshortened future. Each
// structure has at least as many lookalikes below as hits here.
describe('crisis-signal: preparation, farewells, acts in progress, ongoing self-harm, no future', () => {
  const valid: Signal[] = [
    {text: "bought paracetamol today. enough this time", spans: ["bought paracetamol"], level: 'urgent'},
    {text: "picked up a second bottle of pills from a different chemist so they wouldnt ask questions", spans: ["picked up a second bottle of pills"], level: 'urgent'},
    {text: "ordered a rope online, it comes thursday", spans: ["ordered a rope"], level: 'urgent'},
    {text: "got hold of a gun. this weekend", spans: ["got hold of a gun"], level: 'urgent'},
    {text: "gave away my guitar today. won't be needing it where i'm going", spans: ["gave away my guitar"], level: 'urgent'},
    {text: "i've been cutting deeper every night", spans: ["i've been cutting deeper every night"], level: 'medium', priority: 'urgent'},
    {text: "bought new blades today. nothing ever gets better", spans: ["bought new blades"], level: 'urgent'},
    {text: "been collecting my tablets for weeks now, nearly enough", spans: ["collecting my tablets for weeks"], level: 'urgent'},
    {text: "went to three different shops today to get enough paracetamol", spans: ["get enough paracetamol"], level: 'urgent'},
    {text: "finally got enough sleeping pills. tomorrow.", spans: ["finally got enough sleeping pills"], level: 'urgent'},
    {text: "i bought a rope today. nobody would even notice if i was gone", spans: ["i bought a rope","nobody would even notice if i was gone"], level: 'urgent'},
    {text: "I have enough tablets now. I'm so tired of everything.", spans: ["I have enough tablets","tired of everything"], level: 'urgent'},
    {text: "got my hands on some of my dads heart pills and im not telling anyone why", spans: ["got my hands on some of my dads heart pills"], level: 'urgent'},
    {text: "i ordered a rope and it arrives tomorrow. i just want it all to be over", spans: ["i ordered a rope","i just want it all to be over"], level: 'urgent'},
    {text: "Bought the pills today. I think I'm finally ready.", spans: ["Bought the pills"], level: 'urgent'},
    {text: "picked up two more boxes of paracetamol on the way home, that makes enough", spans: ["picked up two more boxes of paracetamol"], level: 'urgent'},
    {text: "i have been saving my pills since january and i finally have enough", spans: ["saving my pills since"], level: 'urgent'},
    {text: "collected enough tablets to do it 💊", spans: ["collected enough tablets"], level: 'urgent'},
    {text: "bought a gun on saturday. i dont see the point of anything anymore", spans: ["bought a gun"], level: 'urgent'},
    {text: "i got the rope. friday.", spans: ["i got the rope"], level: 'urgent'},
    {text: "just bought razor blades, the urge is so bad tonight", spans: ["just bought razor blades"], level: 'urgent'},
    {text: "im buying the pills tomorrow and then thats it", spans: ["im buying the pills"], level: 'urgent'},
    {text: "i have everything ready. just waiting for everyone to go to sleep", spans: ["i have everything ready","just waiting for everyone to go to sleep"], level: 'urgent'},
    {text: "everything is ready now. i feel weirdly calm", spans: ["everything is ready"], level: 'urgent'},
    {text: "its all set for tonight. i'm sorry", spans: ["its all set for tonight","i'm sorry"], level: 'urgent'},
    {text: "just waiting for the house to be empty. then i can finally stop hurting", spans: ["just waiting for the house to be empty"], level: 'urgent'},
    {text: "waiting for my parents to go to bed and then thats it. nobody will miss me", spans: ["waiting for my parents to go to bed"], level: 'urgent'},
    {text: "everythings ready. nothing left to say", spans: ["everythings ready"], level: 'urgent'},
    {text: "i've got everything ready and i'm not scared anymore", spans: ["i've got everything ready"], level: 'urgent'},
    {text: "Everything's in place. Just waiting for everyone to leave for work tomorrow.", spans: ["Everything's in place","Just waiting for everyone to leave for work"], level: 'urgent'},
    {text: "all set. just need to wait till my flatmate goes out 🖤", spans: ["all set","just need to wait till my flatmate goes out"], level: 'urgent'},
    {text: "thank you all for everything. i'm sorry.", spans: ["thank you all for everything","i'm sorry"], level: 'urgent'},
    {text: "thanks for everything guys. sorry i couldnt stay", spans: ["thanks for everything","sorry i couldnt stay"], level: 'urgent'},
    {text: "i'm sorry for everything. i love you all", spans: ["i'm sorry for everything","i love you all"], level: 'urgent'},
    {text: "this will be my final post. please look after my cat", spans: ["this will be my final post","please look after my cat"], level: 'urgent'},
    {text: "this is my last tweet. please take care of my kids", spans: ["this is my last tweet","please take care of my kids"], level: 'urgent'},
    {text: "this will be my last message. i'm sorry mum", spans: ["this will be my last message"], level: 'urgent'},
    {text: "Thank you all for everything you did for me. I'm so sorry I couldn't be better.", spans: ["Thank you all for everything","I'm so sorry I couldn't be better"], level: 'urgent'},
    {text: "final post. tell my sister i love her.", spans: ["final post","tell my sister i love"], level: 'urgent'},
    {text: "i just want to say thank you for everything and im sorry", spans: ["im sorry"], level: 'urgent'},
    {text: "sorry i couldnt stay longer. please look after my dog for me", spans: ["sorry i couldnt stay","please look after my dog for me"], level: 'urgent'},
    {text: "this is my last post. im sorry for being a burden", spans: ["this is my last post","im sorry for being a burden"], level: 'urgent'},
    {text: "love you all. thank you for everything. please dont be sad", spans: ["love you all","thank you for everything","please dont be sad"], level: 'urgent'},
    {text: "wrote letters to my parents and my sister. they'll find them in the morning", spans: ["wrote letters to my parents"], level: 'urgent'},
    {text: "left a note on my desk. i'm sorry", spans: ["i'm sorry"], level: 'urgent'},
    {text: "whoever finds this, please tell my mum it wasnt her fault", spans: ["whoever finds this","tell my mum it wasnt"], level: 'urgent'},
    {text: "ive written a letter for each of my kids, its under my pillow", spans: ["written a letter for each of my kids"], level: 'urgent'},
    // the flatmate is an everyday annoyance only in its own sentence
    {text: "left a note for my flatmate. i cant do this anymore", spans: ["left a note for my flatmate", "cant do this anymore"], level: 'urgent'},
    {text: "the letters are in my top drawer. mum will find them", spans: ["the letters are in my top drawer"], level: 'urgent'},
    {text: "i've written everyone letters. they'll understand one day", spans: ["written everyone letters"], level: 'urgent'},
    {text: "I took all of my pills an hour ago", spans: ["I took all of my pills an hour ago"], level: 'urgent'},
    {text: "ive taken the whole packet", spans: ["ive taken the whole packet"], level: 'urgent'},
    {text: "im standing on the bridge right now", spans: ["im standing on the bridge right now"], level: 'urgent'},
    {text: "on the roof right now. i'm so tired", spans: ["on the roof right now"], level: 'urgent'},
    {text: "took everything in the cupboard 20 mins ago. i feel sleepy", spans: ["took everything in the cupboard"], level: 'urgent'},
    {text: "i swallowed all my antidepressants. i dont feel anything yet", spans: ["i swallowed all my antidepressants"], level: 'urgent'},
    {text: "just took all my sertraline at once", spans: ["just took all my sertraline at once"], level: 'urgent'},
    {text: "im on the bridge. nobody would miss me", spans: ["im on the bridge"], level: 'urgent'},
    {text: "I've taken 30 tablets and I feel sick", spans: ["I've taken 30 tablets"], level: 'urgent'},
    {text: "standing at the edge of the platform rn", spans: ["standing at the edge of the platform rn"], level: 'urgent'},
    {text: "took the whole box of paracetamol half an hour ago", spans: ["took the whole box of paracetamol"], level: 'urgent'},
    {text: "i've started cutting again", spans: ["i've started cutting again"], level: 'medium'},
    {text: "I self-harm whenever I'm stressed", spans: ["I self-harm whenever"], level: 'medium'},
    {text: "relapsed and cut last night", spans: ["relapsed and cut"], level: 'medium'},
    {text: "the urge to hurt myself is so strong", spans: ["urge to hurt myself is so strong"], level: 'medium'},
    {text: "been self harming again and nobody knows", spans: ["been self harming again"], level: 'medium'},
    {text: "cut again tonight. 3 months clean ruined", spans: ["cut again tonight"], level: 'medium'},
    {text: "i started self harming again last week", spans: ["i started self harming"], level: 'medium'},
    {text: "im cutting again. i cant stop", spans: ["im cutting again"], level: 'medium'},
    {text: "I still self harm most nights", spans: ["I still self harm most nights"], level: 'medium'},
    {text: "burned myself again today", spans: ["burned myself again today"], level: 'medium'},
    {text: "the urge to cut is unbearable right now", spans: ["urge to cut is unbearable"], level: 'medium'},
    {text: "I don't see myself being alive by christmas", spans: ["I don't see myself being alive"], level: 'high'},
    {text: "i wont be around much longer", spans: ["i wont be around much longer"], level: 'high'},
    {text: "I won't make it to my birthday", spans: ["I won't make it to my birthday"], level: 'high'},
    {text: "dont think ill make it to 25", spans: ["dont think ill make it to 25"], level: 'high'},
    {text: "i wont be here next year", spans: ["i wont be here next year"], level: 'high'},
    {text: "I can't see myself alive by summer", spans: ["I can't see myself alive"], level: 'high'},
    {text: "i dont see a future for myself", spans: ["i dont see a future for myself"], level: 'high'},
    {text: "i won't live to see my next birthday", spans: ["i won't live to see my next birthday"], level: 'high'},
    {text: "honestly i dont think im going to be here much longer", spans: ["i dont think im going to be here much longer"], level: 'high'}
  ]
  for (const c of valid) it(`flags ${JSON.stringify(c.text)}`, () => expectSignal(c))
})

describe('crisis-signal: lookalikes of preparation, farewells and acts in progress', () => {
  const posts = [
    "bought a new rope for climbing this weekend, so excited 🧗",
    "picked up my prescription today, pharmacist was lovely",
    "collecting my mums tablets from the chemist tomorrow",
    "ordered a new blade for my razor, the old one was blunt",
    "got some paracetamol for my headache",
    "bought a skipping rope for the gym, day one tomorrow",
    "I need to pick up my meds on thursday",
    "my brother bought a rope and a harness for his trip",
    "stocking up on paracetamol before flu season hits",
    "ordered razor blades on amazon, subscribe and save ftw",
    "the film opens with him buying a gun at a pawn shop",
    "My mum bought a second bottle of wine for the party",
    "saved up for a new bike!!",
    "got hold of tickets for saturday!!",
    "bought a shotgun for clay shooting with my dad this weekend",
    "finally got enough pills to last the holiday, pharmacy was shut all week",
    "Ordered more blades for the paper cutter at work today",
    "got the rope for the tug of war tomorrow",
    "I bought my sleeping pills today, the doctor says they should help",
    "collected my new meds today, feeling hopeful for once",
    "how do I get hold of a gun licence in the UK?",
    "went to the pharmacy today to pick up my antidepressants. therapy is helping",
    "everything is ready for the party tonight!! 🎉",
    "i have everything ready for my trip tomorrow, passport tickets the lot",
    "it's all set for the wedding this weekend",
    "just waiting for everyone to go to sleep so i can eat the last slice of cake lol",
    "waiting for the house to be empty so I can practise singing",
    "bags packed, everything ready for uni",
    "just waiting for the kids to go to sleep so i can watch the finale",
    "got everything i need for the bake sale tomorrow",
    "Everything is ready for Christmas dinner, just waiting for everyone to arrive",
    "all set for the marathon on sunday, nervous but excited",
    "just waiting for the house to be empty so i can have a bath in peace",
    "everything is ready for the exam tomorrow, wish me luck",
    "The nursery is all set, just waiting for the baby now!",
    "i have everything ready for the move, the van comes tomorrow",
    "she had everything ready and was just waiting for everyone to go to sleep, the book says",
    "Goodbye Twitter, moving to another app",
    "final post of the series, see you next season!",
    "last post before my holidays 🌴",
    "this will be my last post for a while, exam season",
    "thank you for everything, coach! best season ever",
    "Sorry I couldn't stay longer at the party, thank you all for everything!",
    "this is my last tweet from this account, follow me at the new one",
    "my final post on this blog, the newsletter continues on substack",
    "Thank you all for everything on my birthday, I love you all",
    "please look after my cat while im away next week, dm me",
    "this is my final post of 2024, thanks for everything and see you next year",
    "the letter ended: thank you for everything, I'm sorry. It was the last line of the novel.",
    "I'm sorry for everything I said last night, I was drunk",
    "thank you all for everything, my retirement party was amazing",
    "the film ends with him writing a goodbye letter to his daughter",
    "i left a note for the milkman",
    "left a note on my neighbours car after i scratched it",
    "wrote letters to my pen pals today! 💌",
    "whoever finds this wallet please hand it in at the station",
    "In the book she writes letters to her family before she dies.",
    "My grandad wrote letters to my nan every day of the war",
    "wrote my parents a thank you letter for their anniversary",
    "I took all of my pills this morning like the doctor said",
    "ive taken the whole packet of biscuits lol",
    "standing on the bridge right now watching the sunset, gorgeous",
    "on the roof right now fixing the gutter",
    "took all my pills with breakfast, feeling good",
    "I'm standing on the bridge in the photo, second from left",
    "took the whole packet of crisps to the cinema",
    "just took my meds 💊 day 30 of consistency",
    "the character is standing on the bridge at the start of the film",
    "my sister took all of her pills at once, what do i do?",
    "I used to cut, two years clean",
    "i self-harmed as a teenager and i'm doing well now",
    "two years clean from self harm today!!",
    "cut my finger while cooking again lol",
    "i started cutting my own hair again",
    "my daughter has started self-harming, what do I do?",
    "I've started cutting back on sugar",
    "Cutting again?? the editor wants another 200 words gone",
    "the urge to eat the whole cake is so strong",
    "If you self-harm whenever you're stressed, talk to your GP.",
    "burned myself on the oven again",
    "i hurt myself at the gym again, stupid knee",
    "started cutting onions and cried lol",
    "I don't see myself working here by christmas",
    "i wont be around much longer tonight, heading to bed",
    "I won't make it to your birthday, i'm in spain",
    "dont think ill make it to the gym today",
    "i wont be here next year, moving to canada!",
    "I can't see myself living in London forever",
    "i won't make it to the party on time",
    "my nan won't be around much longer, the hospice called",
    "If you're thinking about ending your life, call 988 or text SHOUT to 85258.",
    "If you have taken an overdose, even a small one, go to A&E now.",
    "If you've got everything ready, please reach out: Samaritans 116 123.",
    "my friend said she has everything ready and is just waiting for everyone to go to sleep. what do i do??",
    "My brother told me he bought a rope. How do I talk to him?",
    "She wrote letters to her parents and left them on her desk, the police said.",
    "my mate texted me \"i'm sorry for everything, thank you for everything\" and now he won't answer, what do I do",
    "the main character writes letters to his kids and leaves them under his pillow. brutal film",
    "In the novel, the narrator stands on the bridge right now, in the present tense, and thinks of his mother.",
    "he took all of his pills an hour ago, the ambulance is here",
    "thank you for everything, I'm sorry I missed your leaving do",
    "Final post of the season! Thank you all for everything, see you in spring 🌸",
    "last tweet before I go on hiatus, thank you for everything and I love you all",
    "I'm sorry for everything I did to you in school. I hope you can forgive me.",
    "ordered a rope swing for the kids, it comes thursday 🎉",
    "bought a rope today to replace the washing line",
    "picked up a gun on saturday, first time at the range tomorrow",
    "bought some helium balloons today for her birthday",
    "getting new razor blades tomorrow, my legs are a jungle",
    "collected my dads pills from the pharmacy today",
    "donated all my clothes to the charity shop, decluttering feels amazing",
    "giving away my old books before I move, anyone want them?",
    "I used to cut, two years clean",
    "I used to buy paracetamol from different shops so nobody would notice. That was five years ago. I'm doing well now.",
    "everything is ready for the surprise, just waiting for everyone to leave for work",
    "\"whoever finds this, you've found my secret stash of chocolate\" - note to my husband lol",
    "whoever finds this bottle please email me, we're doing a school project",
    "the urge to buy the whole shop is so strong 😩",
    "I don't see myself being alive by christmas, said the character in episode 3",
    "my nan keeps saying she won't be around much longer",
    "I won't be around much longer on here, new job starts monday",
    "started cutting carbs again this week",
    "I've been cutting again lately, my hair is getting so long",
    "i hurt myself at football again, ankle's swollen",
    // a plan and the means for something else; painless ways to do something named
    "We've got a plan and the means to pay off the mortgage by fifty.",
    "been reading about painless ways to get your ears pierced",
    "looking up painless ways to remove a tick from a dog",
    "if I disappeared for a week, the plants would notice first",
    "gave away my old sofa today, moving into the new flat next week",
    "been cutting my hair shorter every month",
    // a regimen told in numbers is not an overdose
    "I took 12 tablets over the course of the week as prescribed.",
    "I took 10 paracetamol a week for my back.",
    "i've taken 14 tablets a day since the transplant",
    "I took 20 tablets daily for a month and my skin cleared up",
    // KMS, the key management service
    'Added Cloud KMS support for buckets.',
    'Rotate the KMS key every 90 days.',
    'Uploads are encrypted with AWS KMS encryption by default.'
  ]
  for (const text of posts) it(`is silent on ${JSON.stringify(text)}`, () => expectSilent(text))
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
    // defined once, in classes.yml, so the two rules cannot drift apart
    const read = (name: string) => parse(readFileSync(new URL(`../../dictionaries/${name}.yml`, import.meta.url), 'utf8')).classes
    const shared = read('classes')
    const crisis = read('crisis-signal')
    const trivial = read('trivializing')
    for (const name of ['trivial-trigger', 'joke-extra', 'sincere-cue', 'want', 'intent', 'die-target', 'intent-target']) {
      expect(shared[name], name).toBeDefined()
      expect(crisis[name], name).toBeUndefined()
      expect(trivial[name], name).toBeUndefined()
    }
  })
})

describe('crisis-signal: means next to despair', () => {
  // docs/rules/crisis-signal.md's combinations table (generated from the YAML) says so
  it.each([
    "I've got the pills. I want to die.",
    'i want to die tonight, i have the pills',
    "I'm done. I've got the pills."
  ])('%s is urgent', (text) => {
    expect(checkSync(text, MODERATOR).priority).toBe('urgent')
  })
  // hyperbole is never urgent; a moderator still sees the lowered reading at its floor (issue 18)
  it('means for a headache next to hyperbole stays at the hyperbole floor', () => {
    expect(checkSync("I've got the pills for my headache, this homework makes me want to die lol", MODERATOR).priority).toBe('medium')
  })
})

describe('crisis-signal: presets', () => {
  const text = 'i want to die'
  it('speaks to a writer gently, as information', () => {
    const [m] = messagesOf(RULE, text, {preset: 'writer'})
    expect(m?.severity).toBe('info')
    expect(m?.message).toMatch(/going through a lot/)
    expect(m?.message).toMatch(/findahelpline\.com/)
    expect(m?.message).not.toMatch(/escalate/i)
  })
  it('points a writer to the crisis lines of their region (crisis-lines.yml), not one region\'s for all', () => {
    const say = (region: string) => messagesOf(RULE, text, {preset: 'writer', region})[0]?.message
    expect(say('US')).toMatch(/988 Suicide & Crisis Lifeline: call or text 988/)
    expect(say('US')).not.toMatch(/116 123/)
    expect(say('UK')).toMatch(/Samaritans: call 116 123/)
    expect(say('UK')).not.toMatch(/988/)
    expect(say('AU')).toMatch(/13 11 14/)
    expect(say('AU')).not.toMatch(/988|116 123/)
    // never an emergency number as the line to talk to
    expect(say('US')).not.toMatch(/911/)
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

describe('crisis-signal: a plain present-tense disclosure of self-harm', () => {
  it.each([
    ["honestly i self-harm and nobody at home has noticed", 'i self-harm and'],
    ['I self harm, and the holidays make it worse', 'I self harm,']
  ])('flags %j for moderators at medium', (text, span) => {
    expect(flaggedSpans('crisis-signal', text, {preset: 'moderator'})).toEqual([span])
    expect(checkSync(text, {preset: 'moderator'}).priority).toBe('medium')
  })

  it.each([
    'I self-harmed as a teenager, and I talk about it now to help others.',
    "I don't self harm and I never have, but my sister does.",
    'Do you self harm and feel ashamed? You are not alone.',
    'when someone tells you they self harm, listen first'
  ])('leaves %j alone', (text) => {
    expect(flaggedSpans('crisis-signal', text, {preset: 'moderator'})).toEqual([])
  })
})
