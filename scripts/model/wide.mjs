// The wide reading's training (src/model/wide.ts): each post, or for a long
// post each stretch of 2 * reach + 1 sentences, as one bag of TF-IDF terms,
// learned by the same seeded logistic regression as the stretches.
import {countTerms, termValues} from '../../dist/src/model/wide.js'
import {modelSettings} from '../../dist/src/model/settings.js'
import {OUTPUTS} from './corpus.mjs'
import {train} from './learn.mjs'

/** The [first, last] sentences each example of a post reads: the whole of a short post; around each labelled sentence and in even steps for a long one. */
function spansOf(post, reach) {
  const count = post.reading.terms.length
  if (count <= 2 * reach + 1) return [[0, count - 1]]
  const centers = new Set()
  for (const label of Object.values(post.labels)) if (label?.positive) centers.add(label.anchor)
  for (let c = reach; c - reach < count; c += 2 * reach + 1) centers.add(c)
  return [...centers].sort((a, b) => a - b).map((c) => [Math.max(0, c - reach), Math.min(count - 1, c + reach)])
}

/** Per output: 1, 0, or -1 (not learned from: the output takes no wide reading, the label is optional, or its sentence lies outside the span). */
function labelsOf(post, [first, last]) {
  return Int8Array.from(OUTPUTS, (output) => {
    const label = post.labels[output]
    if (!(modelSettings.wide.mix[output] > 0) || label === null) return -1
    if (!label.positive) return 0
    return label.anchor >= first && label.anchor <= last ? 1 : -1
  })
}

/** Train on these posts; `settings` is model.yml's `training:`. Returns the vocabulary, each term's idf, and the weights. */
export function trainWide(posts, settings) {
  const spans = posts.flatMap((post) => spansOf(post, modelSettings.wide.reach).map((span) => ({post, span, counts: countTerms(post.reading.terms.slice(span[0], span[1] + 1))})))
  const df = new Map()
  for (const {counts} of spans) for (const block of [counts.words, counts.letters]) for (const hash of block.keys()) df.set(hash, (df.get(hash) ?? 0) + 1)
  const own = settings.wide
  // terms are known by their hashes (src/model/wide.ts): the vocabulary is the hashes seen often enough
  const vocabulary = [...df].filter(([, n]) => n >= own['min-posts']).map(([hash]) => hash).sort((a, b) => a - b)
  const ids = new Map(vocabulary.map((hash, i) => [hash, i]))
  // smoothed, as if one more example held every term: a term in every example still weighs 1
  const idf = vocabulary.map((hash) => Math.log((1 + spans.length) / (1 + df.get(hash))) + 1)
  const examples = spans.map(({post, span, counts}) => {
    const known = termValues(counts, (hash) => ids.get(hash) ?? -1, (id) => idf[id])
    return {features: Int32Array.from(known, (k) => k.key), values: Float64Array.from(known, (k) => k.value), labels: labelsOf(post, span)}
  })
  const trained = train({vocabulary, examples}, {...own, seed: settings.seed})
  return {...trained, idf}
}
