// One index over every pattern of every enabled rule, plus the word classes
// the context gates ask about. Each token is looked up by its keys once; only
// the patterns filed under those keys are tried from that token.
import {expand, type CompiledData, type CompiledEntry, type Form, type PatternNode} from './compiled.js'
import {compileMatcher, firstKeys, matcherWork, maxLength, secondKeysByFirst, type Linker, type Matcher} from './pattern.js'
import {createMaskMatcher, keysOf, type MaskMatcher, type Token} from './tokenize.js'
import {literalWords} from './class-words.js'
import {compiled as shipped, patternStarts as shippedStarts} from '../generated/dictionaries.js'
import {anchorsOf, keyMemos, splitSeconds, splitStarts, type StoredSeconds} from './pattern-starts.js'

export type Owner =
  | {kind: 'entry'; rule: string; entry: CompiledEntry}
  | {kind: 'class'; name: string}

interface Candidate {
  owner: Owner
  /** Compiled on first use: most patterns never meet their first word in a given run. */
  match: Matcher
  /** The pattern, for working out `secondByFirst` and `anchors` on first use. */
  node: PatternNode
  /** Keys the next word must have for the pattern to have a chance, by the first word (see `secondKeysByFirst`), or null; worked out on first use. */
  secondByFirst?: ReadonlyMap<string, ReadonlySet<string> | null> | null
  /** Key sets the sentence must hold one of each of (see `anchorsOf`); read or worked out on first use. */
  anchors?: ReadonlyArray<ReadonlySet<string>>
  /** The anchors the build stored, if it did. */
  storedAnchors: string[] | undefined
  /** The second keys the build stored, if it did. */
  storedSeconds: StoredSeconds | undefined
}

/** A first word's candidates (by their place in its list): those any word may follow, and those that need a given word next. */
interface KeySplit {
  open: number[]
  bySecond: Map<string, number[]>
}

const NONE: number[] = []

/** How many times a first word is met before its candidates are split by the word they need next. */
const SPLIT_AFTER = 3

export interface RawHit {
  owner: Owner
  /** [start, end) in the sentence's word tokens. */
  start: number
  end: number
  form: Form | undefined
}

export interface PhraseIndex {
  readonly data: CompiledData
  readonly rules: readonly string[]
  readonly unmask: MaskMatcher
  /**
   * Every hit in one sentence: for each start, each pattern's longest match.
   * `entries` are the rules' patterns; `classes` the word classes the context
   * gates and post-level rules read (scanned only when they are asked about).
   * `present` gives every key in the sentence, if the caller keeps them.
   */
  scan(words: Token[], which?: 'entries' | 'classes', present?: () => ReadonlySet<string>): RawHit[]
  /** Every word a hit of one of these classes can start with (to rule sentences out at a glance); kept per list, so pass one list, not a new one per call. */
  classStarts(names: readonly string[]): ReadonlySet<string>
  /**
   * The part of an entry's match [start, end) its `focus` pattern picks out:
   * the first stretch inside the match the focus matches (its longest), with
   * the form of the slot matched there. The whole match when the entry has no
   * focus, or the focus is not found in it.
   */
  focus(entry: CompiledEntry, words: Token[], start: number, end: number, form: Form | undefined): {start: number; end: number; form: Form | undefined}
  /** Compiled except-patterns of an entry: [before, after] halves around `_`. */
  exceptions(entry: CompiledEntry): Array<{before?: Matcher; beforeMax: number; after?: Matcher}>
}

