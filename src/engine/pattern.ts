// Compiles pattern ASTs (src/engine/compiled.ts) into matchers. A matcher is
// continuation-passing: it calls `next(end, form)` for every way it can match
// from `start`, so sequences, options and gaps compose without building
// intermediate lists. Every construct is bounded (gaps have a maximum, there
// is no repetition), so matching from one position costs at most a constant
// that depends on the pattern, never on the input.
import type {CompiledData, Form, PatternNode} from './compiled.js'
import type {Token} from './tokenize.js'

export type Next = (end: number, form: Form | undefined) => void
export type Matcher = (tokens: Token[], start: number, form: Form | undefined, next: Next) => void

/** What a pattern refers to by name: word classes and inflected words. */
export interface Linker {
  classMatcher(name: string): Matcher
  data: Pick<CompiledData, 'classes' | 'slots'>
}

/**
 * Instrumentation for tests: with `counting` on, every step a matcher takes
 * (each sequence item, option, gap length and candidate tried) adds one to
 * `steps`, so a test can check that matching work grows linearly with the
 * input. Off by default; the cost when off is one property read per step.
 */
export const matcherWork = {counting: false, steps: 0}

const isWord = (t: Token | undefined): t is Token => t !== undefined && !t.literal && (t.kind === 'word' || t.kind === 'num')

function hasKey(t: Token, keys: ReadonlySet<string> | readonly string[]): boolean {
  for (const k of t.keys) if (Array.isArray(keys) ? keys.includes(k) : (keys as ReadonlySet<string>).has(k)) return true
  return false
}

function keySet(keys: string[]): ReadonlySet<string> | readonly string[] {
  return keys.length > 4 ? new Set(keys) : keys
}

export function compileMatcher(node: PatternNode, linker: Linker): Matcher {
  switch (node.t) {
    case 'w': {
      const keys = keySet(node.k)
      return (ts, i, form, next) => {
        const t = ts[i]
        // emoji only ever reach a matcher alone, when word classes such as <joke-cue> are read off them
        if (t !== undefined && (t.kind === 'word' || t.kind === 'emoji') && !t.literal && hasKey(t, keys)) next(i + 1, form)
      }
    }
    case 'slot': {
      const alts = linker.data.slots[node.ref] ?? []
      return (ts, i, form, next) => {
        for (const alt of alts) {
          if (matcherWork.counting) matcherWork.steps++
          let ok = true
          for (let n = 0; n < alt.k.length && ok; n++) {
            const t = ts[i + n]
            // "victim's" is the singular's possessive, not the plural "victims"
            ok = t !== undefined && t.kind === 'word' && !t.literal && t.keys.includes(alt.k[n]!) && !(t.possessive && alt.f === 'plural')
          }
          if (ok) next(i + alt.k.length, form ?? alt.f)
        }
      }
    }
    case 'cls': {
      let resolved: Matcher | undefined
      const name = node.name
      return (ts, i, form, next) => (resolved ??= linker.classMatcher(name))(ts, i, form, next)
    }
    case 'seq': {
      const items = node.items.map((item) => compileMatcher(item, linker))
      const run = (ts: Token[], n: number, i: number, form: Form | undefined, next: Next): void => {
        if (matcherWork.counting) matcherWork.steps++
        if (n === items.length) return next(i, form)
        items[n]!(ts, i, form, (j, f) => run(ts, n + 1, j, f, next))
      }
      return (ts, i, form, next) => run(ts, 0, i, form, next)
    }
    case 'alt': {
      const options = node.options.map((o) => compileMatcher(o, linker))
      return (ts, i, form, next) => {
        for (const option of options) {
          if (matcherWork.counting) matcherWork.steps++
          option(ts, i, form, next)
        }
      }
    }
    case 'opt': {
      const item = compileMatcher(node.item, linker)
      return (ts, i, form, next) => {
        if (matcherWork.counting) matcherWork.steps += 2
        item(ts, i, form, next)
        next(i, form)
      }
    }
    case 'any':
      return (ts, i, form, next) => {
        if (isWord(ts[i])) next(i + 1, form)
      }
    case 'gap': {
      const max = node.max
      return (ts, i, form, next) => {
        if (matcherWork.counting) matcherWork.steps++
        next(i, form)
        for (let n = 1; n <= max && isWord(ts[i + n - 1]); n++) {
          if (matcherWork.counting) matcherWork.steps++
          next(i + n, form)
        }
      }
    }
    case 'num': {
      const {op, a = 0, b = 0} = node
      return (ts, i, form, next) => {
        const t = ts[i]
        if (t === undefined || t.kind !== 'num' || t.literal || t.value === undefined) return
        const v = t.value
        const ok = op === undefined || (op === '<' ? v < a : op === '>' ? v > a : op === '<=' ? v <= a : op === '>=' ? v >= a : v >= a && v <= b)
        if (ok) next(i + 1, form)
      }
    }
    case 'p':
      return (ts, i, form, next) => {
        const t = ts[i]
        if (t !== undefined && t.kind === 'punct' && t.norm === node.v) next(i + 1, form)
      }
    case 'tag': {
      const keys = keySet(node.k)
      return (ts, i, form, next) => {
        const t = ts[i]
        if (t !== undefined && t.kind === 'tag' && (Array.isArray(keys) ? keys.includes(t.norm) : (keys as ReadonlySet<string>).has(t.norm))) next(i + 1, form)
      }
    }
    case 'hole':
      return (_ts, i, form, next) => next(i, form)
  }
}

