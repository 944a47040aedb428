// encouraging-harm: telling, daring or coaching someone to harm themselves or
// to restrict food. Tables of posts that must fire (with the exact words
// flagged) and lookalikes that must stay silent. Every post is written for
// this file.
import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {flaggedSpans, messagesOf} from '../helpers.js'

const RULE = 'encouraging-harm'

interface Invalid {
  text: string
  /** The exact words each message points at, in order. */
  spans: string[]
}

function expectFires(c: Invalid) {
  expect(flaggedSpans(RULE, c.text)).toEqual(c.spans)
}

function expectSilent(text: string) {
  expect(flaggedSpans(RULE, text)).toEqual([])
}

describe('encouraging-harm: commands to die', () => {
  const invalid: Invalid[] = [
    {text: 'kys', spans: ['kys']},
    {text: 'lol kys nobody wants you here', spans: ['kys']},
    {text: '@rileyplays KYS', spans: ['KYS']},
    {text: 'k.y.s. already', spans: ['k.y.s.']},
    {text: 'nobody cares about your opinion, just kys', spans: ['just kys']},
    {text: 'kill yourself', spans: ['kill yourself']},
    {text: 'lol kill urself already', spans: ['kill urself already']},
    {text: 'KILL YOURSELF LOSER', spans: ['KILL YOURSELF LOSER']},
    {text: 'honestly k!ll yourself', spans: ['k!ll yourself']},
    {text: 'go kill yourself, seriously', spans: ['go kill yourself']},
    {text: 'go hang yourself lmao', spans: ['go hang yourself']},
    {text: 'neck yourself', spans: ['neck yourself']},
    {text: 'you should just kill yourself tbh', spans: ['you should just kill yourself']},
    {text: 'u should kill urself', spans: ['u should kill urself']},
    {text: 'why dont you just die', spans: ['why dont you just die']},
    {text: "Why don't you go jump off a building", spans: ["Why don't you go jump off a building"]},
    {text: 'you deserve to die', spans: ['you deserve to die']},
    {text: 'hope you relapse', spans: ['hope you relapse']},
    {text: 'go die in a hole', spans: ['go die in a hole']},
    {text: 'bro just die already', spans: ['bro just die']},
    {text: 'just die', spans: ['just die']},
    {text: 'Go jump off something tall and spare us all.', spans: ['Go jump off something tall']},
    {text: 'please go drink bleach', spans: ['please go drink bleach']},
    {text: 'do us all a favour and die', spans: ['do us all a favour and die']},
    {text: 'do everyone a favor and jump off a bridge', spans: ['do everyone a favor and jump off a bridge']},
    {text: 'do the internet a favour and unalive', spans: ['do the internet a favour and unalive']},
    {text: 'you should just stop existing', spans: ['you should just stop existing']},
    {text: 'just end it already, nobody wants you here', spans: ['just end it already']},
    {text: 'you should just end it, nobody cares', spans: ['you should just end it']},
    {text: 'Nobody loves you. End it.', spans: ['End it']},
    {text: "You're a waste of oxygen, do everyone a favour", spans: ['do everyone a favour']},
    {text: "if you really wanted to die you'd have done it by now", spans: ["if you really wanted to die you'd have done it"]},
    {text: "You can't even kill yourself properly", spans: ["You can't even kill yourself properly"]},
    {text: 'heard you overdosed lol, better luck next time', spans: ['better luck next time']},
    {text: 'no one cares kys', spans: ['kys']},
    {text: 'nobody likes you just die', spans: ['nobody likes you just die']},
    {text: 'wanna make a suicide pact?', spans: ['wanna make a suicide pact']},
    {text: 'i can send you pills if you want', spans: ['i can send you pills']}
  ]
  for (const c of invalid) it(`fires: ${c.text}`, () => expectFires(c))

  const valid = [
    // support, and asking directly (a good thing to do)
    "Please don't kill yourself, call someone tonight",
    "Do you want to kill yourself? It's ok to tell me.",
    'Are you thinking about killing yourself? I am here.',
    // idioms
    "you'll kill yourself laughing at this clip",
    "don't kill yourself over one bad grade",
    'just cut yourself some slack this week',
    'take the pressure off yourself',
    'hang in there, you are doing great',
    'kill it tonight!',
    'you killed it at the open mic',
    'go kill it at your interview!',
    'you should die your hair pink for summer',
    'my phone will just die at 5% again',
    "I'd rather just die than do karaoke",
    'i could just die of embarrassment',
    'Go jump off a cliff into the sea, best diving spot on the coast!',
    'do us a favour and shut up about the match',
    'You should end it with him, he treats you badly',
    'Just do it. Apply for the job.',
    'do it for the plot',
    'do us a favour and vote tomorrow',
    'we lost 3-0, better luck next time lads',
    "I want to end it. I can't do this anymore",
    'dont kys lol we love you',
    "You shouldn't kill yourself over a breakup",
    'We are better off without you, Dave. Good luck at your new club.',
    'Just rot in bed this weekend, you deserve the rest',
    // reports of harassment, and talk about the words
    'someone told me to kys in the replies',
    'my dms are full of kys messages again',
    'why do people think saying kys is funny',
    'someone in my comments said go kill yourself',
    'got told to go die today, blocked',
    "I'm so tired of people telling kids to kys online",
    'Never tell someone to kill themselves',
    'The regex `/\\b(kms|kys)\\b/i` is a terrible idea on its own.',
    '"Kill yourself" is never banter. Report it.',
    'Moderators: comments like \'kys\' should be removed on sight.',
    // the writer's own feelings belong to crisis-signal
    'I just want to die',
    'Nobody would notice if I disappeared'
  ]
  for (const text of valid) it(`silent: ${text}`, () => expectSilent(text))
})

