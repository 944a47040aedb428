// Every pattern's first keys (pattern.ts `firstKeys`), the words the phrase
// index files it under, its anchors, the key sets a sentence must hold one
// of each of for it to have a chance, and the words that may follow each first
// word (`secondKeysByFirst`). Working them out walks every pattern and
// the classes they name, which was most of building the index and of its
// first scans on each start; the build works them out once
// (scripts/build-dictionaries.mjs) and the index reads them back for the
// dictionaries they were worked out from.
import type {CompiledData, PatternNode} from './compiled.js'
import {firstKeys, requiredKeys, secondKeysByFirst} from './pattern.js'

/** Keys joined by a space ('' for none): per class; per rule, entry and pattern. */
export interface PatternStarts {
  classes: Record<string, string>
  rules: Record<string, string[][]>
  /** Per rule, entry and pattern: its anchors, each a set of keys joined by a space. */
  anchors: Record<string, string[][][]>
  /**
   * Per class: `secondKeysByFirst`, written with `joinSeconds`. (A rule's
   * patterns work theirs out on first use: opened by a class of many words,
   * they stored a megabyte between them.)
   */
  seconds: Record<string, StoredSeconds>
}

/** A `secondKeysByFirst` map as stored: a line per first key, "first<TAB>seconds joined by a space" (nothing after the tab: any word); null for null. */
export type StoredSeconds = string | null

export function joinSeconds(byFirst: ReadonlyMap<string, ReadonlySet<string> | null> | null): StoredSeconds {
  if (byFirst === null) return null
  return [...byFirst].map(([first, second]) => `${first}\t${second ? joinKeys(second) : ''}`).join('\n')
}

export function splitSeconds(stored: StoredSeconds): Map<string, Set<string> | null> | null {
  if (stored === null) return null
  const byFirst = new Map<string, Set<string> | null>()
  if (stored === '') return byFirst
  for (const line of stored.split('\n')) {
    const tab = line.indexOf('\t')
    const second = line.slice(tab + 1)
    byFirst.set(line.slice(0, tab), second === '' ? null : new Set(splitStarts(second)))
  }
  return byFirst
}

function joinKeys(keys: Iterable<string>): string {
  const list = [...keys]
  for (const key of list) if (key === '' || /[ \t\n]/.test(key)) throw new Error(`safepost: a key cannot be stored space-separated: ${JSON.stringify(key)}`)
  return list.join(' ')
}

/** The most anchors checked per pattern: the smallest sets, which are the likeliest to rule it out. */
const MAX_ANCHORS = 4

export interface KeyMemos {
  first: Map<string, Set<string>>
  required: Map<string, Array<Set<string>>>
}

export const keyMemos = (): KeyMemos => ({first: new Map(), required: new Map()})

/** A pattern's anchors: of the key sets it cannot match without, the smallest few that the first word cannot meet. */
export function anchorsOf(node: PatternNode, data: Pick<CompiledData, 'classes' | 'slots'>, memos: KeyMemos, first = firstKeys(node, data, memos.first)): Array<Set<string>> {
  // a set that shares a key with the first word may be met by the word the pattern was found under
  return requiredKeys(node, data, memos.required)
    .filter((set) => ![...set].some((k) => first.has(k)))
    .sort((a, b) => a.size - b.size)
    .slice(0, MAX_ANCHORS)
}

export function patternStarts(data: CompiledData): PatternStarts {
  const memos = keyMemos()
  const joined = (keys: Set<string>): string => joinKeys(keys)
  const perPattern = <T>(work: (node: PatternNode) => T): Record<string, T[][]> =>
    Object.fromEntries(Object.entries(data.rules).map(([id, rule]) => [id, rule.entries.map((entry) => entry.patterns.map(work))]))
  return {
    classes: Object.fromEntries(Object.entries(data.classes).map(([name, node]) => [name, joined(firstKeys(node, data, memos.first))])),
    rules: perPattern((node) => joined(firstKeys(node, data, memos.first))),
    anchors: perPattern((node) => anchorsOf(node, data, memos).map(joined)),
    seconds: Object.fromEntries(Object.entries(data.classes).map(([name, node]) => [name, joinSeconds(secondKeysByFirst(node, data, memos.first))]))
  }
}

export const splitStarts = (joined: string): string[] => (joined === '' ? [] : joined.split(' '))
