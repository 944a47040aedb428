// How much of a post is about each topic, from its sentences' topic weights:
// how many sentences, and whether the topic is named in the post's opening.
import type {Sentence} from '../../src/engine/analyse.js'
import type {Token} from '../../src/engine/tokenize.js'
import {TOPICS, type Topic} from './topics.js'
import type {PostWarning} from './warning.js'

/** The opening of a post: its first sentences up to this many words, or this share of its words if more. A topic named here is what the post is about. */
const OPENING_WORDS = 60
const OPENING_SHARE = 0.2

export interface TopicProfile {
  /** Sum over sentences of the strongest topic word (a clear word 1, a weak word 0.5). */
  score: number
  /** Sentences with a clear topic word. */
  strong: number
  openingStrong: boolean
  openingWeak: boolean
}

export function topicProfiles(weights: Array<Map<Topic, number>>, sentences: Sentence[], warning: PostWarning | undefined): Map<Topic, TopicProfile> {
  const out = new Map<Topic, TopicProfile>()
  const opening = openingIndexes(sentences, warning)
  for (const topic of TOPICS) {
    let strong = 0
    let weak = 0
    let openingStrong = false
    let openingWeak = false
    weights.forEach((w, i) => {
      const weight = w.get(topic) ?? 0
      if (weight === 1) strong++
      else if (weight > 0) weak++
      if (opening.has(i) && weight === 1) openingStrong = true
      if (opening.has(i) && weight > 0) openingWeak = true
    })
    // a weak word ("scars", "calories", "hurt myself") only counts beside a clear one
    out.set(topic, strong ? {score: strong + weak / 2, strong, openingStrong, openingWeak} : {score: 0, strong: 0, openingStrong: false, openingWeak: false})
  }
  return out
}

/** Indexes of the sentences that start in the opening words of the post, the warning line left out. */
function openingIndexes(sentences: Sentence[], warning: PostWarning | undefined): Set<number> {
  const out = new Set<number>()
  const inWarning = (w: Token) => warning !== undefined && w.start >= warning.start && w.start < warning.end
  const counted = sentences.map((s) => s.words.filter((w) => w.kind === 'word' && !inWarning(w)).length)
  const total = counted.reduce((a, b) => a + b, 0)
  const limit = Math.max(OPENING_WORDS, total * OPENING_SHARE)
  let seen = 0
  for (let i = 0; i < sentences.length && seen < limit; i++) {
    if (counted[i] === 0) continue
    out.add(i)
    seen += counted[i]!
  }
  return out
}
