// What the tests of the phrase index's shortcuts share: every built-in
// pattern and word class compiled to run the long way, with no shortcut, and
// every match of each at every word of every sentence of some posts, so a
// test can check each match against what a shortcut demands of it.
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {analyse, type Sentence} from '../../src/engine/analyse.js'
import type {PatternNode} from '../../src/engine/compiled.js'
import {compileMatcher, firstKeys, type Linker, type Matcher} from '../../src/engine/pattern.js'
import {createPhraseIndex} from '../../src/engine/phrase-index.js'
import {compiled} from '../../src/generated/dictionaries.js'

export interface BuiltInPattern {
  label: string
  node: PatternNode
  match: Matcher
  first: Set<string>
}

const matchers = new Map<string, Matcher>()
const linker: Linker = {
  data: compiled,
  classMatcher: (name) => {
    let m = matchers.get(name)
    if (!m) matchers.set(name, (m = compileMatcher(compiled.classes[name]!, linker)))
    return m
  }
}

/** Every pattern of every rule, and the word classes: the indexed ones (what the rules' index scans) or all of them (what the scorer's scans). */
export function builtInPatterns(classes: 'indexed' | 'all'): BuiltInPattern[] {
  const patterns: BuiltInPattern[] = []
  const add = (label: string, node: PatternNode) => patterns.push({label, node, match: compileMatcher(node, linker), first: firstKeys(node, compiled)})
  for (const rule of Object.values(compiled.rules)) for (const entry of rule.entries) entry.patterns.forEach((node) => add(`${rule.rule}/${entry.id}`, node))
  for (const name of classes === 'all' ? Object.keys(compiled.classes) : compiled.indexedClasses) add(`<${name}>`, compiled.classes[name]!)
  return patterns
}

/** Calls `visit` for each pattern that matches at a word of a sentence of one of the posts (once per pattern and word); returns how many. */
export function forEachMatch<P extends BuiltInPattern>(posts: string[], patterns: P[], visit: (pattern: P, sentence: Sentence, start: number, text: string) => void): number {
  const index = createPhraseIndex(compiled, Object.keys(compiled.rules))
  const parser = unified().use(retextEnglish)
  let matches = 0
  for (const text of posts) {
    for (const sentence of analyse(parser.parse(text) as never, text, index).sentences) {
      sentence.words.forEach((word, start) => {
        for (const pattern of patterns) {
          if (!word.keys.some((k) => pattern.first.has(k))) continue
          let matched = false
          pattern.match(sentence.words, start, undefined, (end) => (matched ||= end > start))
          if (!matched) continue
          matches++
          visit(pattern, sentence, start, text)
        }
      })
    }
  }
  return matches
}
