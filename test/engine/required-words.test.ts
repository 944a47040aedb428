// The phrase index passes over a pattern when the sentence lacks a word the
// pattern cannot match without (`requiredKeys`). That shortcut must never
// cost a hit: here every built-in pattern is run the long way, with no
// shortcut, over real posts, and each match is checked against the words
// the shortcut demands.
import {existsSync, readFileSync} from 'node:fs'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {describe, expect, it} from 'vitest'
import {analyse} from '../../src/engine/analyse.js'
import type {PatternNode} from '../../src/engine/compiled.js'
import {compileMatcher, firstKeys, requiredKeys, type Linker, type Matcher} from '../../src/engine/pattern.js'
import {createPhraseIndex} from '../../src/engine/phrase-index.js'
import {compiled} from '../../src/generated/dictionaries.js'

const DEV_SET = '../shared/eval/dev.jsonl'

const matchers = new Map<string, Matcher>()
const linker: Linker = {
  data: compiled,
  classMatcher: (name) => {
    let m = matchers.get(name)
    if (!m) matchers.set(name, (m = compileMatcher(compiled.classes[name]!, linker)))
    return m
  }
}

interface Pattern {
  label: string
  match: Matcher
  required: Array<Set<string>>
}

/** Every pattern of every rule and every indexed class, filed by the words it can start with. */
function patternsByFirstWord(): Map<string, Pattern[]> {
  const byKey = new Map<string, Pattern[]>()
  const add = (label: string, node: PatternNode) => {
    const pattern = {label, match: compileMatcher(node, linker), required: requiredKeys(node, compiled)}
    for (const key of firstKeys(node, compiled)) byKey.set(key, [...(byKey.get(key) ?? []), pattern])
  }
  for (const rule of Object.values(compiled.rules)) for (const entry of rule.entries) entry.patterns.forEach((node) => add(`${rule.rule}/${entry.id}`, node))
  for (const name of compiled.indexedClasses) add(`<${name}>`, compiled.classes[name]!)
  return byKey
}

describe.skipIf(!existsSync(DEV_SET))('required words', () => {
  it('appear in every sentence a built-in pattern matches, so skipping sentences without them loses nothing', () => {
    const posts = readFileSync(DEV_SET, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text as string)
    const byKey = patternsByFirstWord()
    const index = createPhraseIndex(compiled, Object.keys(compiled.rules))
    const parser = unified().use(retextEnglish)
    let matches = 0
    for (const text of posts) {
      for (const sentence of analyse(parser.parse(text) as never, text, index).sentences) {
        sentence.words.forEach((word, start) => {
          const tried = new Set<Pattern>()
          for (const key of word.keys) for (const pattern of byKey.get(key) ?? []) {
            if (tried.has(pattern)) continue
            tried.add(pattern)
            let matched = false
            pattern.match(sentence.words, start, undefined, (end) => (matched ||= end > start))
            if (!matched) continue
            matches++
            const missing = pattern.required.filter((set) => ![...set].some((k) => sentence.keys.has(k)))
            expect(missing.map((set) => [...set].slice(0, 5)), `${pattern.label} in "${text}"`).toEqual([])
          }
        })
      }
    }
    expect(matches).toBeGreaterThan(300)
  })
})
