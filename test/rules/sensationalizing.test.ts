// sensationalizing: framings that glamorise, simplify or dramatise suicide,
// self-harm and eating disorders. Tables of posts that must fire (with the
// exact words flagged) and lookalikes that must stay silent. Every post is
// written for this file.
import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {flaggedSpans, messagesOf} from '../helpers.js'

const RULE = 'sensationalizing'

interface Invalid {
  text: string
  /** The exact words each message points at, in order. */
  spans: string[]
  /** The first suggestion, where the entry offers one. */
  expected?: string
}

function expectFires(c: Invalid) {
  const messages = messagesOf(RULE, c.text)
  expect(messages.map((m) => c.text.slice(m.offset, m.endOffset))).toEqual(c.spans)
  if (c.expected !== undefined) expect(messages[0]!.expected[0]).toBe(c.expected)
  // framings are never rewritten automatically
  for (const m of messages) expect(m.fix).toBeUndefined()
}

function expectSilent(text: string) {
  expect(flaggedSpans(RULE, text)).toEqual([])
}

describe('sensationalizing: epidemic framing', () => {
  const invalid: Invalid[] = [
    {text: 'The teen suicide epidemic is the story of our decade.', spans: ['teen suicide epidemic'], expected: 'rising rates'},
    {text: 'Why is there a self-harm craze at my daughter\'s school?', spans: ['self-harm craze'], expected: 'rising rates'},
    {text: 'We are living through an epidemic of self-harm in our schools.', spans: ['epidemic of self-harm']},
    {text: 'the anorexia epidemic on campus nobody talks about', spans: ['anorexia epidemic']},
    {text: 'Spate of suicides at university prompts review', spans: ['Spate of suicides']},
    {text: 'a surge in teen suicides has rocked the small town', spans: ['surge in teen suicides']},
    {text: 'self harm has reached epidemic proportions in our schools', spans: ['self harm has reached epidemic proportions']},
    {text: 'Suicides have skyrocketed since the factory closed.', spans: ['Suicides have skyrocketed']},
    {text: 'TEEN SUICIDES SOAR IN COASTAL TOWNS', spans: ['SUICIDES SOAR']},
    {text: 'Self-harm rates among girls are soaring, says a new report', spans: ['Self-harm rates among girls are soaring']},
    {text: 'skyrocketing suicide rates among vets and nobody in power cares', spans: ['skyrocketing suicide rates']},
    {text: 'The male suicide crisis in our valleys is getting worse every year.', spans: ['male suicide crisis']},
    {text: 'Suicide among young builders is out of control.', spans: ['Suicide among young builders is out of control']},
    {text: 'The bridge has become a suicide hotspot, locals say.', spans: ['suicide hotspot']},
    {text: 'Greenland has the highest suicide rate in the world.', spans: ['the highest suicide rate in the world']},
    {text: 'Young people are killing themselves in record numbers', spans: ['killing themselves in record numbers']}
  ]
  for (const c of invalid) it(`fires: ${c.text}`, () => expectFires(c))

  const valid = [
    'the opioid epidemic has hit rural areas hard',
    'the loneliness epidemic is real and it is hurting older men',
    'A wave of relief hit me when my daughter called from the ward.',
    'call the suicide crisis line if you need to talk tonight',
    'she was in a suicide crisis last spring and got help from the crisis team',
    'If you are having thoughts of suicide, the Suicide and Crisis Lifeline is open.',
    'Suicide rates rose by 8% last year, according to the ONS.',
    'Teen self-harm rates have doubled since 2010, NHS data show.',
    'My self-harm is spiralling out of control and I need help',
    'Our suicide prevention training is expanding across the county.',
    'coach made us run suicides until we dropped'
  ]
  for (const text of valid) it(`silent: ${text}`, () => expectSilent(text))
})

