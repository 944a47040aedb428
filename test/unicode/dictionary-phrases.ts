// Posts made from the dictionaries themselves: for every entry, its patterns
// written out as words (the first and the last choice at every branch, the
// optional parts kept), alone or, for entries whose gates need more, in a
// sentence that gives a subject or a topic; of those, the posts that fire that
// entry under the moderator preset, at most two an entry. The look-alike
// property tests disguise these.
import {checkSync} from '../../src/index.js'
import {compiled} from '../../src/generated/dictionaries.js'
import {expand, type PatternNode} from '../../src/engine/compiled.js'

export interface FiringPost {
  text: string
  rule: string
  entry: string
  /** The span the entry's message points at. */
  start: number
  end: number
}

type Pick = 'first' | 'last'

/** One way of writing a pattern as words, or null when it needs a word this sampler cannot write (a hole). */
function writeOut(node: PatternNode, pick: Pick): string[] | null {
  const choose = <T>(list: readonly T[]): T => (pick === 'first' ? list[0]! : list[list.length - 1]!)
  const n = expand(node)
  switch (n.t) {
    case 'w': return [choose(n.k)]
    case 'tag': return ['#' + choose(n.k)]
    case 'slot': return compiled.slots[n.ref] ? choose(compiled.slots[n.ref]!).k : null
    case 'cls': return compiled.classes[n.name] === undefined ? null : writeOut(compiled.classes[n.name]!, pick)
    case 'seq': {
      const words: string[] = []
      for (const item of n.items) {
        const part = writeOut(item, pick)
        if (!part) return null
        words.push(...part)
      }
      return words
    }
    case 'alt': return writeOut(choose(n.options), pick)
    case 'opt': return writeOut(n.item, pick) ?? []
    case 'any': return ['it']
    case 'gap': return []
    case 'p': return [n.v]
    case 'num': {
      if (n.op === undefined) return ['7']
      if (n.op === ':' || n.op === '>=' || n.op === '<=') return [String(n.a)]
      return [String(n.op === '<' ? n.a! - 1 : n.a! + 1)]
    }
    case 'hole': return null
  }
}

/** Sentences around a written-out pattern, for entries that need a subject or a topic to fire. */
const SETTINGS = ['{}', 'I {}', '{} after her suicide attempt', 'he said {} about his anorexia']
const PER_ENTRY = 2

/** Posts that fire each entry under `moderator` (at most two an entry; entries whose written-out patterns never fire are left out). */
export function firingPosts(): FiringPost[] {
  const posts = new Map<string, FiringPost>()
  for (const [rule, {entries}] of Object.entries(compiled.rules)) {
    for (const entry of entries) {
      const written = new Set<string>()
      for (const pattern of entry.patterns) {
        for (const pick of ['first', 'last'] as const) {
          const words = writeOut(pattern, pick)
          if (words?.length) written.add(words.join(' ').replace(/ ([.,!?;:])/g, '$1'))
        }
      }
      let found = 0
      for (const setting of SETTINGS) {
        for (const phrase of written) {
          const text = setting.replace('{}', phrase)
          if (found === PER_ENTRY || posts.has(text)) continue
          const hit = checkSync(text, {preset: 'moderator'}).messages.find((m) => m.ruleId === rule && m.entryId === entry.id)
          if (!hit) continue
          posts.set(text, {text, rule, entry: entry.id, start: hit.offset, end: hit.endOffset})
          found++
        }
        if (found) break
      }
    }
  }
  return [...posts.values()]
}
