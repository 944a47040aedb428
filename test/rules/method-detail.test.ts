// method-detail: the method, means, quantity or place of a suicide, an
// attempt or self-harm. Written like an ESLint rule test: posts that must fire
// (with the exact words flagged) and lookalikes that must stay silent, at
// least as many lookalikes as hits. Every post is written for this file.
import {describe, expect, it} from 'vitest'
import {checkSync, fix} from '../../src/index.js'
import {flaggedSpans, messagesOf} from '../helpers.js'

const RULE = 'method-detail'

interface Invalid {
  text: string
  /** The exact words the message points at. */
  span: string
}

function expectOne(c: Invalid) {
  const messages = messagesOf(RULE, c.text)
  expect(messages.map((m) => c.text.slice(m.offset, m.endOffset))).toEqual([c.span])
  const [m] = messages
  expect(m!.actual).toBe(c.span)
  // method detail is never rewritten for the writer
  expect(m!.expected).toEqual([])
  expect(m!.fix).toBeUndefined()
  expect(m!.level).toBe('medium')
}

describe('method-detail: ligatures, hanging and the scene', () => {
  const invalid: Invalid[] = [
    {text: "The teenager was found in his bedroom with a ligature around his neck.", span: "with a ligature around his neck"},
    {text: "Paramedics found him unconscious beside an empty bottle of sleeping pills.", span: "found him unconscious beside an empty bottle of sleeping pills"},
    {text: "An empty packet of paracetamol was found next to her, the inquest heard.", span: "An empty packet of paracetamol was found next to her"},
    {text: "The inquest heard she hanged herself from the loft hatch with a dressing gown cord.", span: "hanged herself from the loft hatch with a dressing gown cord"},
    {text: "He hung himself in his cell two days after sentencing.", span: "hung himself in his cell"},
    {text: "my brother hanged himself with his belt in 2017 and i still cant sleep", span: "hanged himself with his belt"},
    {text: "she tried to hang herself with a belt from the bedroom door", span: "hang herself with a belt from the bedroom door"},
    {text: "The actor died after hanging himself with a tie in his wardrobe.", span: "hanging himself with a tie in his wardrobe"},
    {text: "He was found hanging from the banisters by his wife when she got home.", span: "He was found hanging from the banisters"},
    {text: "They found him hanging from a tree in the woods behind the estate.", span: "found him hanging from a tree in the woods"},
    {text: "He was found hanged in the garage by his son.", span: "He was found hanged in the garage"},
    {text: "she was found dead in the woods with a rope, the coroner said", span: "found dead in the woods with a rope"}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid: string[] = [
    "we finally hung the picture in the hallway",
    "Hang the washing on the line before it rains.",
    "He was hanging off every word she said.",
    "Hang in there, it gets better.",
    "I hung myself upside down on the monkey bars lol",
    "My dad hung the Christmas lights off the roof and nearly fell",
    "we hung out at the bridge after school",
    "The climbers tied the rope to a tree and abseiled down the cliff.",
    "my brother died by suicide in 2017 and i still cant sleep",
    "The bodies were found in the river after the floods.",
    "I found an empty bottle of wine beside the bed after the party.",
    "The Halloween skeleton had a noose around its neck.",
    "She was found asleep on the sofa beside an empty box of chocolates."
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('method-detail: weapons', () => {
  const invalid: Invalid[] = [
    {text: "she shot herself in the head with her father's hunting rifle", span: "shot herself in the head"},
    {text: "He shot himself in the chest with his grandfather's old pistol.", span: "shot himself in the chest"},
    {text: "He used his dad's shotgun. The family has asked for privacy after his suicide.", span: "his dad's shotgun"},
    {text: "he tried to kill himself with the rope he kept in his van", span: "kill himself with the rope"},
    {text: "he poisoned himself with antifreeze", span: "poisoned himself with antifreeze"}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid: string[] = [
    "shot a photo of the sunset from the roof",
    "He shot himself in the foot by announcing the deal early.",
    "Hunters must keep their rifles locked away, the police said.",
    "I killed myself at the gym today, legs are jelly",
    "I nearly killed myself falling down the stairs at work"
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('method-detail: places and heights', () => {
  const invalid: Invalid[] = [
    {text: "Reports say the student jumped off the multi-storey car park on Friday night.", span: "jumped off the multi-storey car park"},
    {text: "Police confirmed the man had jumped from the viaduct on Sunday morning.", span: "jumped from the viaduct"},
    {text: "BREAKING: Man dies after jumping from Humber Bridge, police confirm", span: "jumping from Humber Bridge"},
    {text: "The 15-year-old threw herself off the balcony of the flat after months of bullying.", span: "threw herself off the balcony"},
    {text: "the girl from year 10 who threw herself off the school roof last week", span: "threw herself off the school roof"},
    {text: "Reports say he leapt from the 12th floor of the hotel.", span: "leapt from the 12th floor"},
    {text: "He took his life at the railway crossing near the village.", span: "took his life at the railway crossing"},
    {text: "Local woman, 34, took her own life on the railway line near Didcot station", span: "took her own life on the railway line"},
    {text: "He took his own life at the quarry where we used to swim as kids, and I can't go back there.", span: "took his own life at the quarry"},
    {text: "The rapper killed himself in a hotel room in Berlin, the label said.", span: "killed himself in a hotel room"},
    {text: "The footballer died by suicide in a hotel room in Manchester.", span: "died by suicide in a hotel room"},
    {text: "She hanged herself in the hospital bathroom while on a 15-minute watch.", span: "hanged herself in the hospital bathroom"},
    {text: "He drove to the coast and walked into the sea. His body was found two days later.", span: "walked into the sea"},
    {text: "He drove his car off the cliff at Beachy Head, the inquest heard. He had died by suicide.", span: "drove his car off the cliff"},
    {text: "im going to jump off the bridge tonight, no one will care", span: "jump off the bridge"},
    {text: "A man died by suicide at a well known suicide spot on the coast.", span: "died by suicide at a well known suicide spot"},
    {text: "The bridge is notorious for suicides, and locals want barriers.", span: "notorious for suicides"},
    // who came afterwards, or who was shocked, says nothing about the jump
    {text: "Firefighters were called after a man jumped from the bridge on Sunday.", span: "jumped from the bridge"},
    {text: "Rescue teams searched the river after a woman jumped from the viaduct.", span: "jumped from the viaduct"},
    {text: "He jumped from the multi-storey car park and we were all in shock.", span: "jumped from the multi-storey car park"},
    // how a report tells the scene: over the railing, off the platform, falling from a floor
    {text: "The 34-year-old was seen climbing over the railing of the bridge shortly before midnight.", span: "climbing over the railing of the bridge"},
    {text: "Witnesses said she stepped off the platform as the express train approached.", span: "stepped off the platform as the express train approached"},
    {text: "She fell from the fifth floor of the block of flats and died, police confirmed.", span: "She fell from the fifth floor"}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid: string[] = [
    "we jumped off the pier for a swim every summer as kids",
    "jumped off the bridge into the river with my mates, best day ever",
    "The bridge was closed for repairs all weekend.",
    "He jumped at the chance to lead the team.",
    "The cat jumped off the roof and landed on its feet.",
    "my dog leapt off the bridge to chase a duck",
    "The bridge inspector climbed over the railing of the bridge to check the cables.",
    "Tourists climbing over the railings of the bridge for selfies have alarmed the council.",
    "The car plunged off the bridge, killing the driver.",
    "A window cleaner fell from the fifth floor of an office building and died.",
    "She stepped off the train onto the platform and waved.",
    "He stepped off the platform edge as the train pulled in to pick up his phone.",
    "we used to jump off the bridge at the end of every summer term",
    "me and my cousins jumped off the cliff at the lido, mum was furious",
    "If all your friends jumped off a bridge, would you?",
    "The firefighters said people jumped from the building to escape the flames.",
    "She took her own life in 2019 and we miss her every day.",
    "She took her own life at 34, leaving two children.",
    "He died in a car crash on the motorway last year.",
    "Barriers on the bridge have cut suicides there by half, and that is a good thing.",
    "the kids jumped off the wall into the pool all afternoon",
    "She threw herself into her work after her son's death.",
    "The painting shows a woman walking into the sea at sunset.",
    "We buried Dad in the churchyard by the river."
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('method-detail: trains and traffic', () => {
  const invalid: Invalid[] = [
    {text: "she threw herself in front of a train at the station near her house", span: "threw herself in front of a train"},
    {text: "he stepped in front of a lorry on the motorway after writing a suicide note", span: "stepped in front of a lorry"},
    {text: "He jumped in front of a tube train at Oxford Circus", span: "jumped in front of a tube train"},
    {text: "she lay down on the railway line near her village, her suicide note said", span: "lay down on the railway line"}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid: string[] = [
    "a deer jumped in front of my car on the way home",
    "the bus driver slammed the brakes when a kid ran in front of the bus",
    "Network Rail trains staff to spot people at risk on platforms and start a conversation.",
    "The grief hit me like a train after Dad died."
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('method-detail: fire and gases', () => {
  const invalid: Invalid[] = [
    {text: "He set himself alight outside the parliament building in protest.", span: "set himself alight outside the parliament building"},
    {text: "The protester set himself on fire in the town square.", span: "set himself on fire in the town square"},
    {text: "The film showed him running a hose from the exhaust into the car.", span: "hose from the exhaust"},
    {text: "Dad ended his life with carbon monoxide in the garage, and I want to talk about it.", span: "carbon monoxide"}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid: string[] = [
    "Carbon monoxide alarms save lives, get one fitted near your boiler.",
    "Carbon monoxide poisoning from a faulty boiler killed the family, the coroner said.",
    "exhaust fumes on the high street are awful for my asthma",
    "the band set the stage on fire last night"
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('method-detail: substances and quantities', () => {
  const invalid: Invalid[] = [
    {text: "The singer overdosed on sleeping pills in a hotel room in 1999.", span: "overdosed on sleeping pills"},
    {text: "the man had overdosed on insulin, the inquest heard", span: "overdosed on insulin"},
    {text: "she took an overdose of paracetamol and spent three days in hospital", span: "overdose of paracetamol"},
    {text: "My brother died by suicide. He took an overdose of his antidepressants.", span: "overdose of his antidepressants"},
    {text: "I swallowed 40 paracetamol last night and I'm scared now", span: "swallowed 40 paracetamol"},
    {text: "She took 100 paracetamol and her liver failed.", span: "took 100 paracetamol"},
    {text: "He took about 30 of his mum's antidepressants with vodka.", span: "took about 30 of his mum's antidepressants with vodka"},
    {text: "I took 25 of my sleeping pills and woke up in hospital three days later.", span: "took 25 of my sleeping pills"},
    {text: "she downed a bottle of vodka and 20 sleeping tablets", span: "downed a bottle of vodka and 20 sleeping tablets"},
    {text: "took a load of my mum's codeine and woke up in A&E", span: "took a load of my mum's codeine"},
    {text: "she took the entire packet of co-codamol", span: "took the entire packet of co-codamol"},
    {text: "My cousin took a whole box of tablets and no one noticed for hours.", span: "took a whole box of tablets"},
    {text: "He took his mum's entire supply of diazepam.", span: "took his mum's entire supply of diazepam"},
    {text: "The pathologist said he had taken ten times the recommended dose of his insulin.", span: "ten times the recommended dose of his insulin"},
    {text: "The report said she had taken a lethal dose of morphine.", span: "a lethal dose of morphine"},
    {text: "I've got 40 pills saved and I just want it to be over", span: "40 pills"},
    {text: "how many sleeping pills would it take to die", span: "how many sleeping pills would it take to die"},
    {text: "She drank bleach after years of suicidal thoughts.", span: "drank bleach"},
    {text: "she OD'd on her antidepressants last spring", span: "OD'd on her antidepressants"},
    {text: "she took all her pills at once", span: "took all her pills at once"},
    {text: "he took 2 boxes of paracetamol", span: "took 2 boxes of paracetamol"},
    {text: "is 20 sertraline enough to die", span: "20 sertraline enough to die"},
    {text: "what happens if you take 30 paracetamol", span: "take 30 paracetamol"},
    {text: "I've been looking up how many paracetamol is lethal", span: "how many paracetamol is lethal"},
    // time words that are not a dosing schedule: the overdose is still told
    {text: "Of course she had swallowed 40 of her sleeping pills by the time anyone came home.", span: "swallowed 40 of her sleeping pills"},
    {text: "Over the course of the evening he took 50 paracetamol, the coroner said.", span: "took 50 paracetamol"},
    {text: "A day later she took 30 of her antidepressants.", span: "took 30 of her antidepressants"}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid: string[] = [
    "Took two paracetamol for my headache and went to bed.",
    "I overdosed on coffee this morning and now I'm shaking lol",
    "Take 2 tablets every 4 hours, no more than 8 tablets in 24 hours.",
    "Take 10 tablets a day for the first week as prescribed.",
    "The doctor told me to take 12 tablets over the week and finish the course.",
    "I took 12 tablets a week for my back pain.",
    "She has taken 14 tablets a day since her transplant.",
    "I took 10 tablets over the course of the week as prescribed.",
    "He took 21 tablets over a week, a course of antibiotics for his chest.",
    "Took a whole bottle of water on the hike and still ran out",
    "She took the whole box of chocolates to the party.",
    "Grab a packet of paracetamol on your way home, my head is killing me.",
    "She survived an overdose at 16 and now works as a nurse.",
    "i took 3 ibuprofen for my period pain",
    "I'm on lithium and it has really helped my mood.",
    "I stopped taking my antidepressants cold turkey and felt awful.",
    "The pack size of paracetamol was limited to 16 tablets to reduce suicides.",
    "The pharmacist said I can only buy 2 packs of paracetamol at a time.",
    "I need to keep my insulin in the fridge.",
    "i was so suicidal last year, now i'm on sertraline and doing better",
    "Pills, powders and potions: the history of medicine exhibit opens today."
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('method-detail: getting and keeping the means', () => {
  const invalid: Invalid[] = [
    {text: "i have been stockpiling my meds for a month. i cant do this anymore", span: "stockpiling my meds"},
    {text: "ive been saving up my nans sleeping tablets just in case", span: "saving up my nans sleeping tablets"},
    {text: "been hoarding my gran's painkillers in a sock drawer", span: "hoarding my gran's painkillers"},
    {text: "I've been stashing my sertraline for weeks.", span: "stashing my sertraline"},
    {text: "im saving my pills for the right moment. i want to die", span: "saving my pills"},
    {text: "started buying paracetamol in different supermarkets so no one would notice", span: "buying paracetamol in different supermarkets"},
    {text: "i have 3 boxes of paracetamol hidden in my room", span: "3 boxes of paracetamol hidden"},
    {text: "i've got 40 pills stashed under my bed", span: "40 pills stashed"}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid: string[] = [
    "Stockpiling paracetamol during the pandemic was a real problem, pharmacists say.",
    "Don't forget to collect my tablets from the pharmacy on your way home.",
    "After my attempt, my mum kept my meds locked away and gave me one a day. It helped.",
    "my mum locks my pills away since the suicide attempt, which honestly helps",
    "I'm saving my money to buy a car.",
    "We stocked up on paracetamol and tissues before flu season.",
    "my nan keeps all her pills in a big tub on the kitchen table"
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('method-detail: self-harm technique', () => {
  const invalid: Invalid[] = [
    {text: "I used to cut my thighs with a pencil sharpener blade so no one would see.", span: "cut my thighs with a pencil sharpener blade"},
    {text: "used to cut my forearms with a razor blade in the school toilets", span: "cut my forearms with a razor blade"},
    {text: "I would burn my wrist with a lighter every night in year 9.", span: "burn my wrist with a lighter"},
    {text: "she burned her wrists with a lighter when things got bad, she told me", span: "burned her wrists with a lighter"},
    {text: "I'd scratch my thighs with a compass until they bled", span: "scratch my thighs with a compass"},
    {text: "used to burn myself with cigarettes on my thighs", span: "burn myself with cigarettes"},
    {text: "when i self-harmed i used a razor to cut my arms", span: "used a razor to cut my arms"},
    {text: "when i was self harming i broke the blade out of a pencil sharpener", span: "broke the blade out of a pencil sharpener"},
    {text: "It was so deep I needed 14 stitches, the worst relapse I've had", span: "needed 14 stitches"},
    {text: "she slit her wrists in the bath, the inquest heard, after years of self-harm", span: "slit her wrists"},
    {text: "He slit his wrists after the divorce, a suicide the family still won't talk about.", span: "slit his wrists"},
    {text: "she cut her wrists in the bathroom", span: "cut her wrists"},
    {text: "burned herself with cigarettes for years", span: "burned herself with cigarettes"},
    {text: "i've been cutting with my pencil sharpener blade again", span: "cutting with my pencil sharpener blade"},
    // where it happened is not what was being done
    {text: "After dinner I cut my arm with a razor blade again.", span: "cut my arm with a razor blade"},
    {text: "i cut my arm with a blade in the kitchen, self harm again", span: "cut my arm with a blade"},
    // the implement put to the body, words cut into it, an injury pushed until it bleeds
    {text: "She pressed a lit cigarette against her wrist when things got bad.", span: "pressed a lit cigarette against her wrist"},
    {text: "He etched the word into his forearm with a needle.", span: "etched the word into his forearm"},
    {text: "I burned my thigh with my hair straightener again, on purpose this time.", span: "burned my thigh with my hair straightener"},
    {text: "i scratched my arms raw with a safety pin last night", span: "scratched my arms raw with a safety pin"},
    {text: "he bangs his head against the wall until it bleeds", span: "bangs his head against the wall until it bleeds"}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid: string[] = [
    "she cut her wrist on the broken glass in the garden",
    "The grocer slashed her prices before closing.",
    "cut the onions really thin and fry them slowly",
    "Cut the grass this morning, the garden looks great",
    "my box cutter slipped and I nicked my thumb opening the parcel",
    "i cut myself shaving this morning with a new razor, ouch",
    "cut my finger with the bread knife while making lunch",
    "cutting techniques chapter in the cookbook has made my knife skills so much better",
    "I burned my arm on the oven tray again, ouch",
    "My daughter cuts her arm on the bramble bushes every summer.",
    "She had 20 stitches after the dog bit her.",
    "he slashed prices on all the TVs",
    "The company cut 40 jobs and the town is devastated.",
    "I used to self-harm, and I'm two years clean now. The scars have faded.",
    "We talked about self-harm in class today and shared resources.",
    "she cut her hair short after the funeral",
    "I cut my arm with a knife making dinner, so clumsy",
    "scratched my arms to bits on the brambles in the garden",
    "He banged his head on the door frame and it bled a bit.",
    "I carved my name into the desk in year 9.",
    "she put the blade on her leg to shave",
    "I burned a hole in my sleeve with the iron.",
    "The cat scratched a line across my arm.",
    "He used a razor on his face every morning."
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('method-detail: general statements stay silent', () => {
  const valid: string[] = [
    "My uncle died by suicide when I was twelve.",
    "he died by suicide at home, and we want people to know it's ok to talk about it",
    "If you're having thoughts of suicide, please call Samaritans on 116 123.",
    "Means restriction works: smaller pack sizes of paracetamol have saved lives.",
    "The documentary about suicide on the railways was handled really carefully.",
    "The footballer commited suicide at 27 and the club didn't even hold a minute's silence."
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('method-detail: the message', () => {
  it('carries the rule, the words, the kind of detail, the docs link and no fix', () => {
    const text = 'The inquest heard he jumped from the Orwell Bridge.'
    const [message] = checkSync(text).messages.filter((m) => m.ruleId === RULE)
    expect(message).toEqual({
      ruleId: 'method-detail',
      source: 'safepost',
      severity: 'warning',
      message: 'This gives the method and the place ("jumped from the Orwell Bridge"): say what happened without how or where',
      line: 1,
      column: 22,
      endLine: 1,
      endColumn: 51,
      offset: 21,
      endOffset: 50,
      actual: 'jumped from the Orwell Bridge',
      expected: [],
      url: expect.stringMatching(/docs\/rules\/method-detail\.md$/),
      note: expect.stringContaining('Samaritans'),
      entryId: 'jump-from-height',
      level: 'medium'
    })
  })

  it('names the substance when that is the detail', () => {
    const [message] = messagesOf(RULE, 'the man had overdosed on insulin, the inquest heard')
    expect(message!.message).toBe('This names the substance ("overdosed on insulin"): "an overdose" is enough, leave out what was taken')
  })

  it('never changes the text', () => {
    const text = 'She swallowed over 50 tablets, the coroner said.'
    expect(fix(text).text).toBe(text)
  })

  it('is reported in the moderator preset too', () => {
    expect(messagesOf(RULE, 'he threw himself under a train', {preset: 'moderator'}).map((m) => m.actual)).toEqual(['threw himself under a train'])
  })
})

describe('method-detail: options', () => {
  const text = 'Police confirmed the man had jumped from the viaduct on Sunday morning.'

  it('can be switched off', () => {
    expect(messagesOf(RULE, text, {rules: {[RULE]: 'off'}})).toEqual([])
  })

  it('lets a project allow one phrase', () => {
    expect(messagesOf(RULE, text, {allow: ['jumped from the viaduct']})).toEqual([])
  })

  it('ignores quoted text', () => {
    expect(flaggedSpans(RULE, 'The style guide says never to write "jumped from the viaduct" in a headline.')).toEqual([])
  })
})
