// Which raw hits of a rule stand: those its project allows are dropped, then
// those its except-patterns or context gates rule out, then the shorter of
// any two that overlap.
import type {Analysis, EntryHit} from './analyse.js'
import type {Gates} from './compiled.js'
import {passesGates} from './context.js'
import {normalizeWord} from './normalize.js'
import type {RuleOptions} from './rule.js'

/** Hits of one rule that pass their gates (as `gatesOf` reads them), longest first where they overlap. */
export function acceptedHits(analysis: Analysis, rule: string, options: RuleOptions | undefined, gatesOf: (gates: Gates) => Gates = (gates) => gates): EntryHit[] {
  // an allow item is an entry id ("committed-suicide") or a phrase as written ("committed suicide")
  const allowIds = new Set(options?.allow ?? [])
  const allowPhrases = new Set((options?.allow ?? []).map(phraseKey))
  const candidates = (analysis.hits.get(rule) ?? []).filter((hit) => {
    if (allowIds.has(hit.entry.id)) return false
    if (allowPhrases.size && allowPhrases.has(phraseKey(textOf(analysis, hit)))) return false
    if (isExcepted(analysis, hit)) return false
    return passesGates(analysis, hit, gatesOf(hit.entry.when))
  })
  return dropOverlaps(candidates)
}

function phraseKey(phrase: string): string {
  return normalizeWord(phrase).replace(/[\s-]+/g, ' ').trim()
}

export function dropOverlaps(hits: EntryHit[]): EntryHit[] {
  const sorted = [...hits].sort((a, b) => startOf(a) - startOf(b) || endOf(b) - endOf(a))
  const kept: EntryHit[] = []
  for (const hit of sorted) {
    const last = kept.at(-1)
    if (last && startOf(hit) < endOf(last)) {
      if (endOf(hit) - startOf(hit) > endOf(last) - startOf(last)) kept[kept.length - 1] = hit
      continue
    }
    kept.push(hit)
  }
  return kept
}

export const startOf = (hit: EntryHit): number => hit.sentence.words[hit.start]!.start
export const endOf = (hit: EntryHit): number => hit.sentence.words[hit.end - 1]!.end

export function textOf(analysis: Analysis, hit: EntryHit): string {
  return analysis.text.slice(startOf(hit), endOf(hit))
}

function isExcepted(analysis: Analysis, hit: EntryHit): boolean {
  if (!hit.entry.except.length) return false
  const words = hit.sentence.words
  for (const {before, beforeMax, after} of analysis.index.exceptions(hit.entry)) {
    let beforeOk = !before
    if (before) {
      for (let s = Math.max(0, hit.start - beforeMax); s < hit.start && !beforeOk; s++) {
        before(words, s, undefined, (end) => {
          if (end === hit.start) beforeOk = true
        })
      }
    }
    if (!beforeOk) continue
    let afterOk = !after
    if (after) after(words, hit.end, undefined, () => (afterOk = true))
    if (afterOk) return true
  }
  return false
}

/**
 * Whether the words of a hit stand in one run of prose, with nothing but white
 * space and hyphens between them: a rewrite across markup ("committed**
 * suicide") would break the document's structure, so it is offered, not applied.
 */
export function isPlainProse(analysis: Analysis, hit: EntryHit): boolean {
  const words = hit.sentence.words
  // a rewrite would drop the possessive: "the victim's mother", "the anorexic's mother"
  for (let i = hit.start; i < hit.end; i++) if (words[i]!.possessive) return false
  for (let i = hit.start; i < hit.end - 1; i++) {
    if (!/^[\s\-‐‑–]*$/.test(analysis.text.slice(words[i]!.end, words[i + 1]!.start))) return false
  }
  return true
}

