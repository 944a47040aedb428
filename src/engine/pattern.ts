// Compiles pattern ASTs (src/engine/compiled.ts) into matchers. A matcher is
// continuation-passing: it calls `next(end, form)` for every way it can match
// from `start`, so sequences, options and gaps compose without building
// intermediate lists. Every construct is bounded (gaps have a maximum, there
// is no repetition), so matching from one position costs at most a constant
// that depends on the pattern, never on the input.
import {expand, type CompiledData, type Form, type PatternNode, type SlotForm} from './compiled.js'
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

/** Class matches per sentence (keyed by its word array) and start: see the `cls` matcher. */
const classMemo = new WeakMap<Token[], Map<string, Map<number, Array<[number, Form | undefined]>>>>()

/** Alternations with more options than this are filed by first word. */
const SMALL_ALT = 4

function keySet(keys: string[]): ReadonlySet<string> | readonly string[] {
  return keys.length > 4 ? new Set(keys) : keys
}

export function compileMatcher(raw: PatternNode, linker: Linker): Matcher {
  const node = expand(raw)
  switch (node.t) {
    case 'w': {
      if (node.k.length === 1) {
        // the common case: one word, one key (most tokens have one key too)
        const key = node.k[0]!
        return (ts, i, form, next) => {
          const t = ts[i]
          if (t !== undefined && (t.kind === 'word' || t.kind === 'emoji' || t.kind === 'symbol') && !t.literal && (t.keys[0] === key || (t.keys.length > 1 && t.keys.includes(key)))) next(i + 1, form)
        }
      }
      const keys = keySet(node.k)
      return (ts, i, form, next) => {
        const t = ts[i]
        // emoji only ever reach a matcher alone, when word classes such as <joke-cue> are read off them;
        // symbols ("=", "%", "&") match when a pattern names them
        if (t !== undefined && (t.kind === 'word' || t.kind === 'emoji' || t.kind === 'symbol') && !t.literal && hasKey(t, keys)) next(i + 1, form)
      }
    }
    case 'slot': {
      // forms filed by their first word: a token is compared with the few forms it can start
      const byFirst = new Map<string, SlotForm[]>()
      for (const alt of linker.data.slots[node.ref] ?? []) {
        const list = byFirst.get(alt.k[0]!)
        if (list) list.push(alt)
        else byFirst.set(alt.k[0]!, [alt])
      }
      return (ts, i, form, next) => {
        const first = ts[i]
        if (first === undefined || first.kind !== 'word' || first.literal) return
        for (const key of first.keys) for (const alt of byFirst.get(key) ?? []) {
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
      // Many patterns open with the same class (<self-subject>, <adv>): its
      // matches at a position are worked out once per sentence and replayed.
      return (ts, i, form, next) => {
        let byClass = classMemo.get(ts)
        if (!byClass) classMemo.set(ts, (byClass = new Map()))
        let byStart = byClass.get(name)
        if (!byStart) byClass.set(name, (byStart = new Map()))
        let ends = byStart.get(i)
        if (!ends) {
          const found: Array<[number, Form | undefined]> = []
          ;(resolved ??= linker.classMatcher(name))(ts, i, undefined, (j, f) => found.push([j, f]))
          byStart.set(i, (ends = found))
        }
        for (const [j, f] of ends) next(j, form ?? f)
      }
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
      if (options.length <= SMALL_ALT) {
        return (ts, i, form, next) => {
          for (const option of options) {
            if (matcherWork.counting) matcherWork.steps++
            option(ts, i, form, next)
          }
        }
      }
      // A large alternation (a word class with many phrases) is filed by first
      // word, so trying it costs a lookup, not a pass over every member.
      const byKey = new Map<string, Matcher[]>()
      const always: Matcher[] = []
      node.options.forEach((option, n) => {
        if (typeof option === 'string') {
          const list = byKey.get(option)
          if (list) list.push(options[n]!)
          else byKey.set(option, [options[n]!])
        } else if (openStart(option, linker.data)) always.push(options[n]!)
        else
          for (const key of firstKeys(option, linker.data)) {
            const list = byKey.get(key)
            if (list) list.push(options[n]!)
            else byKey.set(key, [options[n]!])
          }
      })
      return (ts, i, form, next) => {
        for (const option of always) {
          if (matcherWork.counting) matcherWork.steps++
          option(ts, i, form, next)
        }
        const t = ts[i]
        if (t === undefined) return
        const keys = t.kind === 'num' ? ['#num'] : t.keys
        let tried: Set<Matcher> | undefined
        for (const key of keys) {
          for (const option of byKey.get(key) ?? []) {
            if (keys.length > 1) {
              if ((tried ??= new Set()).has(option)) continue
              tried.add(option)
            }
            if (matcherWork.counting) matcherWork.steps++
            option(ts, i, form, next)
          }
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
export function firstKeys(raw: PatternNode, data: Pick<CompiledData, 'classes' | 'slots'>, memo = new Map<string, Set<string>>()): Set<string> {
  const out = new Set<string>()
  addFirstKeys(raw, data, memo, out)
  return out
}

// Adds to one set rather than building a set per node: a class of hundreds of
// members is read on every start of the command.
function addFirstKeys(raw: PatternNode, data: Pick<CompiledData, 'classes' | 'slots'>, memo: Map<string, Set<string>>, out: Set<string>): void {
  if (typeof raw === 'string') {
    out.add(raw)
    return
  }
  const node = expand(raw)
  switch (node.t) {
    case 'w': for (const k of node.k) out.add(k); return
    case 'slot': for (const a of data.slots[node.ref] ?? []) out.add(a.k[0]!); return
    case 'num': out.add('#num'); return
    case 'p': out.add(node.v); return
    case 'tag': for (const k of node.k) out.add('#' + k); return
    case 'cls': {
      let keys = memo.get(node.name)
      if (!keys) {
        memo.set(node.name, new Set()) // a class cannot name itself; guard anyway
        const cls = data.classes[node.name]
        keys = cls ? firstKeys(cls, data, memo) : new Set()
        memo.set(node.name, keys)
      }
      for (const k of keys) out.add(k)
      return
    }
    case 'opt': return addFirstKeys(node.item, data, memo, out)
    case 'alt': for (const o of node.options) addFirstKeys(o, data, memo, out); return
    case 'seq':
      for (const item of node.items) {
        addFirstKeys(item, data, memo, out)
        if (!nullable(item)) break
      }
      return
    case 'any': case 'gap': case 'hole': return
  }
}

export function nullable(raw: PatternNode): boolean {
  if (typeof raw === 'string') return false
  const node = expand(raw)
  switch (node.t) {
    case 'opt': case 'gap': case 'hole': return true
    case 'seq': return node.items.every((i) => nullable(i))
    case 'alt': return node.options.some((o) => nullable(o))
    default: return false
  }
}

/** Longest a node can match, in tokens (class members are counted by their longest member). */
export function maxLength(raw: PatternNode, data: Pick<CompiledData, 'classes' | 'slots'>): number {
  const node = expand(raw)
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

type Tables = Pick<CompiledData, 'classes' | 'slots'>

/** Whether a node always consumes exactly one token. */
export function singleToken(raw: PatternNode, data: Tables, seen = new Set<string>()): boolean {
  const node = expand(raw)
  switch (node.t) {
    case 'w': case 'num': case 'p': case 'tag': case 'any': return true
    case 'slot': return (data.slots[node.ref] ?? []).every((a) => a.k.length === 1)
    case 'cls': {
      if (seen.has(node.name)) return false
      seen.add(node.name)
      const cls = data.classes[node.name]
      return cls !== undefined && singleToken(cls, data, seen)
    }
    case 'alt': return node.options.every((o) => singleToken(o, data, seen))
    case 'seq': return node.items.length === 1 && singleToken(node.items[0]!, data, seen)
    default: return false
  }
}

/**
 * An upper bound on the ways a pattern can match from one word: the
 * compiler's per-pattern measure (`branching` in
 * src/compile/parse-pattern.ts) read on compiled nodes, so the
 * patterns of a whole project can be capped in sum, not only one by one.
 */
export function branching(raw: PatternNode, data: Tables): number {
  const node = expand(raw)
  switch (node.t) {
    case 'cls': return data.classes[node.name] ? branching(data.classes[node.name]!, data) : 1
    case 'opt': return branching(node.item, data) + 1
    case 'gap': return node.max + 1
    case 'seq': return node.items.reduce((product, item) => product * branching(item, data), 1)
    case 'alt': {
      let costliest = 1
      let loose = 0
      for (const option of node.options) {
        const cost = branching(option, data)
        if (openStart(option, data)) loose += cost
        else costliest = Math.max(costliest, cost)
      }
      return costliest + loose
    }
    default: return 1
  }
}

/** Whether a node can match nothing, or start with a word it does not name (a gap or `*`). */
function openStart(node: PatternNode, data: Tables): boolean {
  return nullable(node) || looseStart(node, data)
}

const looseClasses = new WeakMap<Tables['classes'], Map<string, boolean>>()

function looseStart(raw: PatternNode, data: Tables): boolean {
  if (typeof raw === 'string') return false
  const node = expand(raw)
  switch (node.t) {
    case 'any': case 'gap': return true
    case 'opt': return looseStart(node.item, data)
    case 'cls': {
      // a class is asked about again and again (every phrase that ends before it): its answer is kept per dictionary set
      let known = looseClasses.get(data.classes)
      if (!known) looseClasses.set(data.classes, (known = new Map()))
      let loose = known.get(node.name)
      if (loose === undefined) known.set(node.name, (loose = data.classes[node.name] ? looseStart(data.classes[node.name]!, data) : true))
      return loose
    }
    case 'alt': return node.options.some((o) => looseStart(o, data))
    case 'seq':
      for (const item of node.items) {
        if (looseStart(item, data)) return true
        if (!nullable(item)) return false
      }
      return false
    default: return false
  }
}

/**
 * The keys the word after a match's first word must have, by that first word
 * (`null` where any word may follow, or the match may end there); `null` for
 * the whole pattern when it can start loosely. The index uses it to skip, at a
 * glance, most of the patterns and class phrases filed under common first
 * words: of the phrases of <despair> that open with "i", every one needs
 * "am", "feel", "will" or the like next. A sequence that opens with an
 * alternation, an optional word or a class is read as one sequence per way it
 * can open ("(im|i am) done" as "im done" and "i am done").
 */
export function secondKeysByFirst(raw: PatternNode, data: Tables, firstMemo = new Map<string, Set<string>>()): Map<string, Set<string> | null> | null {
  const byFirst = new Map<string, Set<string> | null>()
  return addSecondKeys(raw, [], data, byFirst, 0, firstMemo) ? byFirst : null
}

/** How deep classes and alternations are opened before a phrase's first word is taken as "any next word". */
const MAX_OPENED = 6

/**
 * A class's second keys with what follows it left open: per first word, the
 * keys from inside the class, and whether what follows the class can come
 * next too (`tail`); null where any word may follow. Worked out once per
 * class and dictionary set, so the many patterns that open with a class
 * (<self-subject>, <want>) do not each open it again.
 */
type ClassSeconds = Map<string, {keys: Set<string>; tail: boolean} | null>
const classSeconds = new WeakMap<Tables['classes'], Map<string, ClassSeconds | null>>()
/** Stands for "what follows the class" while a class's own second keys are worked out. */
const FOLLOWS: PatternNode = {t: 'hole'}

function secondsOfClass(name: string, data: Tables, memo: Map<string, Set<string>>): ClassSeconds | null {
  let known = classSeconds.get(data.classes)
  if (!known) classSeconds.set(data.classes, (known = new Map()))
  if (known.has(name)) return known.get(name)!
  known.set(name, null) // a class cannot name itself; guard anyway
  const out = new Map<string, Set<string> | null>()
  const tails = new Set<string>()
  const node = data.classes[name]
  const summary: ClassSeconds | null = node && addSecondKeys(node, [FOLLOWS], data, out, 1, memo, tails) ? new Map([...out].map(([key, keys]) => [key, keys && {keys, tail: tails.has(key)}])) : null
  known.set(name, summary)
  return summary
}

/** What the rest of a phrase (less a closing FOLLOWS) can start with: whether loosely, whether it can be empty, and its first keys. Kept per rest, which every option of an alternation shares. */
const rests = new WeakMap<readonly PatternNode[], {loose: boolean; empty: boolean; keys: Set<string>}>()

function restOf(items: readonly PatternNode[], open: boolean, data: Tables, memo: Map<string, Set<string>>): {loose: boolean; empty: boolean; keys: Set<string>} {
  let known = rests.get(items)
  if (!known) {
    const own = open ? items.slice(0, -1) : items
    const seq: PatternNode = own.length === 1 ? own[0]! : {t: 'seq', items: [...own]}
    known = own.length === 0 ? {loose: false, empty: true, keys: new Set()} : {loose: looseStart(seq, data), empty: nullable(seq), keys: firstKeys(seq, data, memo)}
    rests.set(items, known)
  }
  return known
}

function addSecondKeys(raw: PatternNode, rest: readonly PatternNode[], data: Tables, out: Map<string, Set<string> | null>, depth: number, memo: Map<string, Set<string>>, tails?: Set<string>): boolean {
  const node = expand(raw)
  const then = (second: Set<string> | null) => (key: string) => {
    const known = out.get(key)
    if (known === null) return
    if (second === null) out.set(key, null)
    else if (known === undefined) out.set(key, new Set(second))
    else for (const k of second) known.add(k)
  }
  // What the rest of the phrase can start with, or null when it may be empty or start loosely.
  // While a class's own keys are worked out, the rest ends with FOLLOWS: what comes after the
  // class, noted in `tails` where it can come next, and read in when the class is used.
  const afterFirst = (items: readonly PatternNode[], key: string): Set<string> | null => {
    const open = items.at(-1) === FOLLOWS
    const {loose, empty, keys} = restOf(items, open, data, memo)
    if (loose) return null
    if (empty) {
      if (!open) return null
      tails!.add(key)
      return keys
    }
    return keys.size ? keys : null
  }
  const thenAfter = (items: readonly PatternNode[]) => (key: string) => then(afterFirst(items, key))(key)
  // the phrase may start after this node: its rest opens it too (and an empty phrase opens anywhere)
  const skippable = () => rest.length > 0 && rest[0] !== FOLLOWS && addSecondKeys(rest[0]!, rest.slice(1), data, out, depth, memo, tails)
  switch (node.t) {
    case 'any': case 'gap': return false
    case 'hole': return skippable()
    case 'opt': return addSecondKeys(node.item, rest, data, out, depth, memo, tails) && skippable()
    case 'seq':
      if (node.items.length === 0) return skippable()
      return addSecondKeys(node.items[0]!, [...node.items.slice(1), ...rest], data, out, depth, memo, tails)
    case 'alt':
      if (depth >= MAX_OPENED) return false
      return node.options.every((option) => addSecondKeys(option, rest, data, out, depth + 1, memo, tails))
    case 'cls': {
      if (depth >= MAX_OPENED) return false
      const seconds = secondsOfClass(node.name, data, memo)
      if (!seconds) return false
      for (const [key, inside] of seconds) {
        if (inside === null) then(null)(key)
        else if (!inside.tail) then(inside.keys.size ? inside.keys : null)(key)
        else {
          const after = afterFirst(rest, key)
          then(after === null ? null : new Set([...inside.keys, ...after]))(key)
        }
      }
      return true
    }
    case 'slot':
      for (const form of data.slots[node.ref] ?? []) {
        if (form.k.length > 1) then(new Set([form.k[1]!]))(form.k[0]!)
        else thenAfter(rest)(form.k[0]!)
      }
      return true
  }
  if (singleToken(node, data)) for (const key of firstKeys(node, data, memo)) thenAfter(rest)(key)
  else for (const key of firstKeys(node, data, memo)) then(null)(key)
  return true
}

/**
 * Key sets a match must draw on, one of each: for every word, class or
 * alternation the pattern cannot skip, the keys one of its tokens must have.
 * Where the words stand is left out, so this is only a necessary condition:
 * the index uses it to pass over patterns whose words are not all in the
 * sentence ("it was ... plain and simple" in a sentence without "plain").
 */
export function requiredKeys(raw: PatternNode, data: Tables, memo = new Map<string, Array<Set<string>>>()): Array<Set<string>> {
  const node = expand(raw)
  switch (node.t) {
    case 'w': return [new Set(node.k)]
    case 'slot': return [new Set((data.slots[node.ref] ?? []).map((a) => a.k[0]!))]
    case 'num': return [new Set(['#num'])]
    case 'p': return [new Set([node.v])]
    case 'tag': return [new Set(node.k.map((k) => '#' + k))]
    case 'cls': {
      let sets = memo.get(node.name)
      if (!sets) {
        memo.set(node.name, []) // a class cannot name itself; guard anyway
        const cls = data.classes[node.name]
        sets = cls ? requiredKeys(cls, data, memo) : []
        memo.set(node.name, sets)
      }
      return sets
    }
    case 'seq': return node.items.flatMap((item) => requiredKeys(item, data, memo))
    case 'alt': {
      // one set for the whole alternation: each option's smallest, pooled
      const pooled = new Set<string>()
      for (const option of node.options) {
        const sets = requiredKeys(option, data, memo)
        if (!sets.length) return []
        const smallest = sets.reduce((a, b) => (b.size < a.size ? b : a))
        for (const k of smallest) pooled.add(k)
      }
      return [pooled]
    }
    case 'opt': case 'gap': case 'any': case 'hole': return []
  }
}
