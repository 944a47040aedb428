// Whether a long post dwells on a topic: names it in its opening, or comes
// back to it in several sentences; never one mention in passing.
import type {TopicProfile, WeightedSentence} from './topic-profile.js'
import {TOPICS, type Topic} from './topics.js'

/** What dwelling is judged on: the whole post (whole-post.ts), however it was read. */
export interface PostTopics {
  words: number
  readonly weighted: readonly WeightedSentence[]
  readonly topics: Map<Topic, TopicProfile>
  readonly deathSentences: number
}

/** Fewer prose words than this and the post is short: a tweet, a comment, a question. */
export const MIN_WORDS = 90
/** Dwelling without an opening mention: this many topic sentences (a weak word counts half). */
const DWELL_SCORE = 2.5
/** With only a weak word in the opening, this many topic sentences. */
const DWELL_SCORE_WEAK_OPENING = 1.5
/** A death named in this many sentences, beside a clear word for suicide, makes a post about a death by suicide. */
const DEATH_SENTENCES = 2

/** Whether a long post dwells on any of `topics`. */
export function dwellsOn(post: PostTopics, topics: readonly Topic[]): boolean {
  if (post.words < MIN_WORDS) return false
  let score = 0
  let openingStrong = false
  let openingWeak = false
  for (const {weights} of post.weighted) {
    let best = 0
    for (const topic of topics) {
      if (!post.topics.get(topic)?.strong) continue
      best = Math.max(best, weights.get(topic) ?? 0)
    }
    score += best
  }
  for (const topic of topics) {
    const p = post.topics.get(topic)
    if (p?.openingStrong) openingStrong = true
    if (p?.openingWeak) openingWeak = true
  }
  if (score >= DWELL_SCORE || openingStrong || (openingWeak && score >= DWELL_SCORE_WEAK_OPENING)) return true
  // a death by suicide told as a story of loss: "suicide" once, the death throughout
  return topics.includes('suicide') && (post.topics.get('suicide')?.strong ?? 0) > 0 && post.deathSentences >= DEATH_SENTENCES
}

/** The topics a post is about, in catalogue order: those with at least one clear word. */
export function topicsOf(post: PostTopics, among: readonly Topic[] = TOPICS): Topic[] {
  return among.filter((t) => (post.topics.get(t)?.strong ?? 0) > 0)
}