describe('sensationalizing: escape, relief and reward', () => {
  const invalid: Invalid[] = [
    {text: 'his death was a beautiful escape from a world that never understood him', spans: ['a beautiful escape']},
    {text: 'Suicide is the ultimate escape when life gets too heavy.', spans: ['Suicide is the ultimate escape']},
    {text: 'Sometimes death is the only way out. RIP to a legend who took his own life.', spans: ['death is the only way out']},
    {text: 'Her death was a release from years of pain. She died by suicide at 34.', spans: ['a release from years of pain']},
    {text: 'took his own life last night. fly high king, you\'re finally free now', spans: ['finally free now']},
    {text: 'her brother died by suicide in May. He\'s in a better place now.', spans: ["He's in a better place now"]},
    {text: "He's not suffering anymore. He took his own life on Friday.", spans: ["He's not suffering anymore"]},
    {text: 'She took her own life and finally found peace.', spans: ['finally found peace']},
    {text: 'They say suicide is quick and painless but it is not.', spans: ['suicide is quick and painless']},
    {text: 'She died by suicide in March. She earned her wings.', spans: ['earned her wings']},
    {text: "He took his own life last year. He's watching over us now.", spans: ['watching over us now']},
    {text: 'He saw suicide as the only way out.', spans: ['saw suicide as the only way out']}
  ]
  for (const c of invalid) it(`fires: ${c.text}`, () => expectFires(c))

  const valid = [
    'we did an escape room for her birthday',
    'This book was the perfect escape from my revision.',
    'the only way out is through, my therapist says about grief',
    'I felt like suicide was the only way out back then, now I know better',
    'My grandad passed away after a long battle with cancer, he is at peace now',
    'my dad died in a car crash, and I know he is in a better place',
    "She's finally free of her abusive ex and moving to Leeds",
    "After years of therapy I'm finally at peace with my dad's suicide.",
    'Suicide prevention in our county is in a better place now than ten years ago',
    'She found a way through, and now she helps others.',
    'Grandad passed away peacefully, he is watching over us now',
    'CW: suicide loss\n\nMy brother died by suicide in May. One neighbour told me he was at peace now, and I did not know what to say.'
  ]
  for (const text of valid) it(`silent: ${text}`, () => expectSilent(text))
})

describe('sensationalizing: single-cause explanations', () => {
  const invalid: Invalid[] = [
    {text: "My mate's brother committed suicide over a gambling debt, that's all it was.", spans: ['committed suicide over a gambling debt', "that's all it was"]},
    {text: 'The student killed herself over her exam results.', spans: ['killed herself over her exam results']},
    {text: 'He hanged himself because he failed his exams.', spans: ['hanged himself because he failed']},
    {text: 'a 15-year-old took her own life after being bullied online', spans: ['took her own life after being bullied']},
    {text: 'The boy killed himself after his girlfriend dumped him.', spans: ['killed himself after his girlfriend dumped him']},
    {text: 'That app literally drove her to kill herself.', spans: ['drove her to kill herself']},
    {text: 'Driven to suicide by online trolls, the inquest heard.', spans: ['Driven to suicide']},
    {text: 'she was bullied to death by girls at her school', spans: ['bullied to death']},
    {text: 'another case of bullycide in our schools', spans: ['bullycide']},
    {text: 'Why would a mother of three commit suicide? It was the divorce, plain and simple.', spans: ['It was the divorce, plain and simple']},
    {text: 'They say it was all because of a girl. He killed himself at 19.', spans: ['it was all because of a girl']},
    {text: 'Self-mutilation among teens is at record levels thanks to social media.', spans: ['at record levels thanks to social media']},
    {text: 'Suicide is on the rise thanks to TikTok', spans: ['on the rise thanks to TikTok']},
    {text: 'Cyberbullying is driving kids to suicide', spans: ['driving kids to suicide']},
    {text: 'the pressure of exams pushed him over the edge and he took his own life', spans: ['pushed him over the edge']},
    {text: 'The game made him kill himself, his mum says', spans: ['made him kill himself']}
  ]
  for (const c of invalid) it(`fires: ${c.text}`, () => expectFires(c))

  const valid = [
    'depression, debt and isolation all played a part in his suicide',
    'He died by suicide because of debt, depression and isolation.',
    'just found out my old maths teacher committed suicide over the summer.',
    'my great uncle died by suicide after the war',
    'The singer died by suicide after years of battling depression.',
    'Researchers found that depression, debt and isolation all contributed to the rise in male suicide.',
    'Suicide is complex; it is never down to one thing.',
    'it was the divorce that made me finally move to Manchester, plain and simple',
    'The extra shift pushed her over the edge and she quit'
  ]
  for (const text of valid) it(`silent: ${text}`, () => expectSilent(text))
})

