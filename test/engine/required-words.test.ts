// The phrase index passes over a pattern when the sentence lacks a word the
// pattern cannot match without (`requiredKeys`). That shortcut must never
// cost a hit: here every built-in pattern is run the long way, with no
// shortcut, over real posts, and each match is checked against the words
// the shortcut demands.
import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {requiredKeys} from '../../src/engine/pattern.js'
import {compiled} from '../../src/generated/dictionaries.js'
import {builtInPatterns, forEachMatch} from './every-match.js'

const DEV_SET = '../shared/eval/dev.jsonl'

describe.skipIf(!existsSync(DEV_SET))('required words', () => {
  it('appear in every sentence a built-in pattern matches, so skipping sentences without them loses nothing', () => {
    const posts = readFileSync(DEV_SET, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text as string)
    const patterns = builtInPatterns('indexed').map((pattern) => ({...pattern, required: requiredKeys(pattern.node, compiled)}))
    const matches = forEachMatch(posts, patterns, (pattern, sentence, _start, text) => {
      const missing = pattern.required.filter((set) => ![...set].some((k) => sentence.keys.has(k)))
      expect(missing.map((set) => [...set].slice(0, 5)), `${pattern.label} in "${text}"`).toEqual([])
    })
    expect(matches).toBeGreaterThan(300)
  })
})
