// How much of a post is about each topic, from its sentences' topic weights:
// how many sentences, and whether the topic is named in the post's opening.
// Read from the sentences that name a topic and the post's word count only,
// so a post read in chunks (src/chunk/) gives the same profile as read whole.
import type {Topic} from './topics.js'
import {TOPICS} from './topics.js'

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

/** A sentence that names a topic, where it stands in the post's words (the warning line left out). */
export interface WeightedSentence {
  /** Words of the post before this sentence. */
  before: number
  /** Its own words. */
  words: number
  /** Per topic, the weight of its strongest topic word. */
  weights: Map<Topic, number>
}

/** `countedWords`: every word of the post, the warning line left out (what "opening" is a share of). */
export function topicProfiles(weighted: readonly WeightedSentence[], countedWords: number): Map<Topic, TopicProfile> {
  const out = new Map<Topic, TopicProfile>()
  const limit = Math.max(OPENING_WORDS, countedWords * OPENING_SHARE)
  // the opening: the sentences with words that start before `limit` words are seen
  const inOpening = (s: WeightedSentence) => s.words > 0 && s.before < limit
  for (const topic of TOPICS) {
    let strong = 0
    let weak = 0
    let openingStrong = false
    let openingWeak = false
    for (const s of weighted) {
      const weight = s.weights.get(topic) ?? 0
      if (weight === 1) strong++
      else if (weight > 0) weak++
      if (inOpening(s) && weight === 1) openingStrong = true
      if (inOpening(s) && weight > 0) openingWeak = true
    }
    // a weak word ("scars", "calories", "hurt myself") only counts beside a clear one
    out.set(topic, strong ? {score: strong + weak / 2, strong, openingStrong, openingWeak} : {score: 0, strong: 0, openingStrong: false, openingWeak: false})
  }
  return out
}
