// The stretches the scorer reads: each sentence with its neighbours, every
// feature once, credited to the sentence the stretch is centred on.
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {hashFeature} from '../../src/model/features.js'
import {modelClassIndex} from '../../src/model/active.js'
import {modelSettings} from '../../src/model/settings.js'
import {windowsOf} from '../../src/model/windows.js'
import {processorFor} from '../../src/processor.js'
import {checkSync} from '../../src/index.js'

function analysisOf(text: string) {
  const processor = processorFor({preset: 'moderator'})
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return file.data.safepostAnalysis!
}

describe('the stretches of a post', () => {
  it('holds a word that recurs in neighbouring sentences once, where the stretch is centred', () => {
    const windows = [...windowsOf(analysisOf('So tired. So tired again. So tired.'), modelClassIndex(), modelSettings)]
    expect(windows.map((w) => [w.first, w.center, w.last])).toEqual([
      [0, 0, 1],
      [0, 1, 2],
      [1, 2, 2]
    ])
    const tired = windows[1]!.features.filter((f) => f.hash === hashFeature('w:tired'))
    expect(tired).toHaveLength(1)
    expect(tired[0]!.sentence).toBe(1)
  })

  it('gathers every distinct feature of a long stretch once (thousands of them)', () => {
    const words = Array.from({length: 600}, (_, i) => 'word' + i.toString(36) + 'x').join(' ')
    const analysis = analysisOf(`${words}. Then ${words} again. Nothing else.`)
    const [first] = windowsOf(analysis, modelClassIndex(), modelSettings)
    const hashes = first!.features.map((f) => f.hash)
    expect(hashes.length).toBeGreaterThan(4000)
    expect(new Set(hashes).size).toBe(hashes.length)
    // the second sentence adds only what the first lacks ("then", "again" and their runs)
    expect(first!.features.filter((f) => f.sentence === 1).map((f) => f.name)).toEqual(expect.arrayContaining(['w:then', 'w:again']))
    expect(first!.features.some((f) => f.sentence === 1 && f.name === 'w:word0x')).toBe(false)
  })
})

describe("what the rules' patterns made of each sentence", () => {
  const names = (text: string) => [...windowsOf(analysisOf(text), modelClassIndex(), modelSettings)].map((w) => w.features.filter((f) => /^[han]:crisis-signal$/.test(f.name) && f.sentence === w.center).map((f) => f.name).sort())

  it('reads a match its gates accepted as h: and a:', () => {
    expect(names('I want to die.')).toEqual([['a:crisis-signal', 'h:crisis-signal']])
  })

  it('reads a match its gates turned down (negated, past) as h: and n:, which a linear model could not make of h: and a:', () => {
    expect(names("I don't want to die.")).toEqual([['h:crisis-signal', 'n:crisis-signal']])
    expect(names('I used to want to die.')).toEqual([['h:crisis-signal', 'n:crisis-signal']])
  })

  it('reads nothing of the rule where no pattern matched', () => {
    expect(names('I want to go to the beach.')).toEqual([[]])
  })
})

describe('the word classes the scorer reads', () => {
  const featureNames = (text: string) => [...windowsOf(analysisOf(text), modelClassIndex(), modelSettings)].flatMap((w) => w.features.map((f) => f.name))

  it('leaves out the classes model.yml lists as unread: only a gate reads them', () => {
    expect([...modelSettings.unreadClasses]).toContain('method-detail/height-purpose')
    const names = featureNames('We jumped off the pier for a swim every summer, for a laugh.')
    expect(names).toContain('c:method-detail/leisure')
    for (const unread of modelSettings.unreadClasses) expect(names.some((name) => name.includes(unread))).toBe(false)
  })

  it('while the gates still read them', () => {
    const report = checkSync('We jumped off the bridge into the sea every summer, for a laugh.', {preset: 'writer'})
    expect(report.messages.filter((m) => m.ruleId === 'method-detail')).toEqual([])
  })
})
