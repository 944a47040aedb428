import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {afterAll, describe, expect, it} from 'vitest'
import {compileDictionaries} from '../../src/compile/index.js'
import {analyse} from '../../src/engine/analyse.js'
import {acceptedHits} from '../../src/engine/rule.js'
import {createPhraseIndex} from '../../src/engine/phrase-index.js'
import type {CompiledData} from '../../src/engine/compiled.js'
import {dictionaryFolder, removeTemporaryFolders} from '../temporary-folders.js'

afterAll(removeTemporaryFolders)
const dir = dictionaryFolder({
  'demo.yml': `rule: demo
classes:
  adverb: [really, just, so, genuinely]
  die-target: [die, "end it all", "{kill} myself"]
entries:
  - {id: wish, match: ["<self-subject> <adverb>? (want to|wanna) <die-target>"], reason: A wish to die., source: MFs, when: {negation: skip, time: not-past}}
  - {id: weight, match: ["#num<50 (kg|kgs)"], reason: A low weight., source: BEAT}
  - {id: gap, match: ["{take} ...3 pills"], reason: Taking pills., source: HLsh}
  - {id: cutter-label, match: ["{cutter:n}"], except: ["(box|cookie) _", "_ blade"], reason: A label for a person., source: LP, when: {person: not-self}}
  - {id: masked, match: ["~suicide"], reason: A masked spelling., source: ALGO}
  - {id: tagged, match: ["#thinspo"], reason: A community tag., source: PROED}
  - {id: punct, match: ["im done . goodbye"], reason: A farewell post., source: CSSRS}
  - {id: focused, match: ["{see} (my|a) {doctor:n}"], focus: "{doctor:n}", reason: Only the noun is reported., source: MFmi}
`
})
const data = compileDictionaries(dir) as CompiledData
const index = createPhraseIndex(data, ['demo'])
const parser = unified().use(retextEnglish)

function hits(text: string): string[] {
  const analysis = analyse(parser.parse(text) as never, text, index)
  return acceptedHits(analysis, 'demo', {}).map((h) => `${h.entry.id}:${text.slice(h.sentence.words[h.start]!.start, h.sentence.words[h.end - 1]!.end)}`)
}

describe('pattern matcher', () => {
  it('matches classes, optional words and multi-word class members', () => {
    expect(hits('i really want to die')).toEqual(['wish:i really want to die'])
    expect(hits('so tired, i wanna end it all')).toEqual(['wish:i wanna end it all'])
    expect(hits('I genuinely want to kill myself')).toEqual(['wish:I genuinely want to kill myself'])
  })

  it('skips negated and past statements when the entry says so', () => {
    expect(hits("i don't want to die")).toEqual([])
    expect(hits('i never want to die')).toEqual([])
    expect(hits('i used to want to die, not anymore')).toEqual([])
  })

  it('compares numbers and reads glued units', () => {
    expect(hits('down to 41kg and then 45 kgs')).toEqual(['weight:41kg', 'weight:45 kgs'])
    expect(hits('the box weighs 70 kg')).toEqual([])
  })

  it('bridges a bounded gap of words, never punctuation', () => {
    expect(hits('she took about thirty pills')).toEqual(['gap:took about thirty pills'])
    expect(hits('she took a lot, of pills')).toEqual([])
    expect(hits('he took a lot of the other pills')).toEqual([])
  })

  it('honours except patterns on either side of the match', () => {
    expect(hits('my friend is a cutter')).toEqual(['cutter-label:cutter'])
    expect(hits('the box cutter slipped')).toEqual([])
    expect(hits('a cutter blade')).toEqual([])
    expect(hits('the cutters at school')).toEqual(['cutter-label:cutters'])
  })

  it('skips first-person self-description for person: not-self', () => {
    expect(hits("I'm a cutter and I'm not ashamed")).toEqual([])
    expect(hits('As a cutter, I know the looks you get')).toEqual([])
    expect(hits('As a cutter, she knew the looks')).toEqual(['cutter-label:cutter'])
  })

  it('lets a project allow an entry by its id or by the phrase', () => {
    const text = 'my friend is a cutter'
    const analysis = analyse(parser.parse(text) as never, text, index)
    expect(acceptedHits(analysis, 'demo', {allow: ['cutter-label']})).toEqual([])
    expect(acceptedHits(analysis, 'demo', {allow: ['Cutter']})).toEqual([])
    expect(acceptedHits(analysis, 'demo', {allow: ['wish']})).toHaveLength(1)
  })

  it('reads a possessive noun as singular', () => {
    const analysis = analyse(parser.parse("the cutter's friend") as never, "the cutter's friend", index)
    expect(acceptedHits(analysis, 'demo', {}).map((h) => h.form)).toEqual(['sing'])
  })

  it('matches masked spellings only through ~word, and hashtags only through #tag', () => {
    expect(hits('s*icide is not a dirty word')).toEqual(['masked:s*icide'])
    expect(hits('suicide is not a dirty word')).toEqual([])
    expect(hits('#thinspo and thinspo')).toEqual(['tagged:#thinspo'])
  })

  it('keeps emoji from breaking a match and lets patterns name punctuation', () => {
    expect(hits('i really 😭 want to die')).toEqual(['wish:i really 😭 want to die'])
    expect(hits("i'm done. goodbye")).toEqual(["punct:i'm done. goodbye"])
  })

  it('reports only the focus of a match, with the form the focus matched', () => {
    expect(hits('we saw my doctors today')).toEqual(['focused:doctors'])
    expect(hits('I see a doctor on Mondays')).toEqual(['focused:doctor'])
    expect(hits('the doctors saw me')).toEqual([])
    const text = 'she was seeing my doctors'
    const [hit] = acceptedHits(analyse(parser.parse(text) as never, text, index), 'demo', {})
    expect(hit?.form).toBe('plural')
  })

  it('does work proportional to the input, not to the number of phrases', () => {
    const long = 'i want to '.repeat(2000) + 'die'
    const start = performance.now()
    expect(hits(long).length).toBe(1)
    expect(performance.now() - start).toBeLessThan(5000)
  })
})
