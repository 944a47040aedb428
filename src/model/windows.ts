// The stretches of a post the scorer reads: each sentence with `window`
// sentences on either side (a short post is one stretch), and the features
// of each, read once per sentence.
import type {Analysis} from '../engine/analyse.js'
import {acceptedHits} from '../engine/hits.js'
import type {PhraseIndex} from '../engine/phrase-index.js'
import {feature, sentenceFeatures, type Feature} from './features.js'
import type {ModelSettings} from './settings.js'

export interface Window {
  /** The sentence the stretch is centred on. */
  center: number
  /** [first, last] sentence indexes. */
  first: number
  last: number
  /** Every feature of the stretch, once each, with where it was first read and in which sentence (shared with the stretches beside it, never copied). */
  features: Feature[]
}

/**
 * The windows centred on `centers` (every sentence when omitted, in order),
 * without two that cover the same sentences, one at a time. Features are read
 * only for the sentences the windows cover, and let go once passed.
 */
export function* windowsOf(analysis: Analysis, classIndex: PhraseIndex, settings: ModelSettings, centers?: number[]): Generator<Window> {
  const count = analysis.sentences.length
  const perSentence = new Map<number, Feature[]>()
  const readings = ruleReadings(analysis)
  const featuresOf = (i: number) => {
    let list = perSentence.get(i)
    if (!list) perSentence.set(i, (list = [...sentenceFeatures(analysis.sentences[i]!, classIndex, settings), ...(readings.get(i) ?? [])]))
    return list
  }
  const seen = new Set<string>()
  for (const center of centers ?? analysis.sentences.map((_, i) => i)) {
    const first = Math.max(0, center - settings.window)
    const last = Math.min(count - 1, center + settings.window)
    const key = first + ':' + last
    if (seen.has(key)) continue
    seen.add(key)
    // by hash: letter n-grams share one name (features.ts `LETTER_GRAM`), and the weights are filed by hash anyway
    const taken = distinctHashes.next()
    const features: Feature[] = []
    // the centre first, so a feature that recurs is credited where the window is centred
    for (const i of [center, ...range(first, last).filter((j) => j !== center)]) {
      for (const f of featuresOf(i)) if (taken.add(f.hash)) features.push(f)
    }
    yield {center, first, last, features}
    // centres come in order: a sentence before this stretch is never read again
    for (const i of perSentence.keys()) if (i < first) perSentence.delete(i)
  }
}

/**
 * A set of 32-bit hashes that is emptied in constant time (`next`), for
 * gathering a stretch's features once each: a stretch holds hundreds, and a
 * moderator's check gathers one stretch per sentence.
 */
class HashSet {
  #hashes = new Int32Array(1024)
  #marks = new Uint32Array(1024)
  #mark = 0
  #size = 0

  next(): this {
    this.#mark++
    this.#size = 0
    if (this.#mark === 0xffffffff) {
      this.#marks.fill(0)
      this.#mark = 1
    }
    return this
  }

  /** Whether `hash` was not in the set (and is now). */
  add(hash: number): boolean {
    if (2 * (this.#size + 1) > this.#hashes.length) this.#grow()
    const mask = this.#hashes.length - 1
    const key = hash | 0
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      if (this.#marks[slot] !== this.#mark) {
        this.#marks[slot] = this.#mark
        this.#hashes[slot] = key
        this.#size++
        return true
      }
      if (this.#hashes[slot] === key) return false
    }
  }

  #grow(): void {
    const hashes = this.#hashes
    const marks = this.#marks
    this.#hashes = new Int32Array(hashes.length * 2)
    this.#marks = new Uint32Array(hashes.length * 2)
    const mask = this.#hashes.length - 1
    for (let i = 0; i < hashes.length; i++) {
      if (marks[i] !== this.#mark) continue
      let slot = hashes[i]! & mask
      while (this.#marks[slot] === this.#mark) slot = (slot + 1) & mask
      this.#marks[slot] = this.#mark
      this.#hashes[slot] = hashes[i]!
    }
  }
}

/** Shared by every check: windowsOf gathers one stretch at a time, to the end, before the next. */
const distinctHashes = new HashSet()

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let i = from; i <= to; i++) out.push(i)
  return out
}

/**
 * What the rules' patterns made of each sentence: `h:<rule>` where a pattern
 * matched, `a:<rule>` where the match also passed its gates, `n:<rule>`
 * where the gates turned every match down. A match its gates turned down
 * (negated, past, an idiom, a joke) is what a lookalike looks like, and the
 * scorer learns so.
 */
function ruleReadings(analysis: Analysis): Map<number, Feature[]> {
  const out = new Map<number, Feature[]>()
  const add = (sentence: number, name: string, start: number, end: number) => {
    const list = out.get(sentence) ?? []
    if (!list.some((f) => f.name === name)) list.push(feature(name, start, end, sentence))
    out.set(sentence, list)
  }
  for (const [rule, hits] of analysis.hits) {
    if (hits.length === 0) continue
    for (const hit of hits) add(hit.sentence.index, 'h:' + rule, hit.sentence.words[hit.start]!.start, hit.sentence.words[hit.end - 1]!.end)
    for (const hit of acceptedHits(analysis, rule, undefined)) add(hit.sentence.index, 'a:' + rule, hit.sentence.words[hit.start]!.start, hit.sentence.words[hit.end - 1]!.end)
  }
  // its own feature: a sum of weights cannot read "h: without a:"
  for (const [sentence, list] of out) {
    for (const f of list) {
      // the n: features pushed while walking the list are walked too, and skipped
      if (f.name[0] !== 'h') continue
      const rule = f.name.slice(2)
      if (!list.some((g) => g.name === 'a:' + rule)) list.push(feature('n:' + rule, f.start, f.end, sentence))
    }
  }
  return out
}
