// Scores a post: for each output, the best stretch of the post and how much
// each of its features added. A linear model, so the score of a stretch is
// the sum of what its features carry, and that sum is the explanation.
import type {Analysis, Sentence} from '../engine/analyse.js'
import type {PhraseIndex} from '../engine/phrase-index.js'
import type {Model, WideModel} from './trained.js'
import type {Audience} from '../engine/compiled.js'
import {mayScore, type ModelSettings} from './settings.js'
import {termsAround, wideSums, type Terms} from './wide.js'
import {windowsOf, type Window} from './windows.js'

export interface OutputScore {
  output: string
  /** The chance, 0 to 1: the best stretch's, mixed with the wide reading's around it where model.yml says so. */
  score: number
  window: Window
  /** The best stretch's chance alone. */
  stretch: number
  /** The wide reading's chance, where it was mixed in. */
  wide?: number
}

export type PostScores = Map<string, OutputScore>

/**
 * Whether a sentence is worth scoring: it holds a cue class (model.yml
 * `cue-classes`). Most prose holds none, and costs one look-up per word.
 */
export function worthScoring(analysis: Analysis, sentence: Sentence, settings: ModelSettings, gateIndex: PhraseIndex): boolean {
  return analysis.mayHave(sentence, settings.cueClasses) && gateIndex.scan(sentence.words, 'classes', () => sentence.keys).length > 0
}

/**
 * Each output's best stretch for an audience, or an empty map when no
 * sentence is worth scoring. For an audience in `every-sentence-for` every
 * sentence is: a crisis in words no dictionary holds ("i hate it here. and by
 * here i mean alive") is what a moderator has the scorer for.
 */
export function scorePost(analysis: Analysis, model: Model, settings: ModelSettings, classIndex: PhraseIndex, gateIndex: PhraseIndex, audience: Audience): PostScores {
  const every = settings.everySentenceFor.includes(audience)
  const centers = analysis.sentences.filter((s) => every || worthScoring(analysis, s, settings, gateIndex)).map((s) => s.index)
  if (centers.length === 0) return new Map()
  return bestStretches(model, settings, audience, windowsOf(analysis, classIndex, settings, centers), (center) => termsAround(analysis, center, settings.wide))
}

/**
 * Each output's best of these stretches, taken one at a time (a long post
 * never holds all its stretches at once). A rule's score counts only where
 * the stretch holds something of its kind, for the audiences in the rule's
 * `needs-for`. Where the best stretch scored, the wide reading of the
 * sentences around it (`wideAt`: term counts around a centre) is mixed in,
 * by the share model.yml gives each output. The training script scores its
 * stored stretches with it too.
 */
export function bestStretches(model: Model, settings: ModelSettings, audience: Audience, windows: Iterable<Window>, wideAt: (center: number) => Iterable<Terms>): PostScores {
  const scores: PostScores = new Map()
  for (const window of windows) {
    const sums = windowSums(model, window)
    const names = cueNames(window)
    model.outputs.forEach((output, o) => {
      const rule = settings.rules[output]
      const score = rule && !mayScore(rule, audience, names) ? 0 : sigmoid(sums[o]!)
      const best = scores.get(output)
      if (!best || score > best.score) scores.set(output, {output, score, window, stretch: score})
    })
  }
  if (model.wide) mixWide(model.wide, settings, scores, wideAt)
  return scores
}

/** Mix the wide reading into each output that takes it, around its best stretch (read once per centre). */
function mixWide(wide: WideModel, settings: ModelSettings, scores: PostScores, wideAt: (center: number) => Iterable<Terms>): void {
  const byCenter = new Map<number, Float64Array>()
  wide.outputs.forEach((output, o) => {
    const mix = settings.wide.mix[output] ?? 0
    const best = scores.get(output)
    // a stretch gated to 0 (nothing of the rule's kind) stays silent
    if (!best || mix <= 0 || best.stretch <= 0) return
    const center = best.window.center
    let sums = byCenter.get(center)
    if (!sums) byCenter.set(center, (sums = wideSums(wide, wideAt(center))))
    best.wide = sigmoid(sums[o]!)
    best.score = (1 - mix) * best.stretch + mix * best.wide
  })
}