describe('encouraging-harm: worthlessness aimed at a person', () => {
  const invalid: Invalid[] = [
    {text: 'Nobody would care if you died tbh', spans: ['Nobody would care if you died']},
    {text: 'no one would miss you if you disappeared', spans: ['no one would miss you if you disappeared']},
    {text: 'nobody will miss you when you are gone', spans: ['nobody will miss you when you are gone']},
    {text: 'honestly nobody would miss you', spans: ['nobody would miss you']},
    {text: "no one would even notice you're gone", spans: ["no one would even notice you're gone"]},
    {text: 'no one will cry at your funeral', spans: ['no one will cry at your funeral']},
    {text: 'the world would be a better place without you', spans: ['the world would be a better place without you']},
    {text: 'everyone would be better off if you were dead', spans: ['everyone would be better off if you were dead']},
    {text: 'Your family would be happier if you just vanished.', spans: ['Your family would be happier if you just vanished']},
    {text: "you're better off dead", spans: ["you're better off dead"]},
    {text: "you'd be better off dead honestly", spans: ["you'd be better off dead"]}
  ]
  for (const c of invalid) it(`fires: ${c.text}`, () => expectFires(c))

  const valid = [
    'If you feel like nobody would miss you, please reach out. We would.',
    "If you're thinking the world would be better without you, that's the depression talking.",
    'The world would not be better without you. Please stay.',
    'I used to believe everyone would be better off without me.',
    'A user told me nobody would miss me. I reported it.',
    'my bully used to say nobody would miss you',
    'You matter. The world is better with you in it.'
  ]
  for (const text of valid) it(`silent: ${text}`, () => expectSilent(text))
})

