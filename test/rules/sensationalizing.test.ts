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

describe('sensationalizing: level', () => {
  it('is low priority in a moderator queue', () => {
    const report = checkSync('This suicide epidemic among young men is a national emergency.', {preset: 'moderator'})
    expect(report.messages.filter((m) => m.ruleId === RULE).map((m) => m.level)).toEqual(['low'])
    expect(report.priority).toBe('low')
  })
})