/**
 * The value of each feature of a stretch: each kind of feature (words,
 * letters, classes and flags) is scaled to unit length on its own, so the
 * hundreds of letter n-grams of a long sentence cannot drown its few classes.
 */
export function featureValues(features: ReadonlyArray<{name: string}>): Float64Array {
  countGroups(features)
  const values = Float64Array.from(features, valueOf)
  clearGroups(features)
  return values
}

const WORD = 'w'.charCodeAt(0)
const CLASS = 'c'.charCodeAt(0)
/** The kind a feature is counted with, by the first letter of its name: quoted words with words; flags, crossed flags and rule readings with classes. */
const GROUP = new Uint8Array(128).map((_, code) => code)
GROUP['q'.charCodeAt(0)] = WORD
for (const kind of 'xfhan') GROUP[kind.charCodeAt(0)] = CLASS

function groupOf(name: string): number {
  return GROUP[name.charCodeAt(0) & 127]!
}

/** Per group (`groupOf`), how many features of the stretch being valued fall in it; zeroed again after each stretch. */
const groupCounts = new Uint32Array(128)

function countGroups(features: ReadonlyArray<{name: string}>): void {
  for (let i = 0; i < features.length; i++) groupCounts[groupOf(features[i]!.name)]!++
}

function clearGroups(features: ReadonlyArray<{name: string}>): void {
  for (let i = 0; i < features.length; i++) groupCounts[groupOf(features[i]!.name)] = 0
}

/** A feature's value in the stretch whose groups were counted last. */
function valueOf(feature: {name: string}): number {
  return 1 / Math.sqrt(groupCounts[groupOf(feature.name)]!)
}

/** The logit of each output for one stretch (the values of `featureValues`, worked out in place). */
export function windowSums(model: Model, window: Window): Float64Array {
  const width = model.outputs.length
  const sums = new Float64Array(width)
  const weights = model.weights()
  const scale = model.data.scale
  const features = window.features
  countGroups(features)
  for (let i = 0; i < features.length; i++) {
    const feature = features[i]!
    // a sentence's features are shared by the stretches around it: look each up once per model
    if (feature.rowIn !== model) {
      feature.row = model.rowOf(feature.hash)
      feature.rowIn = model
    }
    const row = feature.row
    if (row < 0) continue
    const value = valueOf(feature)
    for (let o = 0; o < width; o++) sums[o]! += weights[row * width + o]! * scale[o]! * value
  }
  clearGroups(features)
  for (let o = 0; o < width; o++) sums[o]! += model.data.bias[o]!
  return sums
}

/** What each feature of the stretch added to one output's logit. */
export function contributions(model: Model, window: Window, output: string): Array<{feature: Window['features'][number]; value: number}> {
  const o = model.outputs.indexOf(output)
  const width = model.outputs.length
  const values = featureValues(window.features)
  const weights = model.weights()
  const out: Array<{feature: Window['features'][number]; value: number}> = []
  window.features.forEach((feature, i) => {
    const row = model.rowOf(feature.hash)
    if (row >= 0 && weights[row * width + o] !== 0) out.push({feature, value: weights[row * width + o]! * model.data.scale[o]! * values[i]!})
  })
  return out
}

/** The names in a stretch that can be a rule's cue (`holdsCue`): its classes and its rule readings, not its hundreds of words and letters. */
export function cueNames(window: Window): Set<string> {
  const names = new Set<string>()
  for (const {name} of window.features) if ((name[0] === 'c' || name[0] === 'h') && name[1] === ':') names.add(name)
  return names
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}
