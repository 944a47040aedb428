// The wide reading: the sentences around the best stretch taken in as one
// bag of words and letters, each weighed by how often it recurs and how rare
// it is in the posts the scorer learned from (TF-IDF), the way a reader takes
// in a short post whole. The stretch reading sees a sentence and its
// neighbours through word classes and context flags; this one sees the
// wording of the whole post, punctuation and emoji included ("i'm done.",
// "goodnight 🖤"). Measured leaving one hand out, the two together catch
// crises in wording neither catches alone (docs/model.md).
//
// A term is known by the FNV hash of its name (`hashFeature('pw:so tired')`),
// folded letter by letter as it is read, so no term is ever built as a string.
import type {Analysis, Sentence} from '../engine/analyse.js'
import type {Token} from '../engine/tokenize.js'
import {foldHash, foldText, hashFeature, readable, wordName} from './features.js'
import type {WideSettings} from './settings.js'
import type {WideModel} from './trained.js'

/** Word n-gram terms are named `pw:<words>`, letter n-gram terms `pc:<letters>`. */
const WORDS = hashFeature('pw:')
const LETTERS = hashFeature('pc:')
const SPACE = 32

/** The terms of one sentence or more, by hash, each as often as it occurs. */
export interface Terms {
  words: number[]
  letters: number[]
}

/** A word term of a sentence and the [start, end) offsets it was read from. */
export interface PlacedTerm {
  hash: number
  start: number
  end: number
  sentence: number
}

/** The word n-grams (1 to `wordGrams` words) of a sentence's folded words of `minLetters` letters or more, each with the tokens it was read from. */
function visitWordTerms(sentence: Sentence, settings: WideSettings, visit: (hash: number, first: Token, last: Token) => void): void {
  const words: Token[] = []
  const names: string[] = []
  for (const token of sentence.tokens) {
    if (!readable(token)) continue
    const name = wordName(token).slice(2)
    if (name.length < settings.minLetters) continue
    words.push(token)
    names.push(name)
  }
  for (let i = 0; i < words.length; i++) {
    let hash = WORDS
    for (let n = 0; n < settings.wordGrams && i + n < words.length; n++) {
      if (n) hash = foldHash(hash, SPACE)
      hash = foldText(hash, names[i + n]!)
      visit(hash, words[i]!, words[i + n]!)
    }
  }
}

/** The word terms of a sentence, each where it was read (for quoting them). */
export function wordTerms(sentence: Sentence, settings: WideSettings): PlacedTerm[] {
  const out: PlacedTerm[] = []
  visitWordTerms(sentence, settings, (hash, first, last) => out.push({hash, start: first.start, end: last.end, sentence: sentence.index}))
  return out
}

/**
 * The terms of one sentence: its word terms (`wordTerms`), and the letter
 * n-grams of each word as written (lower-cased, a space either side,
 * punctuation kept); a word shorter than the shortest n-gram counts once, whole.
 */
export function sentenceTerms(sentence: Sentence, text: string, settings: WideSettings): Terms {
  const words: number[] = []
  visitWordTerms(sentence, settings, (hash) => words.push(hash))
  const letters: number[] = []
  const [low, high] = settings.charGrams
  for (const word of text.slice(sentence.start, sentence.end).toLowerCase().split(/\s+/)) {
    if (!word) continue
    const padded = ' ' + word + ' '
    if (padded.length < low) letters.push(foldText(LETTERS, padded))
    for (let i = 0; i + low <= padded.length; i++) {
      let hash = LETTERS
      for (let j = i; j < padded.length && j - i < high; j++) {
        hash = foldHash(hash, padded.charCodeAt(j))
        if (j - i + 1 >= low) letters.push(hash)
      }
    }
  }
  return {words, letters}
}

/** How often each term of some sentences occurs. */
export interface TermCounts {
  words: Map<number, number>
  letters: Map<number, number>
}

export function countTerms(lists: Iterable<Terms>): TermCounts {
  const counts: TermCounts = {words: new Map(), letters: new Map()}
  for (const list of lists) {
    for (const h of list.words) counts.words.set(h, (counts.words.get(h) ?? 0) + 1)
    for (const h of list.letters) counts.letters.set(h, (counts.letters.get(h) ?? 0) + 1)
  }
  return counts
}

/** A term's TF-IDF value before scaling: `(1 + ln count) * idf`. */
const tfIdf = (count: number, idf: number): number => (1 + Math.log(count)) * idf

/**
 * The TF-IDF value of each term a model knows, `(1 + ln count) * idf`, with
 * the word terms and the letter terms each scaled to unit length on their
 * own (a long post's hundreds of letter n-grams cannot drown its words).
 * `keyOf` gives a known term's key (a row, an id), or -1.
 */
