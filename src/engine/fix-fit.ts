// An automatic rewrite is applied only where the sentence stays grammatical.
// A rule file lists under `data: fix-not-before` (entry id -> words) the words
// after which an entry's rewrite no longer fits: "committed suicide by
// jumping" would become "died by suicide by jumping", "a suicide victim of a
// broken system" "a person who died by suicide of a broken system". Before
// those words the rewrite is still suggested, but not applied.
import {compiled} from '../generated/dictionaries.js'
import type {EntryHit} from './analyse.js'

const notBeforeByRule = new Map<string, Map<string, ReadonlySet<string>>>()

function notBefore(rule: string): Map<string, ReadonlySet<string>> {
  let byEntry = notBeforeByRule.get(rule)
  if (byEntry) return byEntry
  byEntry = new Map()
  const table = compiled.rules[rule]?.data?.['fix-not-before']
  if (table !== undefined) {
    if (typeof table !== 'object' || Array.isArray(table)) throw new Error(`dictionaries/${rule}.yml: data.fix-not-before must be a map of entry ids to lists of words`)
    for (const [id, words] of Object.entries(table)) {
      if (!Array.isArray(words) || !words.every((word) => typeof word === 'string')) throw new Error(`dictionaries/${rule}.yml: data.fix-not-before.${id} must be a list of words`)
      byEntry.set(id, new Set(words.map((word) => (word as string).toLowerCase())))
    }
  }
  notBeforeByRule.set(rule, byEntry)
  return byEntry
}

/** The words after which `entry`'s rewrite does not fit (empty when it fits anywhere). */
export function fixNotBefore(rule: string, entryId: string): ReadonlySet<string> {
  return notBefore(rule).get(entryId) ?? new Set()
}

/** Whether the word after the reported text (ending at offset `end`) lets the rewrite stand. */
export function rewriteFits(hit: EntryHit, end: number): boolean {
  const words = fixNotBefore(hit.rule, hit.entry.id)
  if (words.size === 0) return true
  const next = hit.sentence.words.find((word) => word.start >= end)
  return next === undefined || !words.has(next.norm)
}
