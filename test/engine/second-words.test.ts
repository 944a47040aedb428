// The phrase index passes over a pattern, or a word class, at a word when the
// next word cannot go on with any of its phrases that open with that word
// (`secondKeysByFirst`). That shortcut must never cost a hit: every built-in
// pattern and every word class is run the long way here, at every word of
// every post in corpus/, and each match is checked against the shortcut.
import {readdirSync, readFileSync} from 'node:fs'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {afterAll, describe, expect, it} from 'vitest'
import {compileDictionaries} from '../../src/compile/index.js'
import {analyse} from '../../src/engine/analyse.js'
import type {CompiledData, PatternNode} from '../../src/engine/compiled.js'
import {compileMatcher, firstKeys, secondKeysByFirst, type Linker, type Matcher} from '../../src/engine/pattern.js'
import {createPhraseIndex} from '../../src/engine/phrase-index.js'
import {compiled} from '../../src/generated/dictionaries.js'
import {dictionaryFolder, removeTemporaryFolders} from '../temporary-folders.js'

afterAll(removeTemporaryFolders)

function linkerFor(data: CompiledData): Linker {
  const matchers = new Map<string, Matcher>()
  const linker: Linker = {
    data,
    classMatcher: (name) => {
      let m = matchers.get(name)
      if (!m) matchers.set(name, (m = compileMatcher(data.classes[name]!, linker)))
      return m
    }
  }
  return linker
}

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
    const linker = linkerFor(compiled)
    const patterns: Array<{label: string; node: PatternNode; match: Matcher; first: Set<string>; second: ReturnType<typeof secondKeysByFirst>}> = []
    const add = (label: string, node: PatternNode) => patterns.push({label, node, match: compileMatcher(node, linker), first: firstKeys(node, compiled), second: secondKeysByFirst(node, compiled)})
    for (const rule of Object.values(compiled.rules)) for (const entry of rule.entries) entry.patterns.forEach((node) => add(`${rule.rule}/${entry.id}`, node))
    for (const [name, node] of Object.entries(compiled.classes)) add(`<${name}>`, node)
    expect(patterns.filter((p) => p.second !== null).length).toBeGreaterThan(patterns.length / 2)

    const index = createPhraseIndex(compiled, Object.keys(compiled.rules))
    const parser = unified().use(retextEnglish)
    let checked = 0
    for (const text of posts) {
      for (const sentence of analyse(parser.parse(text) as never, text, index).sentences) {
        sentence.words.forEach((word, start) => {
          for (const pattern of patterns) {
            if (pattern.second === null || !word.keys.some((k) => pattern.first.has(k))) continue
            let matched = false
            pattern.match(sentence.words, start, undefined, (end) => (matched ||= end > start))
            if (!matched) continue
            checked++
            const next = sentence.words[start + 1]
            const goesOn = word.keys.some((k) => {
              const second = pattern.second!.get(k)
              return second === null || (second !== undefined && next !== undefined && next.keys.some((n) => second.has(n)))
            })
            expect(goesOn, `${pattern.label} at "${word.text} ${next?.text ?? ''}" in "${text}"`).toBe(true)
          }
        })
      }
    }
    expect(checked).toBeGreaterThan(5000)
  }, 120_000)
})
