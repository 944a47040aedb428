// Whether a writer is describing their own crisis. A person in crisis gets
// crisis-signal's gentle pointer to support, not advice on warnings and
// resources for readers; moderators still get every post-level rule.
import type {Analysis} from '../../src/engine/analyse.js'
import {acceptedHits, type RuleOptions} from '../../src/engine/rule.js'

/** What crisis-signal found in a post (or a chunk of one: the counts add up). */
export interface CrisisCues {
  urgent: boolean
  /** Sentences with a cue at level high (intent, plan, means, farewell). */
  highSentences: number
}

export function crisisCues(analysis: Analysis): CrisisCues {
  if (!analysis.hits.has('crisis-signal')) return {urgent: false, highSentences: 0}
  const hits = acceptedHits(analysis, 'crisis-signal', undefined)
  return {
    urgent: hits.some((hit) => hit.entry.level === 'urgent'),
    highSentences: new Set(hits.filter((hit) => hit.entry.level === 'high').map((hit) => hit.sentence.index)).size
  }
}

/** crisis-signal fires at level urgent, or at level high in two sentences. */
export function writerInCrisis(cues: CrisisCues, options: RuleOptions | undefined): boolean {
  if (options?.audience === 'moderator') return false
  // one stray cue in a story told in the past is not a crisis: ask for two sentences
  return cues.urgent || cues.highSentences >= 2
}