describe('encouraging-harm: dares and self-harm coaching', () => {
  const invalid: Invalid[] = [
    {text: "you're pathetic, if you're going to cut at least do it right", spans: ['at least do it right']},
    {text: 'all that suicide talk, do it then', spans: ['do it then']},
    {text: 'if ur so suicidal do it, you won\'t', spans: ["do it, you won't"]},
    {text: 'imagine being so pathetic you cut for attention. do it properly this time', spans: ['do it properly this time']},
    {text: 'those scars are pathetic, cut deeper next time', spans: ['cut deeper next time']},
    {text: 'cut deeper next time attention seeker', spans: ['cut deeper next time']},
    {text: 'those scratches on your wrist are nothing, go deeper', spans: ['go deeper']},
    {text: 'ur not even cutting deep enough lol', spans: ['ur not even cutting deep enough']},
    {text: 'how to hide cuts from your parents', spans: ['how to hide cuts']},
    {text: 'tips for hiding fresh cuts in summer', spans: ['tips for hiding fresh cuts']},
    {text: 'how to hide scars from parents', spans: ['how to hide scars from parents']},
    {text: 'where to cut so nobody sees', spans: ['where to cut so nobody sees']}
  ]
  for (const c of invalid) it(`fires: ${c.text}`, () => expectFires(c))

  const valid = [
    'if you are going to cheat at least do it right',
    'do it, you won\'t regret booking that trip',
    'betrayal cuts deeper than anything',
    'cut deeper next time so the bread rises properly',
    'how to hide self-harm scars for my wedding?',
    'how to clean a cut properly',
    'how to hide a tattoo from your parents',
    // harm minimisation is not encouragement (NICE NG225)
    "If you're going to self-harm, use clean blades and keep a first aid kit. Harm minimisation saves lives.",
    'you should cut your hair short',
    'you should cut your losses and sell'
  ]
  for (const text of valid) it(`silent: ${text}`, () => expectSilent(text))
})

describe('encouraging-harm: eating-disorder coaching', () => {
  const invalid: Invalid[] = [
    {text: "how to purge quietly so your parents don't hear, a thread", spans: ['how to purge quietly']},
    {text: 'tips for purging without your parents knowing', spans: ['tips for purging without your parents']},
    {text: 'how to restrict without getting caught', spans: ['how to restrict without getting caught']},
    {text: 'how to hide your eating disorder from your family', spans: ['how to hide your eating disorder']},
    {text: 'tips to hide skipping meals from your parents', spans: ['tips to hide skipping meals']},
    {text: 'bonespo tip: sip black coffee all day and you will never feel hungry', spans: ['sip black coffee all day and you will never feel hungry']},
    {text: 'drink black coffee instead of eating breakfast #thinspo', spans: ['drink black coffee instead of eating']},
    {text: "eat ice when you're starving, trust me #edtwt", spans: ["eat ice when you're starving"]},
    {text: 'Reminder: every calorie counts, skip dinner tonight #proana', spans: ['skip dinner']},
    {text: "Tip: tell your parents you already ate at a friend's", spans: ["Tip: tell your parents you already ate at a friend's"]},
    {text: 'you don\'t deserve to eat today', spans: ["you don't deserve to eat today"]},
    {text: "you're not sick enough lol", spans: ["you're not sick enough"]},
    {text: 'Go starve yourself, fatty', spans: ['Go starve yourself']},
    {text: 'looking for a strict ana coach to keep me accountable', spans: ['looking for a strict ana coach']},
    {text: 'ana buddies dm me', spans: ['ana buddies dm me']},
    {text: 'meanspo for anyone who needs it: you are disgusting', spans: ['meanspo for anyone']},
    {text: 'ur so fat, just stop eating', spans: ['fat, just stop eating']},
    {text: "you don't need dinner, fatty", spans: ["you don't need dinner, fatty"]},
    {text: 'hunger is weakness', spans: ['hunger is weakness']},
    {text: 'keep it under 600 today #edtwt', spans: ['keep it under 600']}
  ]
  for (const c of invalid) it(`fires: ${c.text}`, () => expectFires(c))

  const valid = [
    'starve a fever, feed a cold',
    "Don't starve yourself before the party, eat something",
    "you'll starve yourself if you keep skipping meals, please see the GP",
    'Doctors recommend drinking water before meals to feel fuller',
    'drink water when you feel hungry, often it is thirst',
    'chew gum on the plane to help your ears',
    'Intermittent fasting tip: drink black coffee in the morning to curb hunger.',
    'Ramadan tip: drink plenty of water at suhoor so you do not feel thirsty',
    'how to purge old git branches quietly',
    'Skip the queue with our app!',
    'Stay under 30 in the school zone, please.',
    'looking for an ED recovery buddy to go to group with',
    'the meanspo accounts on that app are vile, report them',
    "You don't need to eat meat to be healthy",
    'Parents, watch for teens who skip meals or drink water to suppress hunger.',
    "Tip: skip breakfast if you're doing intermittent fasting",
    "Don't drink water when you're hungry, eat something! Skinny isn't worth it"
  ]
  for (const text of valid) it(`silent: ${text}`, () => expectSilent(text))
})