/** The keys a match of `node` can start with (what the index files it under). */
export function firstKeys(node: PatternNode, data: Pick<CompiledData, 'classes' | 'slots'>, memo = new Map<string, Set<string>>()): Set<string> {
  switch (node.t) {
    case 'w': return new Set(node.k)
    case 'slot': return new Set((data.slots[node.ref] ?? []).map((a) => a.k[0]!))
    case 'num': return new Set(['#num'])
    case 'p': return new Set([node.v])
    case 'tag': return new Set(node.k.map((k) => '#' + k))
    case 'cls': {
      let keys = memo.get(node.name)
      if (!keys) {
        memo.set(node.name, new Set()) // a class cannot name itself; guard anyway
        const cls = data.classes[node.name]
        keys = cls ? firstKeys(cls, data, memo) : new Set()
        memo.set(node.name, keys)
      }
      return keys
    }
    case 'opt': return firstKeys(node.item, data, memo)
    case 'alt': return union(node.options.map((o) => firstKeys(o, data, memo)))
    case 'seq': {
      const sets: Array<Set<string>> = []
      for (const item of node.items) {
        sets.push(firstKeys(item, data, memo))
        if (!nullable(item)) break
      }
      return union(sets)
    }
    case 'any': case 'gap': case 'hole': return new Set()
  }
}

export function nullable(node: PatternNode): boolean {
  switch (node.t) {
    case 'opt': case 'gap': case 'hole': return true
    case 'seq': return node.items.every((i) => nullable(i))
    case 'alt': return node.options.some((o) => nullable(o))
    default: return false
  }
}

/** Longest a node can match, in tokens (class members are counted by their longest member). */
export function maxLength(node: PatternNode, data: Pick<CompiledData, 'classes' | 'slots'>): number {
  switch (node.t) {
    case 'slot': return Math.max(1, ...(data.slots[node.ref] ?? []).map((a) => a.k.length))
    case 'cls': return data.classes[node.name] ? maxLength(data.classes[node.name]!, data) : 1
    case 'opt': return maxLength(node.item, data)
    case 'alt': return Math.max(0, ...node.options.map((o) => maxLength(o, data)))
    case 'seq': return node.items.reduce((n, i) => n + maxLength(i, data), 0)
    case 'gap': return node.max
    case 'hole': return 0
    default: return 1
  }
}

function union(sets: Array<Set<string>>): Set<string> {
  const out = new Set<string>()
  for (const s of sets) for (const k of s) out.add(k)
  return out
}
