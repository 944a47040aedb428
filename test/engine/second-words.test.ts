// The phrase index passes over a pattern, or a word class, at a word when the
// next word cannot go on with any of its phrases that open with that word
// (`secondKeysByFirst`). That shortcut must never cost a hit: every built-in
// pattern and every word class is run the long way here, at every word of
// every post in corpus/, and each match is checked against the shortcut.
import {readdirSync, readFileSync} from 'node:fs'
import {afterAll, describe, expect, it} from 'vitest'
import {compileDictionaries} from '../../src/compile/index.js'
import type {CompiledData} from '../../src/engine/compiled.js'
import {secondKeysByFirst} from '../../src/engine/pattern.js'
import {compiled} from '../../src/generated/dictionaries.js'
import {dictionaryFolder, removeTemporaryFolders} from '../temporary-folders.js'
import {builtInPatterns, forEachMatch} from './every-match.js'

afterAll(removeTemporaryFolders)

/** A word class of the demo dictionary below, and what it demands of the word after each first word. */
function secondWords(phrases: string[]): Record<string, string[] | null> | null {
  const folder = dictionaryFolder({'demo.yml': `rule: demo\nclasses:\n  demo: ${JSON.stringify(phrases)}\nentries:\n  - {id: x, match: [zzz], reason: A demonstration phrase., source: MFs}\n`})
  const data = compileDictionaries(folder) as CompiledData
  const byFirst = secondKeysByFirst(data.classes['demo/demo']!, data)
  return byFirst && Object.fromEntries([...byFirst].map(([first, second]) => [first, second && [...second].sort()]))
}

describe('the words a phrase needs after its first', () => {
  it('are read per first word, through alternations and optional words', () => {
    expect(secondWords(['(im|i am) (so)? done', 'hopeless', 'no way out', '(the)? urge is strong'])).toEqual({im: ['done', 'so'], i: ['am'], hopeless: null, no: ['way'], the: ['urge'], urge: ['is']})
  })

  it('are anything at all where a phrase of one word opens with the same word', () => {
    expect(secondWords(['i give up', 'i'])).toEqual({i: null})
  })

  it('are not told when a phrase can open with any word', () => {
    expect(secondWords(['... done', 'hopeless'])).toBeNull()
  })
})

describe('second words', () => {
  it('follow the first word of every match of a built-in pattern or word class, so skipping where they do not loses nothing', () => {
    const posts = readdirSync('corpus')
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(`corpus/${f}`, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text as string))
    const patterns = builtInPatterns('all').map((pattern) => ({...pattern, second: secondKeysByFirst(pattern.node, compiled)}))
    expect(patterns.filter((p) => p.second !== null).length).toBeGreaterThan(patterns.length / 2)

    const checked = forEachMatch(posts, patterns.filter((p) => p.second !== null), (pattern, sentence, start, text) => {
      const word = sentence.words[start]!
      const next = sentence.words[start + 1]
      const goesOn = word.keys.some((k) => {
        const second = pattern.second!.get(k)
        return second === null || (second !== undefined && next !== undefined && next.keys.some((n) => second.has(n)))
      })
      expect(goesOn, `${pattern.label} at "${word.text} ${next?.text ?? ''}" in "${text}"`).toBe(true)
    })
    expect(checked).toBeGreaterThan(5000)
  }, 120_000)
})
