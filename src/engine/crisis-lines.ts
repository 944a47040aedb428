// The crisis lines of dictionaries/crisis-lines.yml (validated at build
// against src/compile/crisis-lines-schema.json), and the region a code names.
import {compiled} from '../generated/dictionaries.js'
import type {CrisisLines, CrisisRegion} from './compiled.js'

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

/** Lines a writer in crisis is pointed to: the region's first two that are not emergency numbers (a message, not a directory). */
const SUPPORT_LINES = 2

/** "Samaritans: call 116 123 (free, 24/7) ... Shout: text SHOUT to 85258 (free, 24/7)." for a region code (default: the directories). */
export function supportLines(code: string | undefined): string {
  const {region} = regionFor(code)
  return region.lines
    .filter((line) => !line.emergency)
    .slice(0, SUPPORT_LINES)
    .map((line) => `${line.name}: ${line.contact}.`)
    .join(' ')
}
