// The phrase index files each shipped pattern under the first keys the build
// stored for it (src/engine/pattern-starts.ts) instead of working them out on
// every start. The stored keys must be exactly those it would work out, and
// dictionaries they were not worked out from must not use them.
import {describe, expect, it} from 'vitest'
import type {CompiledData} from '../../src/engine/compiled.js'
import {firstKeys, secondKeysByFirst} from '../../src/engine/pattern.js'
import {anchorsOf, keyMemos, splitSeconds, splitStarts} from '../../src/engine/pattern-starts.js'
import {createPhraseIndex} from '../../src/engine/phrase-index.js'
import {createMaskMatcher, tokenizeRange, type Token} from '../../src/engine/tokenize.js'
import {compiled, patternStarts} from '../../src/generated/dictionaries.js'

describe('first keys stored by the build', () => {
  it('are, for every word class, the keys the index would work out', () => {
    for (const [name, node] of Object.entries(compiled.classes)) {
      expect(splitStarts(patternStarts.classes[name]!), name).toEqual([...firstKeys(node, compiled)])
    }
  })

  it('are, for every pattern of every rule, the keys the index would work out', () => {
    let patterns = 0
    for (const [id, rule] of Object.entries(compiled.rules)) {
      rule.entries.forEach((entry, e) => entry.patterns.forEach((node, p) => {
        patterns++
        expect(splitStarts(patternStarts.rules[id]![e]![p]!), `${id}/${entry.id} pattern ${p}`).toEqual([...firstKeys(node, compiled)])
      }))
    }
    expect(patterns).toBeGreaterThan(500)
  })

  it('give, for every pattern of every rule, the anchors the index would work out', () => {
    const memos = keyMemos()
    for (const [id, rule] of Object.entries(compiled.rules)) {
      rule.entries.forEach((entry, e) => entry.patterns.forEach((node, p) => {
        const stored = patternStarts.anchors[id]![e]![p]!.map(splitStarts)
        expect(stored, `${id}/${entry.id} pattern ${p}`).toEqual(anchorsOf(node, compiled, memos).map((set) => [...set]))
      }))
    }
  })

  it('give, for every word class, the words that may follow each first word that the index would work out', () => {
    for (const [name, node] of Object.entries(compiled.classes)) {
      expect(splitSeconds(patternStarts.seconds[name]!), name).toEqual(secondKeysByFirst(node, compiled))
    }
  })

  it('are not used for classes they were not worked out from: a class that starts with another word finds it', () => {
    const name = compiled.indexedClasses[0]!
    const changed: CompiledData = {...compiled, classes: {...compiled.classes, [name]: 'zorblefrond'}}
    const words: Token[] = []
    tokenizeRange('zorblefrond', 0, 11, words, createMaskMatcher([]))
    expect(createPhraseIndex(changed, []).scan(words, 'classes').map((hit) => hit.owner)).toContainEqual({kind: 'class', name})
    expect(createPhraseIndex(compiled, []).scan(words, 'classes')).toEqual([])
  })
})
