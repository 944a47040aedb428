// Trained weights -> the TrainedData the core reads (src/model/trained.ts):
// near-zero weights pruned, the rest stored as 16-bit integers with a scale
// per output, filed under the FNV hash of the feature's name.
import {hashFeature} from '../../dist/src/model/features.js'
import {loadModel} from '../../dist/src/model/trained.js'
import {bestStretches} from '../../dist/src/model/score.js'
import {modelSettings} from '../../dist/src/model/settings.js'
import {OUTPUTS} from './corpus.mjs'

/** Weights smaller than this (in every output) are dropped: they move no score that matters. */
const PRUNE = 0.002

export function pack(trained, {thresholds = {}, hands, posts}) {
  const width = OUTPUTS.length
  const scale = OUTPUTS.map((_, o) => {
    let max = 0
    for (let f = 0; f < trained.vocabulary.length; f++) max = Math.max(max, Math.abs(trained.weights[f * width + o]))
    return max / 32767 || 1
  })
  const byHash = new Map()
  trained.vocabulary.forEach((name, f) => {
    const row = trained.weights.subarray(f * width, f * width + width)
    if (!row.some((w) => Math.abs(w) >= PRUNE)) return
    const h = hashFeature(name)
    const sum = byHash.get(h) ?? new Float64Array(width)
    for (let o = 0; o < width; o++) sum[o] += row[o]
    byHash.set(h, sum)
  })
  const sorted = [...byHash.keys()].sort((a, b) => a - b)
  const hashes = Uint32Array.from(sorted)
  const weights = new Int16Array(sorted.length * width)
  sorted.forEach((h, i) => {
    const row = byHash.get(h)
    for (let o = 0; o < width; o++) weights[i * width + o] = Math.max(-32767, Math.min(32767, Math.round(row[o] / scale[o])))
  })
  return {
    version: 1,
    outputs: OUTPUTS,
    hashes: Buffer.from(hashes.buffer).toString('base64'),
    weights: Buffer.from(weights.buffer).toString('base64'),
    scale: scale.map((s) => Number(s.toPrecision(6))),
    bias: [...trained.bias].map((b) => Number(b.toPrecision(6))),
    thresholds,
    trainedOn: {posts, hands, features: sorted.length}
  }
}

const models = new WeakMap()

/** Each output's best score over the stretches a check for this audience would read (the core's gates, on the stretches read once per post). */
export function postScores(data, post, audience) {
  let model = models.get(data)
  if (!model) models.set(data, (model = loadModel(data)))
  const {reading} = post
  const every = modelSettings.everySentenceFor.includes(audience)
  const best = bestStretches(model, modelSettings, audience, reading.windows.filter((w) => every || reading.cueClass[w.center]))
  return Object.fromEntries(OUTPUTS.map((o) => [o, best.get(o)?.score ?? 0]))
}
