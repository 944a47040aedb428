// The trained scorer beside the rules: posts the rules miss and the scorer
// reads, how its messages look, and lookalikes it must leave alone. Every
// post is written for this file; none comes from the corpus it learned from.
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {trained} from '../../src/generated/model.js'
import {useModel} from '../../src/model/active.js'
import type {CheckOptions, ReportMessage} from '../../src/types.js'

beforeAll(() => useModel(trained))
afterAll(() => useModel(null))

const MODERATOR: CheckOptions = {preset: 'moderator'}
const WRITER: CheckOptions = {preset: 'writer'}

const fromModel = (text: string, options: CheckOptions, rule = 'crisis-signal'): ReportMessage[] =>
  checkSync(text, options).messages.filter((m) => m.ruleId === rule && m.entryId === 'model')

describe('the scorer reads crises the rules have no pattern for (moderator)', () => {
  // each post, the words the message must cover, and the rules alone find no crisis in it
  const posts = [
    // no word of a dictionary's crisis classes: a moderator's scorer reads every sentence
    {text: "can't see any point in waking up tomorrow", covers: 'any point in waking up'},
    {text: 'going up to the bridge tonight, nobody will even notice', covers: 'nobody will even notice'},
    {text: 'not sure how much longer i can keep doing this', covers: 'keep doing this'},
    {text: "everyone will be better off soon, i've made my peace with it", covers: 'better off soon'}
  ]
  for (const {text, covers} of posts) {
    it(`flags "${text}"`, () => {
      useModel(null)
      try {
        expect(checkSync(text, MODERATOR).messages.filter((m) => m.ruleId === 'crisis-signal')).toEqual([])
      } finally {
        useModel(trained)
      }
      const [m, ...rest] = fromModel(text, MODERATOR)
      expect(rest).toEqual([])
      const at = text.indexOf(covers)
      expect(m!.offset).toBeLessThanOrEqual(at)
      expect(m!.endOffset).toBeGreaterThanOrEqual(at + covers.length)
      expect(m!.severity).toBe('error')
      expect(m!.message).toMatch(/^Reads as a possible crisis .* the words that weighed most: ".+"/)
      expect(['high', 'urgent']).toContain(m!.level)
      expect(m!.expected).toEqual([])
      expect(m!.fix).toBeUndefined()
      expect(['high', 'urgent']).toContain(checkSync(text, MODERATOR).priority)
    })
  }
})

describe('a rule hit stands as it is', () => {
  it('adds nothing to a rule that fired', () => {
    const messages = checkSync('i want to die tonight', MODERATOR).messages.filter((m) => m.ruleId === 'crisis-signal')
    expect(messages.map((m) => m.entryId)).not.toContain('model')
    expect(messages.length).toBeGreaterThan(0)
  })
  it('adds nothing over the sentences a rule already flagged', () => {
    const text = 'I want to die. Anyway, my cat is fine and the weather is lovely.'
    const messages = checkSync(text, MODERATOR).messages.filter((m) => m.ruleId === 'crisis-signal')
    expect(messages.map((m) => text.slice(m.offset, m.endOffset))).toEqual(['I want to die'])
  })
  it("points a moderator at the crisis a rule's message does not cover", () => {
    const text = "Long day. I keep saying I'm done with everything. Tonight I'm taking all of my mum's tablets, I've counted 40, and I'm not waking up."
    const messages = checkSync(text, MODERATOR).messages.filter((m) => m.ruleId === 'crisis-signal')
    expect(messages.map((m) => [m.entryId, text.slice(m.offset, m.endOffset)])).toEqual([
      ['no-reason-to-live', "I'm done with everything"],
      ['model', "Tonight I'm taking all of my mum's tablets, I've counted 40, and I'm not waking up."]
    ])
    // a writer gets the rule's support once, not a second pointer
    expect(checkSync(text, WRITER).messages.filter((m) => m.ruleId === 'crisis-signal' && m.entryId === 'model')).toEqual([])
  })
  it('reads no crisis into a sentence a rule read as hyperbole', () => {
    const text = "honestly if the bus is late again i'm going to kill myself 😂"
    for (const options of [MODERATOR, WRITER]) {
      const messages = checkSync(text, options).messages
      expect(messages.some((m) => m.ruleId === 'trivializing')).toBe(true)
      expect(messages.filter((m) => m.ruleId === 'crisis-signal')).toEqual([])
    }
  })
  it('never lowers the level a rule gave', () => {
    const text = "I've got the pills. Tonight I'm done."
    useModel(null)
    const rulesAlone = checkSync(text, MODERATOR).priority
    useModel(trained)
    expect(rulesAlone).toBe('urgent')
    expect(checkSync(text, MODERATOR).priority).toBe('urgent')
  })
})

describe('it points at the sentence that carried the score', () => {
  it('marks the sentence of a crisis, not the everyday sentences beside it', () => {
    const text = 'Long week at work, the car failed its MOT too. Everybody at home would be better off if I just stopped being around. Anyway, off to bed.'
    const [m, ...rest] = fromModel(text, MODERATOR)
    expect(rest).toEqual([])
    expect(text.slice(m!.offset, m!.endOffset)).toBe('Everybody at home would be better off if I just stopped being around.')
  })
})

