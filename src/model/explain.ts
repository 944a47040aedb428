// Turns a score into what a moderator can check: the sentences that carried
// it, and the few stretches of words that weighed most.
import type {Analysis} from '../engine/analyse.js'
import type {Model} from './trained.js'
import {contributions, type OutputScore} from './score.js'
import {modelSettings} from './settings.js'
import {wideContributions} from './wide.js'

export interface Explanation {
  /**
   * The sentences the message covers: the one of the stretch whose words
   * pushed the score up most, and each neighbour in the stretch that pushed
   * it up by at least `point-share` (model.yml) of that.
   */
  first: number
  last: number
  /** The sentence whose words pushed the score up most. */
  top: number
  /** The words that weighed most, as written, strongest first. */
  cues: string[]
}

const MAX_CUES = 3

export function explain(model: Model, analysis: Analysis, score: OutputScore): Explanation {
  const {text} = analysis
  // each reading's parts weigh by the share of the score it gives
  const mix = score.wide === undefined || !model.wide ? 0 : (modelSettings.wide.mix[score.output] ?? 0)
  const parts: Array<{feature: {name: string; start: number; end: number; sentence: number}; value: number}> = contributions(model, score.window, score.output).map((p) => ({feature: p.feature, value: p.value * (1 - mix)}))
  if (mix > 0) {
    for (const t of wideContributions(model.wide!, analysis, score.window.center, modelSettings.wide, score.output)) {
      // the message points into the stretch, so only terms read there are quoted
      if (t.sentence >= score.window.first && t.sentence <= score.window.last) parts.push({feature: {name: 'pw', start: t.start, end: t.end, sentence: t.sentence}, value: t.value * mix})
    }
  }
  // features read at the same words (a word, its letters, its class) weigh together
  const byRange = new Map<string, {start: number; end: number; value: number}>()
  // the stretch is scored as a whole, but the message points at the sentence whose own words pushed the score up most
  // (what pulled it down, such as help-seeking words, does not make a sentence less the one that carried it)
  const bySentence = new Map<number, number>()
  for (const {feature, value} of parts) if (value > 0) bySentence.set(feature.sentence, (bySentence.get(feature.sentence) ?? 0) + value)
  let sentence = score.window.center
  for (const [index, value] of bySentence) if (value > (bySentence.get(sentence) ?? -Infinity)) sentence = index
  // a post's weight often sits in two sentences ("got the pills counted out. taking them at midnight"): cover both
  const top = bySentence.get(sentence) ?? 0
  const carries = (i: number) => top > 0 && (bySentence.get(i) ?? 0) >= top * modelSettings.pointShare
  let first = sentence
  let last = sentence
  while (first > score.window.first && carries(first - 1)) first--
  while (last < score.window.last && carries(last + 1)) last++
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
  return {first, last, top: sentence, cues}
}