describe('sensationalizing: inexplicable framing, glamour and notes', () => {
  const invalid: Invalid[] = [
    {text: 'His death by suicide came completely out of the blue.', spans: ['death by suicide came completely out of the blue']},
    {text: 'He took his own life without warning.', spans: ['took his own life without warning']},
    {text: 'We never saw it coming. He died by suicide last week.', spans: ['We never saw it coming']},
    {text: 'He had everything to live for, which is why his suicide shocked us.', spans: ['had everything to live for']},
    {text: 'There is something romantic about suicide, like in the old poems.', spans: ['something romantic about suicide']},
    {text: 'What a heroic way to go. He took his own life rather than face trial.', spans: ['What a heroic way to go']},
    {text: 'Her suicide note said she was sorry for everything.', spans: ['Her suicide note said']},
    {text: 'He left a note saying he could not go on. Police confirmed it was suicide.', spans: ['left a note saying']}
  ]
  for (const c of invalid) it(`fires: ${c.text}`, () => expectFires(c))

  const valid = [
    'my friend texted me out of the blue to say she had been suicidal',
    "I've been suicidal out of nowhere lately and I don't know why",
    'Nobody saw it coming, the new album dropped at midnight',
    'She was brave, funny and kind. She died by suicide and we miss her.',
    'Suicide is not brave, it is a tragedy born of pain.',
    'Talking about suicide is brave.',
    'It was a brave decision to talk about her suicide attempt on TV.',
    "I've written my goodbye letter. sorry to whoever finds it",
    'Romeo and Juliet is such a tragic play.',
    'The killer struck without warning, the police said.',
    'People who show no signs can still be thinking about suicide.'
  ]
  for (const text of valid) it(`silent: ${text}`, () => expectSilent(text))
})

