// The wide reading: a post's wording taken in whole, mixed into the best
// stretch's score by the share model.yml gives each output. Every post is
// written for this file.
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {checkSync} from '../../src/index.js'
import {trained} from '../../src/generated/model.js'
import {activeModel, modelClassIndex, modelGateIndex, useModel} from '../../src/model/active.js'
import {readForTraining} from '../../src/model/read-for-training.js'
import {scorePost} from '../../src/model/score.js'
import {modelSettings} from '../../src/model/settings.js'
import {countTerms, termValues, wideSums} from '../../src/model/wide.js'
import {hashFeature} from '../../src/model/features.js'
import {processorFor} from '../../src/processor.js'
import type {Audience} from '../../src/engine/compiled.js'

beforeAll(() => useModel(trained))
afterAll(() => useModel(null))

function scores(text: string, audience: Audience) {
  const processor = processorFor({preset: audience === 'moderator' ? 'moderator' : 'writer'})
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return scorePost(file.data.safepostAnalysis!, activeModel()!, modelSettings, modelClassIndex(), modelGateIndex(), audience)
}

describe('what the wide reading reads', () => {
  // a term is known by the hash of its name, folded as it is read
  const named = (...names: string[]) => names.map(hashFeature)
  const [first, second] = readForTraining("I'm done. Goodnight everyone 🖤").terms

  it('reads folded words of two letters or more, alone and in runs of up to four (model.yml word-grams)', () => {
    expect(first!.words).toEqual(named('pw:im', 'pw:im done', 'pw:done'))
    expect(second!.words).toEqual(expect.arrayContaining(named('pw:goodnight everyone 🖤', 'pw:🖤')))
    // four words read "don't want to die" whole, where three stop at "don't want to", the start of a crisis too
    const [terms] = readForTraining("I don't want to die anymore").terms
    expect(terms!.words).toEqual(expect.arrayContaining(named('pw:dont want to die', 'pw:want to die anymore')))
    expect(terms!.words).not.toContain(hashFeature('pw:dont want to die anymore'))
  })

  it('leaves one-letter words out of its word runs', () => {
    const [terms] = readForTraining('I want a break').terms
    expect(terms!.words).toEqual(named('pw:want', 'pw:want break', 'pw:break'))
  })

  it('reads the letters of each word as written, punctuation kept, in runs of three to five', () => {
    const [terms] = readForTraining('ok. done.').terms
    // " ok. " and " done. ", each with a space either side
    const grams = [' ok', ' ok.', ' ok. ', 'ok.', 'ok. ', 'k. ', ' do', ' don', ' done', 'don', 'done', 'done.', 'one', 'one.', 'one. ', 'ne.', 'ne. ', 'e. ']
    expect(terms!.letters).toEqual(named(...grams.map((g) => 'pc:' + g)))
  })

  it('counts a word shorter than three letters with its spaces once, whole', () => {
    const [terms] = readForTraining('I').terms
    expect(terms!.letters).toEqual(named('pc: i '))
  })

  it('counts a term as often as it occurs', () => {
    const counts = countTerms(readForTraining('so tired. so tired. so tired').terms)
    expect(counts.words.get(hashFeature('pw:so tired'))).toBe(3)
  })

  it('scales word terms and letter terms to unit length each', () => {
    const counts = countTerms(readForTraining('nobody would notice').terms)
    const values = termValues(counts, () => 0, () => 1)
    const length = (block: Map<number, number>) => Math.hypot(...values.filter((v) => block.has(v.hash)).map((v) => v.value))
    expect(length(counts.words)).toBeCloseTo(1, 10)
    expect(length(counts.letters)).toBeCloseTo(1, 10)
  })
})

describe('the sums the scorer works out in place', () => {
  it('are, bit for bit, what the training script makes of the same terms with termValues', () => {
    const wide = activeModel()!.wide!
    const width = wide.outputs.length
    for (const text of ["I'm done. Goodnight everyone 🖤 thank you for everything", 'so tired. so tired. so tired', 'Bake the loaf at 220 degrees for forty minutes.']) {
      const terms = readForTraining(text).terms
      const expected = Float64Array.from(wide.bias)
      const weights = wide.weights()
      for (const {key: row, value} of termValues(countTerms(terms), wide.rowOf, wide.idf)) for (let o = 0; o < width; o++) expected[o]! += weights[row * width + o]! * wide.scale[o]! * value
      expect(wideSums(wide, terms)).toEqual(expected)
      // the counts kept between calls start over each time
      expect(wideSums(wide, terms)).toEqual(expected)
    }
  })
})

describe('how it is mixed in', () => {
  it("gives each output the share model.yml says, the best stretch's chance the rest", () => {
    const crisis = scores('gave my dog to the neighbour, it is time', 'moderator').get('crisis-signal')!
    const share = modelSettings.wide.mix['crisis-signal']!
    expect(share).toBeGreaterThan(0)
    expect(crisis.wide).toBeDefined()
    expect(crisis.score).toBeCloseTo((1 - share) * crisis.stretch + share * crisis.wide!, 10)
  })

  it('takes no part where model.yml gives an output no share (method-detail)', () => {
    const method = scores('how many of these tablets would it take', 'moderator').get('method-detail')!
    expect(modelSettings.wide.mix['method-detail'] ?? 0).toBe(0)
    expect(method.wide).toBeUndefined()
    expect(method.score).toBe(method.stretch)
  })

  it('never lifts a stretch the gates held at nothing: a writer\'s "I want to live!" stays silent', () => {
    const crisis = scores('I want to live!', 'writer').get('crisis-signal')
    expect(crisis?.score ?? 0).toBe(0)
  })

  it('is left out by a model trained without it (weights from before the wide reading)', () => {
    const {wide: _, ...older} = trained
    useModel(older)
    try {
      const crisis = scores('gave my dog to the neighbour, it is time', 'moderator').get('crisis-signal')!
      expect(crisis.wide).toBeUndefined()
      expect(crisis.score).toBe(crisis.stretch)
    } finally {
      useModel(trained)
    }
  })
})

describe('a message covers the sentences that carried it', () => {
  const fromModel = (text: string) => checkSync(text, {preset: 'moderator'}).messages.filter((m) => m.ruleId === 'crisis-signal' && m.entryId === 'model')

  it('covers both sentences where the weight sits in two', () => {
    // no rule matches two things given to someone, so the scorer's message is the only one
    const text = "Gave my guitar and my books to my brother this week. Won't be needing them after tonight."
    const [m, ...rest] = fromModel(text)
    expect(rest).toEqual([])
    expect(text.slice(m!.offset, m!.endOffset)).toBe(text)
  })

  it('leaves out an everyday sentence beside them', () => {
    const text = "Gave my guitar and my books to my brother this week. Won't be needing them after tonight. The weather has been lovely."
    const [m] = fromModel(text)
    expect(text.slice(m!.offset, m!.endOffset)).toBe("Gave my guitar and my books to my brother this week. Won't be needing them after tonight.")
  })
})
