// A moderator's message names the trick its words were written with
// (dictionaries/disguises.yml): the matching view undid invisible characters,
// full-width or styled letters or look-alike letters to read them.
import {compiled} from '../generated/dictionaries.js'
import type {EntryHit} from './analyse.js'
import type {Disguise} from './fold.js'
import type {RuleOptions} from './rule.js'

const ORDER: readonly Disguise[] = ['invisible', 'styled', 'lookalike']

/** What the matching view undid in the words of a hit. */
export function disguisesOf(hit: EntryHit): Disguise[] {
  const found = new Set<Disguise>()
  for (let i = hit.start; i < hit.end; i++) for (const d of hit.sentence.words[i]!.disguised ?? []) found.add(d)
  return ORDER.filter((d) => found.has(d))
}

/** The message, for a moderator saying which tricks its words were written with. */
export function withDisguises(message: string, hit: EntryHit, options: RuleOptions | undefined): string {
  const wording = compiled.disguises
  if (options?.audience !== 'moderator' || !wording) return message
  const disguises = disguisesOf(hit)
  if (!disguises.length) return message
  const tricks = disguises.map((d) => wording.names[d]).join(' and ')
  return wording['moderator-message'].replaceAll('{message}', message).replaceAll('{tricks}', tricks)
}