describe('encouraging-harm: weight-loss restriction coaching without a pro-ED tag', () => {
  // a restriction command aimed at the reader (an imperative opening its
  // clause, "you should ...", "the trick is to ...") beside a weight or
  // thinness goal
  const invalid: Invalid[] = [
    {text: 'pro tip: just stop eating for a week and watch the weight fall off', spans: ['just stop eating for a week']},
    {text: 'if you want to lose weight fast, skip dinner every day and drink black coffee', spans: ['skip dinner']},
    {text: 'the trick is to never eat after 2pm and chew ice when hungry, the pounds just melt', spans: ['the trick is to never eat after 2pm']},
    {text: 'You need to stop eating if you want a thigh gap.', spans: ['You need to stop eating if you want']},
    {text: 'Girls, if you wanna drop 10 pounds before prom, fast for 3 days and only drink water.', spans: ['fast for 3 days']},
    {text: "easiest way to lose weight: don't eat. seriously just don't eat", spans: ["don't eat", "seriously just don't eat"]},
    {text: 'honestly just throw up after meals if you want to stay thin', spans: ['honestly just throw up after meals']},
    {text: 'Want to be thin? Eat nothing but black coffee until dinner.', spans: ['Eat nothing']},
    {text: "Trying to lose 5kg? Don't eat anything for 3 days, it resets your body.", spans: ["Don't eat anything for 3 days"]},
    {text: 'you should only eat one meal a day if you want to lose the weight fast', spans: ['you should only eat one meal a day']},
    {text: "stop eating for a few days and you'll drop a dress size, trust me", spans: ['stop eating for a few days']},
    {text: 'ladies if u want to see ur collarbones by summer, skip breakfast and lunch every day, thank me later', spans: ['skip breakfast and lunch']},
    {text: "Best weight loss hack ever: only eat once a day. You'll drop a dress size in two weeks.", spans: ['only eat once a day']},
    {text: 'the key is to not eat anything for 3 days, then the weight just falls off', spans: ['the key is to not eat anything for 3 days']},
    {text: 'Need to lose 10 lbs by Friday? Water fast for 4 days. Works every time.', spans: ['Water fast for 4 days']},
    {text: 'u gotta stop eating for a week if u want a flat stomach for the beach', spans: ['u gotta stop eating for a week']},
    {text: 'want to lose weight quick? just take laxatives after dinner, nobody will know', spans: ['just take laxatives']},
    {text: "stop eating and you'll lose weight so fast lol", spans: ["stop eating and you'll"]},
    {text: "want a flat stomach by summer? just don't eat.", spans: ["just don't eat"]}
  ]
  for (const c of invalid) it(`fires: ${c.text}`, () => expectFires(c))

  const valid = [
    // ordinary diet talk, the writer's own habits
    "I'm cutting out sugar this month to lose a bit of weight.",
    'I skip breakfast most days because I am just not hungry in the morning.',
    'Trying to lose weight for the wedding, so I skip lunch most days.',
    'I want to lose weight so bad but I refuse to starve, I just eat less junk.',
    'I need to lose weight but I refuse to skip meals.',
    // diet advice that is not restriction
    'If you want to lose weight, eat more protein and skip sugary drinks.',
    'If you want to lose weight, skip the fizzy drinks and walk to work.',
    'Stop eating junk food if you want to lose weight.',
    'If you want to lose weight, stop eating so late at night.',
    "Stop eating when you feel full, that's the best weight loss advice I ever got.",
    "Stop eating if you feel full, it's the best weight-loss advice.",
    "The key is to stop eating when you're full, and the weight comes off slowly.",
    'Eat nothing processed if you want to lose weight, it really works.',
    'If you want to lose weight, stop eating pizza every night.',
    'Tip for losing weight: don\'t eat in front of the TV.',
    'Skip the butter and use olive oil for a lighter sauce.',
    'Lose weight fast with these 10 high protein recipes (no skipping meals required!)',
    // warnings, questions and advice against restriction
    "Don't skip breakfast if you're trying to lose weight.",
    'Never skip meals if you want to lose weight the healthy way.',
    "If you want to lose weight, don't stop eating, eat regular balanced meals.",
    'Doctors warn: skipping meals to lose weight backfires.',
    "Doctors say the best way to lose weight is to not skip meals.",
    "Skip breakfast? Research says it won't help you lose weight.",
    "Skip breakfast? Here's how to lose weight without feeling hungry.",
    'Should you skip dinner to lose weight? Here is what dietitians say.',
    "Water fast for 5 days? My doctor said that's dangerous for weight loss.",
    'This diet is a scam: stop eating after 6pm and you will lose 10 pounds, they say. Nonsense.',
    // reports of what someone else said
    'My sister told me to stop eating for a week to lose weight, which is insane.',
    'Skipping dinner to lose weight never worked for me, I just binged later.',
    // medical and religious fasts, intermittent fasting
    "Don't eat for 8 hours before your surgery.",
    "Don't eat or drink anything after midnight before your procedure.",
    'Pre-op instructions: do not eat for six hours before your operation.',
    'Fast for 12 hours before your blood test.',
    'The key is to not eat anything after 8pm the night before your colonoscopy.',
    'Intermittent fasting helped participants lose weight, a new study finds.',
    "Tip: skip breakfast if you're doing intermittent fasting for weight loss.",
    'During Ramadan we fast from dawn to sunset.',
    'Yom Kippur: fast for 25 hours, no food or water.',
    "Tip: don't eat dinner right before bed if you get heartburn.",
    'Stop eating if you want to avoid heartburn tonight.',
    "Don't eat if you're not hungry, your body knows what it needs."
  ]
  for (const text of valid) it(`silent: ${text}`, () => expectSilent(text))

  it('is high priority for moderators', () => {
    const report = checkSync('if you want to lose weight fast, skip dinner every day and drink black coffee', {preset: 'moderator'})
    expect(report.messages.filter((m) => m.ruleId === RULE).map((m) => m.level)).toEqual(['high'])
    expect(report.priority).toBe('high')
  })
})

describe('encouraging-harm: severity and priority', () => {
  it('is an error with high priority for moderators', () => {
    const report = checkSync('nobody asked, just kys', {preset: 'moderator'})
    const messages = report.messages.filter((m) => m.ruleId === RULE)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.severity).toBe('error')
    expect(messages[0]!.level).toBe('high')
    expect(report.priority).toBe('high')
  })

  it('is high priority for coaching too', () => {
    const report = checkSync('how to purge quietly so your family does not hear', {preset: 'moderator'})
    expect(report.messages.filter((m) => m.ruleId === RULE).map((m) => m.severity)).toEqual(['error'])
    expect(report.priority).toBe('high')
  })

  it('is a warning for writers, with no rewrite', () => {
    const [m] = messagesOf(RULE, 'the world would be better without you')
    expect(m!.severity).toBe('warning')
    expect(m!.fix).toBeUndefined()
    expect(m!.expected).toEqual([])
  })
})
