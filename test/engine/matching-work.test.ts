// Matching must stay linear in the length of the input, whatever a post
// holds: a dictionary pattern that could branch too much is refused when it
// is compiled, and the work of the matcher (counted, not timed) grows in
// step with the input on crafted worst cases.
import {afterAll, describe, expect, it} from 'vitest'
import {compileDictionaries} from '../../src/compile/index.js'
import {checkSync} from '../../src/index.js'
import {matcherWork} from '../../src/engine/pattern.js'
import type {CompiledData} from '../../src/types.js'
import {dictionaryFolder, removeTemporaryFolders} from '../temporary-folders.js'

afterAll(removeTemporaryFolders)

function projectDictionary(match: string): CompiledData {
  const dir = dictionaryFolder({
    'mental-illness-stigma.yml': `rule: mental-illness-stigma
entries:
  - id: house-slow
    match: [${JSON.stringify(match)}]
    suggest: ["eccentric"]
    fix: choice
    reason: A test entry.
    source: MFmi
`
  })
  return {...(compileDictionaries(dir) as CompiledData), classes: {}, indexedClasses: []}
}

/** Matcher steps spent checking `text`. */
function work(text: string, options: Parameters<typeof checkSync>[1] = {}): number {
  matcherWork.steps = 0
  matcherWork.counting = true
  try {
    checkSync(text, options)
    return matcherWork.steps
  } finally {
    matcherWork.counting = false
  }
}

describe('matching work', () => {
  it('refuses at load a pattern whose gaps and optional parts multiply', () => {
    expect(() => projectDictionary('nutty ...6 ...6 ...6 ...6 ...6 professor')).toThrow(/16807 ways from one word \(most allowed: 5000\)/)
    expect(() => projectDictionary('nutty (big)? (old)? (mad)? ...6 ...6 ...6 ...6 professor')).toThrow(/ways from one word/)
  })

  it('counts nothing when off', () => {
    matcherWork.steps = 0
    checkSync('He committed suicide and I want to die.')
    expect(matcherWork.steps).toBe(0)
  })

  it('stays linear on the costliest pattern allowed, fed the input that makes it branch most', () => {
    const dictionaries = [projectDictionary('nutty ...6 ...6 ...6 ...6 professor')] // 7^4 = 2401 ways
    // "professor" at the end, so the sentence passes the index's required-word check and every "nutty" branches
    const post = (words: number) => Array.from({length: words}, () => 'nutty').join(' ') + ' professor'
    const small = work(post(200), {dictionaries})
    const large = work(post(400), {dictionaries})
    expect(small).toBeGreaterThan(200 * 1000) // the crafted input really is the worst case
    expect(large / small).toBeLessThan(2.1)
    expect(large / 400).toBeLessThan(5000 * 4) // bounded per word by the limit
  })

  it('does not try a pattern in a sentence that lacks a word it cannot match without', () => {
    const dictionaries = [projectDictionary('nutty ...6 ...6 ...6 ...6 professor')]
    const nutty = Array.from({length: 200}, () => 'nutty').join(' ')
    expect(work(nutty, {dictionaries})).toBe(0)
    expect(work(nutty + ' professor', {dictionaries})).toBeGreaterThan(200 * 1000)
    // the required word may stand anywhere in the sentence, but not in the next one
    expect(work('professor ' + nutty, {dictionaries})).toBeGreaterThan(200 * 1000)
    expect(work(nutty + '. The professor', {dictionaries})).toBeLessThan(1000)
  })

  it('stays linear on the built-in dictionaries over words that start many patterns, in one endless sentence', () => {
    const words = 'i want to kill myself and die tonight i will take all my pills committed suicide so ocd starve eat 500 calories #thinspo s*icide'.split(' ')
    const post = (count: number) => Array.from({length: count}, (_, n) => words[n % words.length]).join(' ')
    for (const preset of ['writer', 'moderator'] as const) {
      const small = work(post(1500), {preset})
      const large = work(post(3000), {preset})
      expect(small).toBeGreaterThan(1500)
      expect(large / small).toBeLessThan(2.2)
    }
  })
})
