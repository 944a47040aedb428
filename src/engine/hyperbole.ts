// Under the moderator audience a joke cue or an everyday annoyance lowers a
// crisis reading, never erases it: "ugh the weather I want to die tonight
// lol" is hyperbole more often than not, but a moderator must still see it,
// at the floor level, with a note that it may be hyperbole (the data:
// hyperbole-data.ts).
import type {Priority} from '../types.js'
import type {Analysis, EntryHit} from './analyse.js'
import type {Gates} from './compiled.js'
import {HYPERBOLE, ORDER, type Hyperbole} from './hyperbole-data.js'
import {acceptedHits, endOf, startOf} from './hits.js'
import type {RuleOptions} from './rule.js'

/** A hit as reported: its level, and the note a lowered reading adds to the message. */
export interface Reading {
  hit: EntryHit
  level: Priority
  note?: string
}

const atLeast = (level: Priority, floor: Priority): Priority => (ORDER.indexOf(level) >= ORDER.indexOf(floor) ? level : floor)
const overlap = (a: EntryHit, b: EntryHit) => startOf(a) < endOf(b) && startOf(b) < endOf(a)

/** The rule's hits as the audience reads them: for a moderator, readings a joke cue erased come back lowered. */
export function readingsOf(analysis: Analysis, rule: string, accepted: EntryHit[], options: RuleOptions | undefined): Reading[] {
  const plain = accepted.map((hit) => ({hit, level: hit.entry.level}))
  if (!HYPERBOLE || options?.audience !== 'moderator') return plain
  const {floor, note, mirror} = HYPERBOLE
  if (rule === HYPERBOLE.rule) {
    // where the mirror rule is on and reports the same words, it carries the lowered reading
    // the mirror rule is always analysed (its header `needs` it): switched off, it is muted, and so is the reading it carries
    const mirrored = analysis.hits.has(mirror) ? acceptedHits(analysis, mirror, undefined) : []
    const lowered = loweredHits(analysis, HYPERBOLE, options).filter((hit) => !accepted.some((a) => overlap(a, hit)) && !mirrored.some((m) => overlap(m, hit)))
    return [...plain, ...lowered.map((hit) => ({hit, level: floor, note}))].sort((a, b) => startOf(a.hit) - startOf(b.hit))
  }
  if (rule === mirror && analysis.hits.has(HYPERBOLE.rule)) {
    const lowered = loweredHits(analysis, HYPERBOLE, undefined)
    return plain.map((r) => (lowered.some((hit) => overlap(hit, r.hit)) ? {...r, level: atLeast(r.level, floor), note} : r))
  }
  return plain
}

/** Hits of the crisis rule that stand once the lowering classes no longer count against them. */
function loweredHits(analysis: Analysis, hyperbole: Hyperbole, options: RuleOptions | undefined): EntryHit[] {
  const relax = (gates: Gates): Gates => (gates.notNear ? {...gates, notNear: gates.notNear.filter((name) => !hyperbole.cues.has(name))} : gates)
  return acceptedHits(analysis, hyperbole.rule, options, relax)
}
