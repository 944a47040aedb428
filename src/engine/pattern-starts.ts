// Every pattern's first keys (pattern.ts `firstKeys`): the words the phrase
// index files it under. Working them out walks every pattern and the classes
// they name, which was the largest part of building the index on each start;
// the build works them out once (scripts/build-dictionaries.mjs) and the
// index reads them back for the dictionaries they were worked out from.
import type {CompiledData} from './compiled.js'
import {firstKeys} from './pattern.js'

/** Keys joined by a space ('' for none): per class, and per rule, entry and pattern. */
export interface PatternStarts {
  classes: Record<string, string>
  rules: Record<string, string[][]>
}

export function patternStarts(data: CompiledData): PatternStarts {
  const memo = new Map<string, Set<string>>()
  const joined = (keys: Set<string>): string => {
    for (const key of keys) if (key === '' || key.includes(' ')) throw new Error(`safepost: a first key cannot be stored space-separated: ${JSON.stringify(key)}`)
    return [...keys].join(' ')
  }
  return {
    classes: Object.fromEntries(Object.entries(data.classes).map(([name, node]) => [name, joined(firstKeys(node, data, memo))])),
    rules: Object.fromEntries(Object.entries(data.rules).map(([id, rule]) => [id, rule.entries.map((entry) => entry.patterns.map((node) => joined(firstKeys(node, data, memo))))]))
  }
}

export const splitStarts = (joined: string): string[] => (joined === '' ? [] : joined.split(' '))