describe('the words it quotes are the post\'s own', () => {
  it('quotes only words that stand in the post', () => {
    const text = 'not sure how much longer i can keep doing this'
    const [m] = fromModel(text, MODERATOR)
    const quoted = [...m!.message.matchAll(/"([^"]+)"/g)].map((q) => q[1]!)
    expect(quoted.length).toBeGreaterThan(0)
    for (const q of quoted) expect(text).toContain(q)
  })
})

describe('writers are met with support, never a score', () => {
  it('shows the support text instead of what the scorer read, with no level', () => {
    const text = 'not sure how much longer i can keep doing this'
    const [m, ...rest] = fromModel(text, WRITER)
    expect(rest).toEqual([])
    expect(m!.message).toMatch(/going through a lot/)
    expect(m!.message).not.toMatch(/scorer|%|weighed/)
    expect(m!.severity).toBe('info')
    expect(m!.level).toBeUndefined()
    expect(checkSync(text, WRITER).priority).toBe('none')
  })
})

describe('lookalikes the scorer leaves alone', () => {
  // no cue of a crisis at all, whatever the first person says: a writer's draft
  // needs one for the scorer to speak. A moderator's scorer reads every
  // sentence and does flag some of these (docs/model.md, what it can get wrong).
  for (const text of ['I want to live!', 'I want to go home and sleep for a week']) {
    it(`is silent on "${text}" for writers`, () => {
      expect(checkSync(text, WRITER).messages.filter((m) => m.entryId === 'model')).toEqual([])
    })
  }

  const everyPreset = [
    'At 17 I decided how I would end my life. I am 34 now, I run a peer group on Thursdays, and I am glad every day that I stayed.',
    'We have got the rope ready for the tug of war on sports day',
    // technical and everyday prose
    'Kill the process and restart the server; the old build died at midnight.',
    'Our sourdough starter died over the holidays, so we are beginning again tomorrow.',
    'The battery died on the way home, so I walked the last mile.'
  ]
  for (const text of everyPreset) {
    it(`is silent on "${text}" for moderators and writers`, () => {
      for (const options of [MODERATOR, WRITER]) {
        expect(checkSync(text, options).messages.filter((m) => m.entryId === 'model')).toEqual([])
      }
    })
  }

  // a moderator's scorer reads every sentence: plans, goodbyes and giving
  // things away in their everyday sense must still draw nothing from it
  const everyday = [
    'see you all tomorrow, goodnight everyone',
    'Tomorrow is my final exam and then I\'m free',
    'Giving all my baby clothes to my sister now that she\'s expecting',
    'cleared out my locker today, new school in September',
    'Thanks everyone for the lovely retirement send-off, I\'ll miss you all'
  ]
  for (const text of everyday) {
    it(`leaves the everyday "${text}" at priority none for a moderator`, () => {
      const report = checkSync(text, MODERATOR)
      expect(report.messages.filter((m) => m.entryId === 'model')).toEqual([])
      expect(report.priority).toBe('none')
    })
  }

  // what it still gets wrong, kept here so that a model that stops doing so
  // shows it (and the post moves to the list above); docs/model.md says why
  const stillFlagged = [
    // "plan" and "tonight" weigh more than the bath and the book, in both readings
    'my plan for tonight: bath, book, bed',
    // "had enough of this" reads as giving up, whatever "this" is
    "I've had enough of this rain"
  ]
  for (const text of stillFlagged) {
    it(`still flags the everyday "${text}" for a moderator (a known false alarm)`, () => {
      expect(checkSync(text, MODERATOR).messages.filter((m) => m.entryId === 'model').map((m) => m.ruleId)).toContain('crisis-signal')
      expect(checkSync(text, WRITER).messages.filter((m) => m.entryId === 'model')).toEqual([])
    })
  }

  // a survivor telling their story, years later, is not a current crisis
  const survivors = [
    'At 17 I decided how I would end my life. I am 34 now, I run a peer group on Thursdays, and I am glad every day that I stayed.',
    'For years I believed no one would miss me if I was gone. Therapy and my sister proved me wrong, and this spring I finished my nursing degree.'
  ]
  for (const text of survivors) {
    it(`does not raise "${text.slice(0, 40)}..." to high`, () => {
      const report = checkSync(text, MODERATOR)
      expect(['none', 'low', 'medium']).toContain(report.priority)
    })
  }

  // ordinary peer support and everyday talk draw no crisis pointer for a writer
  const peerSupport = [
    'how much longer is this meeting going to run, I have a train at six',
    'Sending you so much love tonight. You do not have to figure it all out at once; ring the helpline if it gets too heavy.',
    'We talked about self-harm at the meetup and shared the numbers for the local crisis team.',
    'Two years since my brother died by suicide. We planted a tree for him and the kids painted stones.'
  ]
  for (const text of peerSupport) {
    it(`gives a writer no crisis message for "${text.slice(0, 40)}..."`, () => {
      expect(checkSync(text, WRITER).messages.filter((m) => m.ruleId === 'crisis-signal')).toEqual([])
    })
  }
})

describe('a project can switch the scorer off', () => {
  it('allows the entry `model`', () => {
    const text = 'not sure how much longer i can keep doing this'
    expect(fromModel(text, MODERATOR).length).toBe(1)
    expect(fromModel(text, {...MODERATOR, allow: ['model']})).toEqual([])
  })
})
