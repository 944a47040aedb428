// The crisis lines of dictionaries/crisis-lines.yml (validated at build
// against scripts/crisis-lines-schema.json), and the region a code names.
import {compiled} from '../generated/dictionaries.js'
import type {CrisisLines, CrisisRegion} from '../engine/compiled.js'

const lines = compiled.crisisLines
if (!lines) throw new Error('dictionaries/crisis-lines.yml is missing from src/generated/dictionaries.ts: run `npm run generate`')

export const crisisLines: CrisisLines = lines

/** The region a code names (case-insensitive, aliases such as GB and USA), or the default. */
export function regionFor(code: string | undefined): {code: string; region: CrisisRegion} {
  return knownRegion(code) ?? {code: crisisLines.default, region: crisisLines.regions[crisisLines.default]!}
}

/** The region a code names, or `undefined` when no region has that code or alias. */
export function knownRegion(code: string | undefined): {code: string; region: CrisisRegion} | undefined {
  const wanted = (code ?? '').trim().toUpperCase()
  if (!wanted) return undefined
  for (const [key, region] of Object.entries(crisisLines.regions)) {
    if (key === wanted || (region.aliases ?? []).some((a) => a.toUpperCase() === wanted)) return {code: key, region}
  }
  return undefined
}
