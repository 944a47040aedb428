// eating-disorder-numbers: weights, calories, BMI, sizes, fasting times and
// behaviour counts in an eating-disorder context. Written like an ESLint rule
// test: posts that must fire (with the exact words flagged) and lookalikes
// that must stay silent, at least as many lookalikes as hits. Every post is
// written for this file.
import {describe, expect, it} from 'vitest'
import {checkSync, fix} from '../../src/index.js'
import {flaggedSpans, messagesOf} from '../helpers.js'

const RULE = 'eating-disorder-numbers'

type Invalid = {text: string; span: string} | {text: string; spans: string[]}

function expectOne(c: Invalid) {
  const want = 'span' in c ? [c.span] : c.spans
  const messages = messagesOf(RULE, c.text)
  expect(messages.map((m) => c.text.slice(m.offset, m.endOffset))).toEqual(want)
  for (const m of messages) {
    // numbers are never rewritten for the writer
    expect(m.expected).toEqual([])
    expect(m.fix).toBeUndefined()
    expect(m.level).toBe('medium')
  }
}

describe('eating-disorder-numbers: weights', () => {
  const invalid: Invalid[] = [
    {text: "at my lowest i was 38kg and still thought i was huge", span: "38kg"},
    {text: "She's barely seven stone and everyone keeps saying she looks great.", span: "seven stone"},
    {text: "My anorexia told me 50 kilos was too much. Recovery is slowly teaching me otherwise.", span: "50 kilos"},
    {text: "got down to 98 lbs before my parents noticed", span: "98 lbs"},
    {text: "My daughter is in hospital with anorexia; she was 32kg when admitted.", span: "32kg"},
    {text: "She was admitted weighing just 5 stone.", span: "5 stone"},
    {text: "I weighed 6 stone 4 when I was admitted to the eating disorder unit.", span: "6 stone 4"},
    {text: "my collarbones stick out and i'm 44 kg, still not sick enough for help", span: "44 kg"},
    {text: "Recovery update: I've gained 8kg since starting treatment and I'm learning to be ok with it.", span: "8kg"},
    {text: "lost 12 pounds in two weeks by barely eating", span: "lost 12 pounds in two weeks"},
    {text: "lost 3 stone in 4 months and people kept complimenting me, nobody noticed i'd stopped eating", span: "lost 3 stone in 4 months"},
    {text: "the scales said 39 this morning and part of me was proud", span: "scales said 39"},
    {text: "my lowest weight was 39.5 and honestly i miss it", span: "lowest weight was 39.5"},
    {text: "weighed myself this morning, 48.3. gw is 45", spans: ["weighed myself this morning, 48.3", "gw is 45"]},
    {text: "how many calories should i eat to get to 45kg? im 16", span: "45kg"},
    {text: "she died weighing 5 stone after years of anorexia", span: "5 stone"},
    {text: "Q: is it normal to lose 10 pounds in a week from not eating?", span: "lose 10 pounds in a week"},
    {text: "i want to be under 45kg so badly", span: "45kg"},
    {text: "the scale says 52.1 and i want to cry", span: "scale says 52.1"}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid: string[] = [
    "The box weighs 40 kg so get someone to help you lift it.",
    "Our daughter was born at 3.4kg and she's perfect",
    "Ellie arrived at 7lbs 2oz this morning, mum and baby doing well",
    "He fights at 70 kg and cuts weight the week before.",
    "Hand luggage must be under 10kg on this airline.",
    "The laptop is only 1.2 kg which is great for travel",
    "deadlifted 140kg today, new PB!",
    "it only cost 20 pounds in the end",
    "My dog weighs 30kg and thinks he's a lapdog",
    "she lost 5kg on holiday from walking so much",
    "Lost 10kg this year through running and honestly I feel amazing.",
    "My suitcase was 23.5kg and they made me pay extra, ridiculous",
    "He weighed 95kg when he started the diet and now he's 80kg.",
    "My grandma weighs about 8 stone and is tiny but fierce",
    "I was sick for 3 days with norovirus and lost 2kg",
    "Hiking with a 15kg pack for three days was brutal but so worth it",
    "He's 6 foot and 80kg, built like a rugby player.",
    "On my 21st birthday I finally felt better.",
    "We live at 21 St Mary's Road",
    "My sister has anorexia and she's doing so well at university now."
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('eating-disorder-numbers: calories', () => {
  const invalid: Invalid[] = [
    {text: "I was eating 300 calories a day in year 11 and nobody said a word", span: "300 calories a day"},
    {text: "she told me she only eats 800 kcal a day and runs every morning", span: "800 kcal a day"},
    {text: "1000 calories a day is my limit rn, any lower and i get dizzy", span: "1000 calories a day"},
    {text: "when i was sick with anorexia i lived on black coffee and 200 calories", span: "200 calories"},
    {text: "living on 600 cals a day and black coffee, day 12", span: "living on 600 cals a day"},
    {text: "restricting to 500 a day again, don't tell me to eat", span: "restricting to 500 a day"},
    {text: "my ED voice says stay under 800 today", span: "stay under 800 today"},
    {text: "eating 1800 a day on my meal plan and it's still terrifying", span: "eating 1800 a day"},
    {text: "trying to eat under 1000 calories again", span: "eat under 1000 calories"},
    {text: "TW: ED. I ate 200 calories yesterday", span: "200 calories yesterday"},
    {text: "day 4 of my fast, 0 calories so far #proana", span: "0 calories"},
    // the day first, no unit, or kept under for a stretch
    {text: "yesterday was 350 cals and i felt in control", span: "yesterday was 350 cals"},
    {text: "i have been on 600 a day since january", span: "been on 600 a day"},
    {text: "under 900 cals for the second week in a row", span: "under 900 cals for the second week in a row"},
    // what people in an eating disorder call their sums
    {text: "ate 500 calories and burned 800, net negative feels like winning", span: "500 calories"}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid: string[] = [
    "These flapjacks are only 180 calories each and freeze well.",
    "Nutrition per 100g: 450 kcal, 20g fat, 12g carbs",
    "diabetic-friendly: 12g carbs a slice and still tastes great",
    "I ran 10k this morning and burned 600 calories",
    "Burn an extra 500 calories a day with this simple routine",
    "My PT says I should eat 2200 calories a day to build muscle.",
    "The average woman needs about 2000 calories a day, the NHS says.",
    "This salad is 350 calories and surprisingly filling.",
    "The new Apple watch counts your calories burned, mine said 450 today",
    "keep it under 500 words please",
    "I try to stay under 200 dollars a month on groceries.",
    "todays recipe is 400 cals a portion",
    "I have been eating 500 a day more than usual to bulk",
    "I ate 600 calories at lunch today, the burger was huge"
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('eating-disorder-numbers: BMI', () => {
  const invalid: Invalid[] = [
    {text: "My BMI was 14.2 when they admitted me.", span: "BMI was 14.2"},
    {text: "the dietitian said my BMI is 16 and I need to gain", span: "BMI is 16"},
    {text: "TW ED: her bmi was 15 when they sectioned her", span: "bmi was 15"},
    {text: "my bmi is 16.5 is that bad? i feel fine", span: "bmi is 16.5"}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid: string[] = [
    "A BMI over 30 was found in 25% of adults in the survey.",
    "BMI of 17.5 or less is one of the diagnostic criteria.",
    "my doctor keeps going on about BMI but never asks how I feel"
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('eating-disorder-numbers: sizes and measurements', () => {
  const invalid: Invalid[] = [
    {text: "i fit into a size 2 again and i hate that i felt proud", span: "size 2"},
    {text: "i wore xxs jeans at my worst with anorexia", span: "wore xxs jeans"},
    {text: "She went from a size 12 to a size 4 in six months and the magazine called it a glow-up. She had bulimia.", span: "size 4"},
    {text: "her waist was only 22 inches, she was so sick", span: "waist was only 22 inches"}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid: string[] = [
    "just bought size 10 shoes for the wedding",
    "grabbed a size 12 dress in the sale, bargain",
    "Size 6 boots for my daughter's birthday, she loves them",
    "She's a size 8 and looks amazing in that dress",
    "the baby is already in size 3-6 months clothes"
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('eating-disorder-numbers: fasting', () => {
  const invalid: Invalid[] = [
    {text: "I did a 72 hour water fast last week and my ed brain loved it", span: "72 hour water fast"},
    {text: "Three days without eating and the scale finally moved.", span: "Three days without eating"},
    {text: "I haven't eaten in 4 days, I feel so light and clean #edtwt", span: "haven't eaten in 4 days"},
    {text: "fasted for 5 days straight and my ana buddy said i was doing great", span: "fasted for 5 days"}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid: string[] = [
    "First fast of Ramadan today, 16 hours without food and I feel great alhamdulillah",
    "Yom Kippur means 25 hours of fasting, so be gentle with me at work tomorrow",
    "I was nil by mouth for 12 hours before the surgery",
    "I've been doing 16:8 intermittent fasting for a month",
    "Lent: giving up chocolate for 40 days",
    "clean from self-harm for 500 days. not perfect, but proud"
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('eating-disorder-numbers: shorthand and behaviour counts', () => {
  const invalid: Invalid[] = [
    {text: "ugw: 42, cw: 51. so far to go", spans: ["ugw: 42", "cw: 51"]},
    {text: "cw 58 gw 50 and i'm sick of waiting", spans: ["cw 58", "gw 50"]},
    {text: "CW 49kg", span: "CW 49kg"},
    {text: "lw 43.2 hw 61 cw 55", spans: ["lw 43.2", "hw 61", "cw 55"]},
    {text: "took 10 laxatives a day for most of uni", span: "10 laxatives"},
    {text: "I purged 4 times yesterday", span: "purged 4 times"},
    // after a possessive, "gw" is a goal weight
    {text: "my gw is 44 and i am almost there", span: "my gw is 44"}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid: string[] = [
    "CW: suicide, self-harm",
    "the hw 3 questions are due friday",
    "my cw is 45 pages long and due friday",
    "my hw is 45 questions and i have not started",
    "TW: eating disorders. This post is about recovery, not numbers.",
    "Take 500mg twice a day with food.",
    "The gym's heaviest dumbbells are only 40kg, which is annoying.",
    "Our flight allows one 23kg bag each, so pack light."
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('eating-disorder-numbers: context decides', () => {
  it('flags a weight in a post about an eating disorder, wherever the disorder is named', () => {
    const text = 'Content note: anorexia.\n\nI want to talk about the year I spent at university.\n\nBy spring I was 41 kg and still going to every lecture.'
    expect(flaggedSpans(RULE, text)).toEqual(['41 kg'])
  })

  it('leaves the same weight alone in a post about something else', () => {
    const text = 'Moving house tips.\n\nPack books in small boxes.\n\nBy spring the big box was 41 kg and nobody could lift it.'
    expect(flaggedSpans(RULE, text)).toEqual([])
  })

  it('reads "CW" as current weight only with a number after it', () => {
    expect(flaggedSpans(RULE, 'CW: eating disorders, weight talk')).toEqual([])
    expect(flaggedSpans(RULE, 'cw 52, gw 47')).toEqual(['cw 52', 'gw 47'])
  })
})

describe('eating-disorder-numbers: the message', () => {
  it('carries the rule, the words, why the number should go, the docs link and no fix', () => {
    const text = 'at my lowest i was 38kg and still thought i was huge'
    const [message] = checkSync(text).messages.filter((m) => m.ruleId === RULE)
    expect(message).toEqual({
      ruleId: 'eating-disorder-numbers',
      source: 'safepost',
      severity: 'warning',
      message: 'Leave out the weight ("38kg"): readers compare themselves with numbers, and a figure can make someone who is ill feel "not sick enough"; describe the experience instead',
      line: 1,
      column: 20,
      endLine: 1,
      endColumn: 24,
      offset: 19,
      endOffset: 23,
      actual: '38kg',
      expected: [],
      url: expect.stringMatching(/docs\/rules\/eating-disorder-numbers\.md$/),
      note: expect.stringContaining('Beat'),
      entryId: 'weight-cue',
      level: 'medium'
    })
  })

  it('explains calorie counts as targets', () => {
    const [message] = messagesOf(RULE, 'I was eating 300 calories a day in year 11 and nobody said a word')
    expect(message!.message).toBe('Leave out the calorie count ("300 calories a day"): an intake figure reads as a target for readers who restrict; describe the experience instead')
  })

  it('never changes the text', () => {
    const text = 'My BMI was 14.2 when they admitted me.'
    expect(fix(text).text).toBe(text)
  })
})

describe('eating-disorder-numbers: options', () => {
  const text = 'My BMI was 14.2 when they admitted me.'

  it('can be switched off', () => {
    expect(messagesOf(RULE, text, {rules: {[RULE]: 'off'}})).toEqual([])
  })

  it('can be set to info', () => {
    expect(messagesOf(RULE, text, {rules: {[RULE]: 'info'}}).map((m) => m.severity)).toEqual(['info'])
  })

  it('ignores quoted text', () => {
    expect(flaggedSpans(RULE, 'Never print lines like "she ate 300 calories a day" in a profile.')).toEqual([])
  })
})

describe('eating-disorder-numbers: unambiguous goal-weight shorthand with a verb before the number', () => {
  it.each([
    ['stgw was 50 but now i want lower', 'stgw was 50'],
    ['ltgw = 44 and nothing will stop me', 'ltgw = 44']
  ])('flags %j', (text, span) => {
    expect(flaggedSpans('eating-disorder-numbers', text)).toEqual([span])
  })

  it('leaves a content warning alone', () => {
    expect(flaggedSpans('eating-disorder-numbers', 'CW: self-harm. It was 2019 and I was 15.')).toEqual([])
  })
})

// A diet or a training plan is not an eating disorder: weigh-ins, calorie
// counting and refeeds are cues beside a number in the same sentence, and
// race, bodybuilding and slimming-club words mark the sentence as sport.
describe('eating-disorder-numbers: sport and slimming clubs', () => {
  it.each([
    "Race week! Down to 68kg, carb loading starts Thursday and I've never felt faster.",
    'Slimming World weigh-in tonight: lost 1.5lb, three stone off since March!',
    'Cutting phase: 2,400 kcal a day, protein at 180g, bodyweight 84kg and falling slowly.',
    "A 70kg runner burns roughly 700 calories over a 10k, so fuel the long runs. Calorie counting won't make you faster.",
    'Refeed day on Saturday, then back to 2,200 kcal for the last four weeks of contest prep.'
  ])('leaves %j alone', (text) => {
    expect(flaggedSpans(RULE, text)).toEqual([])
  })

  it.each([
    ['My anorexia made every weigh-in at the clinic a verdict: 41kg, then 40.5.', ['41kg']],
    ["i've been calorie counting since year 9. this week i got down to 46kg.", ['46kg']],
    ["i run every morning on 500 calories and i'm down to 47kg", ['500 calories', '47kg']],
    ['the bulimia is back and the weigh-in said 58kg', ['weigh-in said 58kg']],
    // "racing thoughts" and "the holiday season" are not sport
    ['racing thoughts all night and the scale said 44kg, still not thin enough', ['scale said 44kg']],
    ['the holiday season is hard, I am down to 44kg and still feel huge', ['44kg']]
  ])('still flags %j', (text, spans) => {
    expect(flaggedSpans(RULE, text)).toEqual(spans)
  })
})