export function termValues(counts: TermCounts, keyOf: (hash: number) => number, idfOf: (key: number) => number): Array<{hash: number; key: number; value: number}> {
  const out: Array<{hash: number; key: number; value: number}> = []
  for (const block of [counts.words, counts.letters]) {
    const from = out.length
    let squares = 0
    for (const [hash, count] of block) {
      const key = keyOf(hash)
      if (key < 0) continue
      const value = tfIdf(count, idfOf(key))
      out.push({hash, key, value})
      squares += value * value
    }
    const norm = Math.sqrt(squares) || 1
    for (let i = from; i < out.length; i++) out[i]!.value /= norm
  }
  return out
}

/** The terms a model knows, by row, with their values. */
function knownTerms(model: WideModel, counts: TermCounts): Array<{hash: number; key: number; value: number}> {
  return termValues(counts, model.rowOf, model.idf)
}

/**
 * How often each row of a model is read in some terms, counted in place: a
 * post's thousands of letter n-grams, most of them unknown to the model, are
 * looked up once each and never gathered in a map. Rows are kept in the
 * order they were first read, so the sums come out as `termValues` orders
 * them (the same bits, as the training script reads them).
 */
class RowCounts {
  #counts = new Uint32Array(0)
  #rows = new Int32Array(256)
  size = 0

  /** Start over for a model of `rows` rows. */
  reset(rows: number): this {
    if (this.#counts.length < rows) this.#counts = new Uint32Array(rows)
    for (let i = 0; i < this.size; i++) this.#counts[this.#rows[i]!] = 0
    this.size = 0
    return this
  }

  add(row: number): void {
    if (this.#counts[row]!++ > 0) return
    if (this.size === this.#rows.length) {
      const rows = new Int32Array(this.size * 2)
      rows.set(this.#rows)
      this.#rows = rows
    }
    this.#rows[this.size++] = row
  }

  row(i: number): number {
    return this.#rows[i]!
  }

  count(row: number): number {
    return this.#counts[row]!
  }
}

/** Shared by every check: a check scores one centre's sums to the end before the next. */
const wordRows = new RowCounts()
const letterRows = new RowCounts()
let values = new Float64Array(256)

/** The wide reading's logit for each of its outputs, over the terms of these sentences (`termValues`, worked out in place). */
export function wideSums(model: WideModel, sentences: Iterable<Terms>): Float64Array {
  const rows = model.rows
  wordRows.reset(rows)
  letterRows.reset(rows)
  for (const terms of sentences) {
    for (const hash of terms.words) {
      const row = model.rowOf(hash)
      if (row >= 0) wordRows.add(row)
    }
    for (const hash of terms.letters) {
      const row = model.rowOf(hash)
      if (row >= 0) letterRows.add(row)
    }
  }
  const width = model.outputs.length
  const sums = Float64Array.from(model.bias)
  const weights = model.weights()
  for (const block of [wordRows, letterRows]) {
    if (values.length < block.size) values = new Float64Array(block.size * 2)
    let squares = 0
    for (let i = 0; i < block.size; i++) {
      const row = block.row(i)
      const value = tfIdf(block.count(row), model.idf(row))
      values[i] = value
      squares += value * value
    }
    const norm = Math.sqrt(squares) || 1
    for (let i = 0; i < block.size; i++) {
      const row = block.row(i)
      const value = values[i]! / norm
      for (let o = 0; o < width; o++) sums[o]! += weights[row * width + o]! * model.scale[o]! * value
    }
  }
  return sums
}

/** The sentences the wide reading takes in around a centre. */
export function reachOf(analysis: Analysis, center: number, settings: WideSettings): Sentence[] {
  return analysis.sentences.slice(Math.max(0, center - settings.reach), center + settings.reach + 1)
}

/** The terms of the sentences within `reach` of `center`, read from an analysis. */
export function termsAround(analysis: Analysis, center: number, settings: WideSettings): Terms[] {
  return reachOf(analysis, center, settings).map((s) => sentenceTerms(s, analysis.text, settings))
}

/**
 * What each word term around a centre added to one output's logit, at each
 * place it was read (a term read twice shares its value between its places).
 */
export function wideContributions(model: WideModel, analysis: Analysis, center: number, settings: WideSettings, output: string): Array<PlacedTerm & {value: number}> {
  const o = model.outputs.indexOf(output)
  if (o < 0) return []
  const counts = countTerms(termsAround(analysis, center, settings))
  const width = model.outputs.length
  const weights = model.weights()
  const values = new Map<number, number>()
  for (const {hash, key: row, value} of knownTerms(model, {words: counts.words, letters: new Map()})) {
    values.set(hash, (weights[row * width + o]! * model.scale[o]! * value) / counts.words.get(hash)!)
  }
  return reachOf(analysis, center, settings)
    .flatMap((s) => wordTerms(s, settings))
    .filter((t) => values.has(t.hash))
    .map((t) => ({...t, value: values.get(t.hash)!}))
}
