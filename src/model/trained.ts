// The learned weights as the scorer uses them: the hashes of the features'
// names, filed in a hash table for look-up, and one 16-bit weight per feature
// and output, decoded and scaled on first use from the generated module
// (nothing is decoded for a post with no cue).
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
}

export interface Model {
  data: TrainedData
  outputs: string[]
  /** The row of a feature's weights, found by the hash of its name (`hashFeature`), or -1 when the model does not know it. */
  rowOf(hash: number): number
  /** The real weights, row-major (`scaled()[row * outputs.length + o]`): each stored weight times its output's scale. */
  scaled(): Float64Array
  threshold(preset: PresetName, output: string): number | null
}

export function loadModel(data: TrainedData): Model {
  let hashes: Uint32Array | undefined
  let slots: Int32Array | undefined
  let scaled: Float64Array | undefined
  const width = data.outputs.length
  const decode = () => {
    hashes = new Uint32Array(bytesOf(data.hashes).buffer)
    slots = slotsOf(hashes)
    const weights = new Int16Array(bytesOf(data.weights).buffer)
    scaled = Float64Array.from(weights, (w, i) => w * data.scale[i % width]!)
  }
  return {
    data,
    outputs: data.outputs,
    rowOf(hash) {
      if (!slots) decode()
      const mask = slots!.length - 1
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const row = slots![slot]!
        if (row < 0 || hashes![row] === hash) return row
      }
    },
    scaled() {
      if (!scaled) decode()
      return scaled!
    },
    threshold(preset, output) {
      const table = data.thresholds[preset] ?? data.thresholds.writer
      return table?.[output] ?? null
    }
  }
}

/**
 * An open-addressing table from a hash to its row (-1: an empty slot), at
 * most half full, so a look-up takes a probe or two where a binary search of
 * 30,000 hashes takes fifteen; a stretch of a long post looks up hundreds.
 */
function slotsOf(hashes: Uint32Array): Int32Array {
  let size = 2
  while (size < hashes.length * 2) size *= 2
  const slots = new Int32Array(size).fill(-1)
  hashes.forEach((hash, row) => {
    let slot = hash & (size - 1)
    while (slots[slot] !== -1) slot = (slot + 1) & (size - 1)
    slots[slot] = row
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
