// Trained weights -> the TrainedData the core reads (src/model/trained.ts):
// near-zero weights pruned, the rest stored as 16-bit integers with a scale
// per output, filed under the FNV hash of the feature's name; the same for
// the wide reading, with each term's idf.
import {loadModel} from '../../dist/src/model/trained.js'
import {bestStretches} from '../../dist/src/model/score.js'
import {modelSettings} from '../../dist/src/model/settings.js'
import {OUTPUTS} from './corpus.mjs'

/** Weights smaller than this (in every output) are dropped: they move no score that matters. */
const PRUNE = 0.002

export function pack(trained, {thresholds = {}, hands, posts, wide}) {
  const table = packTable(trained, OUTPUTS.map((_, o) => o))
  return {
    version: 1,
    outputs: OUTPUTS,
    hashes: table.hashes,
    weights: table.weights,
    scale: table.scale,
    bias: [...trained.bias].map((b) => Number(b.toPrecision(6))),
    thresholds,
    trainedOn: {posts, hands, features: table.rows},
    wide: packWide(wide)
  }
}

/** The wide reading's weights (scripts/model/wide.mjs), for the outputs model.yml mixes it into, with each term's idf. */
function packWide(trained) {
  const columns = OUTPUTS.map((_, o) => o).filter((o) => modelSettings.wide.mix[OUTPUTS[o]] > 0)
  const table = packTable(trained, columns)
  const idfScale = Math.max(...trained.idf) / 65535
  const idf = Uint16Array.from(table.rowsKept, (f) => Math.round(trained.idf[f] / idfScale))
  return {
    outputs: columns.map((o) => OUTPUTS[o]),
    hashes: table.hashes,
    idf: Buffer.from(idf.buffer).toString('base64'),
    idfScale: Number(idfScale.toPrecision(8)),
    weights: table.weights,
    scale: table.scale,
    bias: columns.map((o) => Number(trained.bias[o].toPrecision(6))),
    terms: table.rows
  }
}

/**
 * Some columns of trained weights as the core stores them: rows whose weights
 * are all near zero dropped, the rest filed under their feature's hash (the
 * vocabulary of both readings is its features' hashes, sorted), 16-bit with a
 * scale per column. `rowsKept`: per stored row, its trained row.
 */
function packTable(trained, columns) {
  const width = OUTPUTS.length
  const scale = columns.map((o) => {
    let max = 0
    for (let f = 0; f < trained.vocabulary.length; f++) max = Math.max(max, Math.abs(trained.weights[f * width + o]))
    return max / 32767 || 1
  })
  const kept = trained.vocabulary.map((_, f) => f).filter((f) => columns.some((o) => Math.abs(trained.weights[f * width + o]) >= PRUNE))
  const weights = new Int16Array(kept.length * columns.length)
  kept.forEach((f, i) => {
    columns.forEach((o, c) => (weights[i * columns.length + c] = Math.max(-32767, Math.min(32767, Math.round(trained.weights[f * width + o] / scale[c])))))
  })
  return {
    hashes: Buffer.from(Uint32Array.from(kept, (f) => trained.vocabulary[f]).buffer).toString('base64'),
    weights: Buffer.from(weights.buffer).toString('base64'),
    scale: scale.map((s) => Number(s.toPrecision(6))),
    rows: kept.length,
    rowsKept: kept
  }
}

const models = new WeakMap()

/** Each output's best score over the stretches a check for this audience would read (the core's gates, on the stretches read once per post). */
export function postScores(data, post, audience) {
  let model = models.get(data)
  if (!model) models.set(data, (model = loadModel(data)))
  const {reading} = post
  const every = modelSettings.everySentenceFor.includes(audience)
  const {reach} = modelSettings.wide
  const wideAt = (center) => reading.terms.slice(Math.max(0, center - reach), center + reach + 1)
  const best = bestStretches(model, modelSettings, audience, reading.windows.filter((w) => every || reading.cueClass[w.center]), wideAt)
  return Object.fromEntries(OUTPUTS.map((o) => [o, best.get(o)?.score ?? 0]))
}
