// Logistic regression over sparse binary features, one output per rule or
// level, trained with AdaGrad in a seeded order: the same corpus and
// settings always give the same weights.
import {featureValues} from '../../dist/src/model/score.js'
import {OUTPUTS} from './corpus.mjs'

/** A seeded generator (mulberry32), so the shuffles are the same on every run. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The training examples of some posts: every stretch and every sentence alone, its features as ids
 * (features seen in fewer than `minPosts` posts are left out), and per output
 * 1, 0 or -1 (not learned from).
 */
export function examplesOf(posts, minPosts) {
  const postCount = new Map()
  for (const post of posts) {
    const hashes = new Set()
    for (const w of post.reading.windows) for (const f of w.features) hashes.add(f.hash)
    for (const h of hashes) postCount.set(h, (postCount.get(h) ?? 0) + 1)
  }
  // features are known by their hashes (letter n-grams have no name of their own: src/model/features.ts)
  const vocabulary = [...postCount].filter(([, n]) => n >= minPosts).map(([hash]) => hash).sort((a, b) => a - b)
  const ids = new Map(vocabulary.map((hash, i) => [hash, i]))
  const examples = []
  for (const post of posts) {
    for (const windows of [post.reading.windows, post.reading.singles]) for (let w = 0; w < windows.length; w++) {
      const window = windows[w]
      const labels = new Int8Array(OUTPUTS.length)
      OUTPUTS.forEach((output, o) => {
        const label = post.labels[output]
        if (label === null) labels[o] = -1
        else if (!label.positive) labels[o] = 0
        else labels[o] = w === anchorWindow(windows, label.anchor) ? 1 : -1
      })
      const all = featureValues(window.features)
      const known = window.features.map((f, i) => [ids.get(f.hash) ?? -1, all[i]]).filter(([id]) => id >= 0)
      examples.push({features: Int32Array.from(known, ([id]) => id), values: Float64Array.from(known, ([, v]) => v), labels})
    }
  }
  return {vocabulary, examples}
}

/** The stretch a label is learned from: of those holding its sentence, the one centred nearest it. */
function anchorWindow(windows, anchor) {
  let best = -1
  let distance = Infinity
  windows.forEach((w, i) => {
    if (anchor < w.first || anchor > w.last) return
    const d = Math.abs(w.center - anchor)
    if (d < distance) {
      distance = d
      best = i
    }
  })
  return best
}

/** Train every output at once; returns real-valued weights (feature-major) and biases. */
export function train({vocabulary, examples}, settings) {
  const width = OUTPUTS.length
  const weights = new Float64Array(vocabulary.length * width)
  const squares = new Float64Array(vocabulary.length * width)
  const bias = new Float64Array(width)
  const biasSquares = new Float64Array(width)
  // positives are rare: weigh them up, by the square root of the imbalance, up to `positive-weight`
  const positiveWeight = new Float64Array(width)
  for (let o = 0; o < width; o++) {
    let pos = 0
    let neg = 0
    for (const e of examples) {
      if (e.labels[o] === 1) pos++
      else if (e.labels[o] === 0) neg++
    }
    positiveWeight[o] = pos ? Math.min(settings['positive-weight'], Math.sqrt(neg / pos)) : 1
  }
  const next = random(settings.seed)
  const order = examples.map((_, i) => i)
  const {rate, l2} = settings
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    for (const index of order) {
      const {features, values, labels} = examples[index]
      for (let o = 0; o < width; o++) {
        const y = labels[o]
        if (y < 0) continue
        let z = bias[o]
        for (let k = 0; k < features.length; k++) z += weights[features[k] * width + o] * values[k]
        const p = 1 / (1 + Math.exp(-z))
        const g = (p - y) * (y === 1 ? positiveWeight[o] : 1)
        biasSquares[o] += g * g
        bias[o] -= (rate * g) / Math.sqrt(biasSquares[o] + 1e-8)
        for (let k = 0; k < features.length; k++) {
          const at = features[k] * width + o
          const gf = g * values[k] + l2 * weights[at]
          squares[at] += gf * gf
          weights[at] -= (rate * gf) / Math.sqrt(squares[at] + 1e-8)
        }
      }
    }
  }
  return {vocabulary, weights, bias}
}
