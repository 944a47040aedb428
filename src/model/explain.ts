// Turns a score into what a moderator can check: the sentence that carried
// it, and the few stretches of words that weighed most.
import type {Model} from './trained.js'
import {contributions, type OutputScore} from './score.js'
import {modelSettings} from './settings.js'

export interface Explanation {
  /** Index of the sentence of the stretch whose words added most to the score. */
  sentence: number
  /** The words that weighed most, as written, strongest first. */
  cues: string[]
}

const MAX_CUES = 3

export function explain(model: Model, text: string, score: OutputScore): Explanation {
  const parts = contributions(model, score.window, score.output)
  // features read at the same words (a word, its letters, its class) weigh together
  const byRange = new Map<string, {start: number; end: number; value: number}>()
  // the stretch is scored as a whole, but the message points at one sentence: the one whose own words added most
  const bySentence = new Map<number, number>()
  for (const {feature, value} of parts) bySentence.set(feature.sentence, (bySentence.get(feature.sentence) ?? 0) + value)
  let sentence = score.window.center
  for (const [index, value] of bySentence) if (value > (bySentence.get(sentence) ?? -Infinity)) sentence = index
  for (const {feature, value} of parts) {
    if (feature.name.startsWith('f:')) continue // a sentence-wide flag is not a cue one can point at
    const key = feature.start + ':' + feature.end
    const range = byRange.get(key)
    if (range) range.value += value
    else byRange.set(key, {start: feature.start, end: feature.end, value})
  }
  const cues: string[] = []
  const taken: Array<[number, number]> = []
  for (const r of [...byRange.values()].filter((r) => r.value > 0).sort((a, b) => b.value - a.value || a.start - b.start)) {
    if (taken.some(([s, e]) => s < r.end && e > r.start)) continue
    const words = text.slice(r.start, r.end)
    if (modelSettings.plainWords.has(words.toLowerCase().replace(/['’]/g, ''))) continue
    taken.push([r.start, r.end])
    cues.push(words)
    if (cues.length === MAX_CUES) break
  }
  return {sentence, cues}
}
