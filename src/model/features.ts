// What the trained scorer reads of a sentence: word 1-3-grams and character
// 3-5-grams of the folded words, the dictionaries' word classes, the context
// flags, and each flag crossed with each class ("used to" x <want>), so that
// "i used to want to die" and "my friend wants to die" learn weights of their
// own. Every feature remembers where it was read, so a score can be explained
// by the words that carried it.
import type {Sentence} from '../engine/analyse.js'
import type {PhraseIndex} from '../engine/phrase-index.js'
import type {Token} from '../engine/tokenize.js'
import type {ModelSettings} from './settings.js'

/** One feature of a sentence: its name, the [start, end) offsets in the text it was read from, and the sentence's index. */
export interface Feature {
  name: string
  /** `hashFeature(name)`, taken once: the stretches around a sentence share its features and look each up. */
  hash: number
  start: number
  end: number
  sentence: number
  /** The model `row` was looked up in (null: none yet), and the feature's row of weights there (-1: unknown to it). */
  rowIn: object | null
  row: number
}

export function feature(name: string, start: number, end: number, sentence: number, hash = hashFeature(name)): Feature {
  return {name, hash, start, end, sentence, rowIn: null, row: -1}
}

/**
 * The name every letter n-gram carries: a sentence holds hundreds of them, so
 * each is known by its hash alone, folded letter by letter (`hashFeature('g:' + letters)`)
 * without building the string.
 */
export const LETTER_GRAM = 'g:'
const LETTER_GRAM_HASH = hashFeature(LETTER_GRAM)

const NUMBER = 'w:#n'

/** The tokens the scorer reads as words: prose, tags, numbers and emoji, not code, links or handles. */
export function readable(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'tag' || token.kind === 'num' || token.kind === 'emoji'
}

export function wordName(token: Token): string {
  if (token.kind === 'num') return NUMBER
  if (token.kind === 'tag') return 'w:#' + token.norm
  return 'w:' + token.norm
}

/** Every feature of one sentence, first occurrence of each name (of each hash, for letter n-grams) only. */
export function sentenceFeatures(sentence: Sentence, classIndex: PhraseIndex, settings: ModelSettings): Feature[] {
  const seen = new Map<string | number, Feature>()
  const add = (name: string, start: number, end: number) => {
    if (!seen.has(name)) seen.set(name, feature(name, start, end, sentence.index))
  }
  const addGram = (hash: number, start: number, end: number) => {
    if (!seen.has(hash)) seen.set(hash, feature(LETTER_GRAM, start, end, sentence.index, hash))
  }
  const words = sentence.tokens.filter(readable)
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!
    const wa = wordName(a)
    add(wa, a.start, a.end)
    if (a.literal) add('q:' + wa.slice(2), a.start, a.end)
    const b = words[i + 1]
    if (b) {
      const wb = wordName(b)
      add(wa + ' ' + wb.slice(2), a.start, b.end)
      const c = words[i + 2]
      if (c) add(wa + ' ' + wb.slice(2) + ' ' + wordName(c).slice(2), a.start, c.end)
    }
    if (a.kind === 'word' || a.kind === 'tag') charGrams(a, settings, addGram)
  }

  // the scorer's own scan over every word class it reads (the rules' index holds only what their gates ask about)
  const classes = new Map<string, [number, number]>()
  for (const hit of classIndex.scan(sentence.words, 'classes', () => sentence.keys)) {
    if (hit.owner.kind !== 'class' || classes.has(hit.owner.name)) continue
    classes.set(hit.owner.name, [sentence.words[hit.start]!.start, sentence.words[hit.end - 1]!.end])
  }
  const flags = flagsOf(sentence, classes, settings)
  for (const flag of flags) add('f:' + flag, sentence.start, sentence.end)
  for (const [name, [start, end]] of classes) {
    add('c:' + name, start, end)
    for (const flag of flags) add('x:' + flag + '|' + name, start, end)
  }
  return [...seen.values()]
}

function charGrams(token: Token, settings: ModelSettings, add: (hash: number, start: number, end: number) => void): void {
  const padded = '<' + token.norm + '>'
  const [low, high] = settings.charGrams
  for (let n = low; n <= high; n++) {
    for (let i = 0; i + n <= padded.length; i++) {
      let hash = LETTER_GRAM_HASH
      for (let k = i; k < i + n; k++) hash = foldHash(hash, padded.charCodeAt(k))
      add(hash, token.start, token.end)
    }
  }
}

/** The context flags of a sentence, each raised by the classes, marks or quoting model.yml names for it. */
function flagsOf(sentence: Sentence, classes: ReadonlyMap<string, unknown>, settings: ModelSettings): string[] {
  const flags: string[] = []
  for (const [flag, test] of Object.entries(settings.flags)) {
    if (
      test.classes?.some((c) => classes.has(c)) ||
      (test.marks && sentence.words.some((w) => w.kind === 'punct' && test.marks!.includes(w.norm))) ||
      (test.quoted && sentence.words.some((w) => w.literal && w.kind === 'word'))
    ) {
      flags.push(flag)
    }
  }
  return flags
}

/** FNV-1a, 32 bits: a feature's name as the number its weight is filed under. */
export function hashFeature(name: string): number {
  return foldText(0x811c9dc5, name)
}

/** One more character folded into an FNV-1a hash: `hashFeature(a + b)` is `foldText(hashFeature(a), b)`, so a name's hash can be read without building the name. */
export function foldHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) >>> 0
}

export function foldText(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = foldHash(hash, text.charCodeAt(i))
  return hash
}