describe('sensationalizing: glamour and heroism of the act', () => {
  // praise aimed at the suicide itself, in a post about someone who died
  const invalid: Invalid[] = [
    {text: 'He was so brave to end his life on his own terms.', spans: ['so brave to end his life']},
    {text: 'Taking her own life was the bravest thing she ever did.', spans: ['Taking her own life was the bravest thing she ever did']},
    {text: 'RIP king, you went out on your own terms. took his own life at 27', spans: ['went out on your own terms']},
    {text: 'She died by suicide at 22. A hero for ending it.', spans: ['A hero for ending it']},
    {text: 'what he did was heroic honestly. he killed himself rather than go back to prison', spans: ['what he did was heroic']},
    {text: "There's something beautiful about how she chose to go. She took her own life in the spring.", spans: ['something beautiful about how she chose to go']},
    {text: 'He took his own life. The bravest man I knew, went out on his own terms.', spans: ['went out on his own terms']},
    {text: 'Honestly it took guts to do what he did. RIP, he died by suicide last week.', spans: ['took guts to do what he did']},
    {text: 'her suicide was the most courageous act of her life', spans: ['her suicide was the most courageous act']},
    {text: "At least he's free now. He took his own life on Sunday.", spans: ["At least he's free"]},
    {text: 'Ending his own life was a brave choice and I respect it. He died by suicide last spring.', spans: ['Ending his own life was a brave choice']},
    {text: "I'll always respect her for taking her own life instead of suffering.", spans: ['respect her for taking her own life']},
    {text: "honestly he's a legend for going through with it. RIP bro, killed himself at 19", spans: ['a legend for going through with it']},
    {text: 'Her brave decision to end her life should be respected. She died by suicide on Tuesday.', spans: ['brave decision to end her life']},
    {text: 'There was something poetic about the way he went. He ended his life at the lighthouse he loved.', spans: ['something poetic about the way he went']},
    {text: "We lost him to suicide last year. What he did was the bravest thing I've ever seen.", spans: ['What he did was the bravest thing']},
    {text: 'Kurt went out on his own terms. Suicide at 27, the club nobody should join.', spans: ['went out on his own terms']},
    {text: "she left this world on her own terms and i think that's beautiful. she took her own life last night", spans: ['left this world on her own terms']},
    {text: 'My friend died by suicide. People keep saying she was so courageous to go through with it and it makes me sick.', spans: ['so courageous to go through with it']},
    {text: 'r.i.p. you were a real one for doing what you did. took his own life sunday', spans: ['a real one for doing what you did']}
  ]
  for (const c of invalid) it(`fires: ${c.text}`, () => expectFires(c))

  const valid = [
    // a survivor's or a bereaved person's courage
    'She was so brave to ask for help after her attempt.',
    "He is brave to keep going after his brother's suicide.",
    'My friend survived a suicide attempt and she is the bravest person I know.',
    'It took courage for Sam to tell us about his suicide attempt. We are so proud of him for speaking up.',
    "It took courage to do what she did, speaking at the inquest into her son's suicide.",
    "What he did was brave. He stood up at the memorial and spoke about his son's suicide.",
    'What she did was brave: she called 999 when her friend tried to take her own life.',
    'My sister attempted suicide and survived; she is a hero for speaking about it at schools.',
    'It was brave of her to share her suicide attempt story with the class.',
    "I'm proud of him for getting help after his suicide attempt.",
    'Talking about my dad\'s suicide took real courage, and I am proud of myself.',
    'Grief update: two years since Dad took his own life. I am proud of myself for getting through the anniversary.',
    'It takes courage to talk about your suicidal thoughts.',
    'My brother died by suicide. He was brave, kind and funny, and I am proud of him.',
    // rescuers, other brave acts
    'Firefighters were heroic in pulling him from the river.',
    'He was a hero for pulling a stranger off the bridge. That man had tried to end his life.',
    'She was a hero to everyone at the fire station. She died in the line of duty last week.',
    'She was so brave for going through chemo, and so brave to do it with a smile.',
    'a brave suicide prevention campaigner was honoured by the town',
    'Mental health awareness: asking for help is brave. Suicide prevention starts with a conversation.',
    // ending a relationship or a job
    "She was brave to end it with him. Her brother's suicide last year changed how she saw everything.",
    'ending it with my ex was the bravest thing I ever did',
    'Leaving that job was the bravest thing she ever did, and she is thriving.',
    // "own terms" about retirement, illness and assisted dying
    'Federer went out on his own terms, and what a career it was.',
    'He retired on his own terms after 20 years at the club.',
    'She lived on her own terms and died of cancer on her own terms at the hospice.',
    'my grandad went out on his own terms, refused the chemo and passed at home',
    'My dad chose to die on his own terms through assisted dying after his cancer came back.',
    'My mum has been so brave through chemo. She wants to go out on her own terms, at home with us.',
    // the praise denied
    'I don\'t think suicide is brave, I think it\'s a tragedy.',
    'Nobody is a hero for ending it. He died by suicide and we miss him every day.',
    // the writer's own crisis talk is crisis-signal's business
    'I wish I was brave enough to end it like he did.'
  ]
  for (const text of valid) it(`silent: ${text}`, () => expectSilent(text))
})

describe('sensationalizing: level', () => {
  it('is low priority in a moderator queue', () => {
    const report = checkSync('This suicide epidemic among young men is a national emergency.', {preset: 'moderator'})
    expect(report.messages.filter((m) => m.ruleId === RULE).map((m) => m.level)).toEqual(['low'])
    expect(report.priority).toBe('low')
  })
})

describe('sensationalizing: a rate of people dying, with the hype verb after it', () => {
  it.each([
    ['The rate of young farmers killing themselves has soared since the drought.', 'rate of young farmers killing themselves has soared'],
    ['numbers of students taking their own lives have exploded, says the union', 'numbers of students taking their own lives have exploded']
  ])('flags %j', (text, span) => {
    expect(flaggedSpans('sensationalizing', text)).toEqual([span])
  })

  it.each([
    'The number of young farmers taking their own lives rose by 8% last year.',
    'The number of people who got help after calling the line has soared.'
  ])('leaves %j alone', (text) => {
    expect(flaggedSpans('sensationalizing', text)).toEqual([])
  })
})
