// The learned weights as the scorer uses them: the hashes of the features'
// names, filed in a hash table for look-up, and one 16-bit weight per feature
// and output, decoded on first use from the generated module (nothing is
// decoded for a post with no cue). Two such tables: the stretch reading's and
// the wide reading's (src/model/wide.ts), which also keeps each term's rarity.
import type {PresetName} from '../types.js'

/** What scripts/model/train.mjs writes into src/generated/model.ts. */
export interface TrainedData {
  version: 1
  /** Rule ids, then `priority:<level>`, in weight order. */
  outputs: string[]
  /** Base64 of the sorted Uint32 hashes of the kept features. */
  hashes: string
  /** Base64 of Int16 weights, feature-major: weights[f * outputs.length + o]. */
  weights: string
  /** Per output: a stored weight times its scale is the real weight. */
  scale: number[]
  bias: number[]
  /** Per preset and output: the score at or above which it counts (null: never). */
  thresholds: Partial<Record<PresetName, Record<string, number | null>>>
  /** What it was trained on, for the docs and the report of `npm run train`. */
  trainedOn: {posts: number; hands: string[]; features: number}
  /** The wide reading's weights, for the outputs model.yml mixes it into. */
  wide?: TrainedWide
}

/** The wide reading (src/model/wide.ts) as trained: a term's rarity and its weights, filed like the stretch's. */
export interface TrainedWide {
  outputs: string[]
  /** Base64 of the sorted Uint32 hashes of the kept terms. */
  hashes: string
  /** Base64 of Uint16 inverse document frequencies, one per term; one times `idfScale` is the real one. */
  idf: string
  idfScale: number
  /** Base64 of Int16 weights, term-major. */
  weights: string
  scale: number[]
  bias: number[]
  terms: number
}

/** The wide reading's weights as the scorer uses them. */
export interface WideModel {
  outputs: string[]
  /** How many terms (rows) it knows. */
  rows: number
  rowOf(hash: number): number
  /** A term's inverse document frequency, by row. */
  idf(row: number): number
  weights(): Int16Array
  scale: number[]
  bias: number[]
}

export interface Model {
  data: TrainedData
  outputs: string[]
  /** The row of a feature's weights, found by the hash of its name (`hashFeature`), or -1 when the model does not know it. */
  rowOf(hash: number): number
  /** The stored weights, row-major (`weights()[row * outputs.length + o]`); one times `data.scale[o]` is the real weight. */
  weights(): Int16Array
  threshold(preset: PresetName, output: string): number | null
  /** Null for a model trained without the wide reading. */
  wide: WideModel | null
}

export function loadModel(data: TrainedData): Model {
  const table = tableOf(data.hashes, data.weights)
  return {
    data,
    outputs: data.outputs,
    rowOf: table.rowOf,
    weights: table.weights,
    wide: data.wide ? loadWide(data.wide) : null,
    threshold(preset, output) {
      const table = data.thresholds[preset] ?? data.thresholds.writer
      return table?.[output] ?? null
    }
  }
}

function loadWide(data: TrainedWide): WideModel {
  const table = tableOf(data.hashes, data.weights)
  let idf: Uint16Array | undefined
  return {
    outputs: data.outputs,
    rows: data.terms,
    rowOf: table.rowOf,
    weights: table.weights,
    idf: (row) => (idf ??= new Uint16Array(bytesOf(data.idf).buffer))[row]! * data.idfScale,
    scale: data.scale,
    bias: data.bias
  }
}

/** Hashes and weights, decoded on first use. */
function tableOf(hashes: string, weightBytes: string): {rowOf(hash: number): number; weights(): Int16Array} {
  let slots: Int32Array | undefined
  let weights: Int16Array | undefined
  const decode = () => {
    slots = slotsOf(new Uint32Array(bytesOf(hashes).buffer))
    weights = new Int16Array(bytesOf(weightBytes).buffer)
  }
  return {
    rowOf(hash) {
      if (!slots) decode()
      const mask = (slots!.length >> 1) - 1
      const key = hash | 0
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const row = slots![2 * slot + 1]!
        if (row < 0 || slots![2 * slot] === key) return row
      }
    },
    weights() {
      if (!weights) decode()
      return weights!
    }
  }
}

/**
 * An open-addressing table from a hash to its row, at most half full, each
 * slot a (hash, row) pair side by side (row -1: empty), so a look-up reads one
 * place in memory, where a binary search of 30,000 hashes reads fifteen; a
 * stretch of a long post looks up hundreds.
 */
function slotsOf(hashes: Uint32Array): Int32Array {
  let size = 2
  while (size < hashes.length * 2) size *= 2
  const slots = new Int32Array(2 * size)
  for (let slot = 0; slot < size; slot++) slots[2 * slot + 1] = -1
  hashes.forEach((hash, row) => {
    let slot = hash & (size - 1)
    while (slots[2 * slot + 1] !== -1) slot = (slot + 1) & (size - 1)
    slots[2 * slot] = hash | 0
    slots[2 * slot + 1] = row
  })
  return slots
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const VALUES = new Uint8Array(128)
for (let i = 0; i < BASE64.length; i++) VALUES[BASE64.charCodeAt(i)] = i

/** Base64 to bytes, in a fresh buffer aligned for typed arrays; our own, so it needs no global of any host. */
function bytesOf(base64: string): Uint8Array {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  const bytes = new Uint8Array((base64.length / 4) * 3 - padding)
  let at = 0
  for (let i = 0; i < base64.length; i += 4) {
    const n = (VALUES[base64.charCodeAt(i)]! << 18) | (VALUES[base64.charCodeAt(i + 1)]! << 12) | (VALUES[base64.charCodeAt(i + 2)]! << 6) | VALUES[base64.charCodeAt(i + 3)]!
    if (at < bytes.length) bytes[at++] = n >> 16
    if (at < bytes.length) bytes[at++] = (n >> 8) & 255
    if (at < bytes.length) bytes[at++] = n & 255
  }
  return bytes
}
