// Whether a writer is describing their own crisis. A person in crisis gets
// crisis-signal's gentle pointer to support, not advice on warnings and
// resources for readers; moderators still get every post-level rule.
import type {Analysis} from '../../src/engine/analyse.js'
import {acceptedHits, type RuleOptions} from '../../src/engine/rule.js'

/** crisis-signal fires at level urgent, or at level high in two sentences (intent, plan, means, farewell). */
export function writerInCrisis(analysis: Analysis, options: RuleOptions | undefined): boolean {
  if (options?.audience === 'moderator') return false
  const hits = acceptedHits(analysis, 'crisis-signal', undefined)
  if (hits.some((hit) => hit.entry.level === 'urgent')) return true
  // one stray cue in a story told in the past is not a crisis: ask for two sentences
  return new Set(hits.filter((hit) => hit.entry.level === 'high').map((hit) => hit.sentence.index)).size >= 2
}