export function createPhraseIndex(data: CompiledData, rules: readonly string[]): PhraseIndex {
  const classMatchers = new Map<string, Matcher>()
  const linker: Linker = {
    data,
    classMatcher(name: string): Matcher {
      let m = classMatchers.get(name)
      if (!m) {
        const node = data.classes[name]
        if (!node) throw new Error(`safepost: unknown word class <${name}>`)
        m = compileMatcher(node, linker)
        classMatchers.set(name, m)
      }
      return m
    }
  }
  const lazy = (node: PatternNode): Matcher => {
    let compiled: Matcher | undefined
    return (ts, i, form, next) => (compiled ??= compileMatcher(node, linker))(ts, i, form, next)
  }

  const entryKeys = new Map<string, Candidate[]>()
  const classKeys = new Map<string, Candidate[]>()
  const memos = keyMemos()
  const firstMemo = memos.first
  // the build's first keys and anchors hold for the shipped classes and slots, and for a shipped rule as it is
  const shippedTables = data.classes === shipped.classes && data.slots === shipped.slots
  const startsOf = (node: PatternNode, stored: string | undefined): Iterable<string> => (stored === undefined ? firstKeys(node, data, firstMemo) : splitStarts(stored))
  const file = (node: PatternNode, candidate: Candidate, stored: string | undefined) => {
    const byKey = candidate.owner.kind === 'class' ? classKeys : entryKeys
    for (const key of startsOf(node, stored)) {
      let list = byKey.get(key)
      if (!list) byKey.set(key, (list = []))
      list.push(candidate)
    }
  }
  for (const rule of rules) {
    const compiled = data.rules[rule]
    if (!compiled) continue
    const stored = shippedTables && compiled === shipped.rules[rule]
    const starts = stored ? shippedStarts.rules[rule] : undefined
    const anchors = stored ? shippedStarts.anchors[rule] : undefined
    compiled.entries.forEach((entry, e) => {
      entry.patterns.forEach((pattern, p) => {
        file(pattern, {owner: {kind: 'entry', rule, entry}, match: lazy(pattern), node: pattern, storedAnchors: anchors?.[e]?.[p], storedSeconds: undefined}, starts?.[e]?.[p])
      })
    })
  }
  for (const name of data.indexedClasses) {
    const node = data.classes[name]
    if (node) file(node, {owner: {kind: 'class', name}, match: (ts, i, form, next) => linker.classMatcher(name)(ts, i, form, next), node, storedAnchors: undefined, storedSeconds: shippedTables ? shippedStarts.seconds[name] : undefined}, shippedTables ? shippedStarts.classes[name] : undefined)
  }

  const secondOf = (candidate: Candidate) => {
    if (candidate.secondByFirst === undefined) candidate.secondByFirst = candidate.storedSeconds !== undefined ? splitSeconds(candidate.storedSeconds) : secondKeysByFirst(candidate.node, data, firstMemo)
    return candidate.secondByFirst
  }
  // Per first word, its candidates split by the word they need next, worked out once the word
  // has been met a few times: a run that checks one line (the command's cold start) never pays for it.
  const splits = new WeakMap<Candidate[], KeySplit>()
  const meetings = new WeakMap<Candidate[], number>()
  const splitOf = (key: string, candidates: Candidate[]): KeySplit | undefined => {
    let split = splits.get(candidates)
    if (!split) {
      const met = (meetings.get(candidates) ?? 0) + 1
      meetings.set(candidates, met)
      if (met < SPLIT_AFTER) return undefined
      const open: number[] = []
      const bySecond = new Map<string, number[]>()
      candidates.forEach((candidate, n) => {
        const second = secondOf(candidate)?.get(key)
        if (!second) return open.push(n)
        for (const k of second) {
          const list = bySecond.get(k)
          if (list) list.push(n)
          else bySecond.set(k, [n])
        }
      })
      splits.set(candidates, (split = {open, bySecond}))
    }
    return split
  }

  const exceptionCache = new WeakMap<CompiledEntry, ReturnType<PhraseIndex['exceptions']>>()
  const focusCache = new WeakMap<CompiledEntry, Matcher>()
  const startsCache = new WeakMap<readonly string[], ReadonlySet<string>>()
  const maskWords = data.classes['masked-target']
  const unmask = createMaskMatcher(maskWords ? literalWords(maskWords) : [])

  return {
    data,
    rules,
    unmask,
    scan(words, which = 'entries', present = () => keysOf(words)) {
      const byKey = which === 'classes' ? classKeys : entryKeys
      const hits: RawHit[] = []
      const tried = new Set<Candidate>()
      let keys: ReadonlySet<string> | undefined
      const attempt = (candidate: Candidate, i: number) => {
        const anchors = (candidate.anchors ??= candidate.storedAnchors ? candidate.storedAnchors.map((set) => new Set(splitStarts(set))) : anchorsOf(candidate.node, data, memos))
        if (anchors.length && !holdsAll((keys ??= present()), anchors)) return
        if (matcherWork.counting) matcherWork.steps++
        let end = -1
        let form: Form | undefined
        candidate.match(words, i, undefined, (j, f) => {
          if (j > end) {
            end = j
            form = f
          }
        })
        if (end > i) hits.push({owner: candidate.owner, start: i, end, form})
      }
      for (let i = 0; i < words.length; i++) {
        const token = words[i]!
        if (token.literal || token.keys.length === 0) continue
        const next = words[i + 1]
        if (token.keys.length === 1 && (next === undefined || next.keys.length <= 1)) {
          // the common case, one key each: only the patterns the next word can go on with, in filing order
          const key = token.keys[0]!
          const candidates = byKey.get(key)
          if (!candidates) continue
          const split = splitOf(key, candidates)
          if (!split) {
            for (const candidate of candidates) attempt(candidate, i)
            continue
          }
          const open = split.open
          const then = next?.keys.length ? (split.bySecond.get(next.keys[0]!) ?? NONE) : NONE
          for (let a = 0, b = 0; a < open.length || b < then.length; ) {
            const n = b === then.length || (a < open.length && open[a]! < then[b]!) ? open[a++]! : then[b++]!
            attempt(candidates[n]!, i)
          }
          continue
        }
        // a token with several keys ("soooo", "victim's") could meet a pattern twice
        const dedupe = token.keys.length > 1
        if (dedupe) tried.clear()
        for (const key of token.keys) {
          const candidates = byKey.get(key)
          if (!candidates) continue
          for (const candidate of candidates) {
            if (dedupe) {
              if (tried.has(candidate)) continue
              tried.add(candidate)
            }
            const byFirst = secondOf(candidate)
            if (byFirst && !mayFollow(token, next, byFirst)) continue
            attempt(candidate, i)
          }
        }
      }
      return hits
    },
    classStarts(names) {
      let starts = startsCache.get(names)
      if (!starts) {
        const found = new Set<string>()
        for (const name of names) {
          const node = data.classes[name]
          if (node) for (const k of startsOf(node, shippedTables ? shippedStarts.classes[name] : undefined)) found.add(k)
        }
        startsCache.set(names, (starts = found))
      }
      return starts
    },
    focus(entry, words, start, end, form) {
      if (entry.focus === undefined) return {start, end, form}
      let matcher = focusCache.get(entry)
      if (!matcher) focusCache.set(entry, (matcher = compileMatcher(entry.focus, linker)))
      for (let s = start; s < end; s++) {
        let found = -1
        let foundForm: Form | undefined
        matcher(words, s, undefined, (e, f) => {
          if (e <= end && e > found) {
            found = e
            foundForm = f
          }
        })
        if (found > s) return {start: s, end: found, form: foundForm}
      }
      return {start, end, form}
    },
    exceptions(entry) {
      let compiled = exceptionCache.get(entry)
      if (!compiled) {
        compiled = entry.except.map((node) => {
          const root = expand(node)
          const items = root.t === 'seq' ? root.items : [root]
          const hole = items.findIndex((n) => expand(n).t === 'hole')
          const before = items.slice(0, hole)
          const after = items.slice(hole + 1)
          const seq = (list: PatternNode[]): PatternNode => (list.length === 1 ? list[0]! : {t: 'seq', items: list})
          return {
            ...(before.length ? {before: compileMatcher(seq(before), linker)} : {}),
            beforeMax: before.length ? maxLength(seq(before), data) : 0,
            ...(after.length ? {after: compileMatcher(seq(after), linker)} : {})
          }
        })
        exceptionCache.set(entry, compiled)
      }
      return compiled
    }
  }
}

function hasAnyKey(token: Token | undefined, keys: ReadonlySet<string>): boolean {
  if (token === undefined) return false
  for (const k of token.keys) if (keys.has(k)) return true
  return false
}

/** Whether some key of `token` starts a phrase that the next token can go on with. */
function mayFollow(token: Token, next: Token | undefined, byFirst: ReadonlyMap<string, ReadonlySet<string> | null>): boolean {
  for (const key of token.keys) {
    const second = byFirst.get(key)
    if (second === null || (second !== undefined && hasAnyKey(next, second))) return true
  }
  return false
}

/** Whether `present` holds a key of every set (each checked from its smaller side). */
function holdsAll(present: ReadonlySet<string>, anchors: ReadonlyArray<ReadonlySet<string>>): boolean {
  for (const set of anchors) {
    let found = false
    if (set.size <= present.size) {
      for (const k of set) if (present.has(k)) { found = true; break }
    } else {
      for (const k of present) if (set.has(k)) { found = true; break }
    }
    if (!found) return false
  }
  return true
}
