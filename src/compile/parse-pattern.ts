// The pattern language of docs/dictionaries.md, parsed into the JSON AST the
// runtime matcher (src/engine/pattern.ts) walks. Node shapes:
//   {t:'w', k:[key...]}                one word, any of the keys
//   {t:'slot', alts:[{k:[key...], f:form}], lemma, kind}   an inflected word (a form may be several words)
//   {t:'cls', name}                    a word class
//   {t:'seq', items:[node...]}   {t:'alt', options:[node...]}   {t:'opt', item:node}
//   {t:'any'}  {t:'gap', max}  {t:'num', op?, a?, b?}  {t:'p', v}  {t:'tag', k:[key]}  {t:'hole'}
import type {Form, PatternObject, SlotForm} from '../engine/compiled.js'
import {normalizeWord} from '../engine/normalize.js'
import {inflect, type Lexicon, type SlotKind} from './inflect.js'

/** A parsed pattern: the compiled node shapes, with an inflected word's forms still inside it (compile.ts stores them once). */
export type Ast =
  | Exclude<PatternObject, {t: 'slot' | 'seq' | 'alt' | 'opt'}>
  | {t: 'slot'; lemma: string; kind: SlotKind; alts: SlotForm[]}
  | {t: 'seq'; items: Ast[]}
  | {t: 'alt'; options: Ast[]}
  | {t: 'opt'; item: Ast}

export interface ParseOptions {
  lexicon: Lexicon
  /** Except patterns: `_` stands for the match. */
  allowHole?: boolean
}

const PUNCT = new Set(['.', ',', ':', ';', '!', '?'])
const MAX_GAP = 6
/**
 * The most ways a pattern may match from one word (see `branching`). The
 * matcher tries them all without memoising, so gaps and optional parts that
 * multiply would make a pattern slow; the built-in dictionaries stay under 1,000.
 */
export const MAX_BRANCHING = 5000

export class PatternError extends Error {}

/** The pattern text `source` as an AST; a `PatternError` says what cannot be read. */
export function parsePattern(source: string, options: ParseOptions): Ast {
  const lexemes = lex(source)
  let i = 0
  const peek = () => lexemes[i]
  const next = () => lexemes[i++]

  function parseSeq(inGroup: boolean): Ast {
    const items: Ast[] = []
    while (i < lexemes.length && peek() !== ')' && !(inGroup && peek() === '|')) {
      let item = parseAtom()
      if (peek() === '?') {
        next()
        item = {t: 'opt', item}
      }
      items.push(item)
    }
    return items.length === 1 ? items[0]! : {t: 'seq', items}
  }

  function parseAtom(): Ast {
    const lexeme = next()
    if (lexeme === '(') {
      const options = [parseSeq(true)]
      while (peek() === '|') {
        next()
        options.push(parseSeq(true))
      }
      if (next() !== ')') throw new PatternError(`missing ")" in "${source}"`)
      return options.length === 1 ? options[0]! : {t: 'alt', options}
    }
    if (lexeme === ')' || lexeme === '|' || lexeme === '?') {
      throw new PatternError(`unexpected "${lexeme}" in "${source}"`)
    }
    return parseWordish(lexeme ?? '')
  }

  function parseWordish(lexeme: string): Ast {
    if (lexeme === '*') return {t: 'any'}
    if (/^\.\.\.\d*$/.test(lexeme)) {
      const max = lexeme.length > 3 ? Number(lexeme.slice(3)) : 4
      if (max < 1 || max > MAX_GAP) throw new PatternError(`gap "${lexeme}" must be ...1 to ...${MAX_GAP}`)
      return {t: 'gap', max}
    }
    if (lexeme === '_') {
      if (!options.allowHole) throw new PatternError(`"_" is only for except patterns: "${source}"`)
      return {t: 'hole'}
    }
    if (lexeme === '\\?') return {t: 'p', v: '?'}
    if (PUNCT.has(lexeme)) return {t: 'p', v: lexeme}
    if (lexeme.startsWith('#num')) return parseNumber(lexeme)
    if (lexeme.startsWith('#')) {
      const keys = lexeme.slice(1).split('|').map((w) => normalizeWord(w.replace(/^#/, '')).replace(/[-_]/g, ''))
      return {t: 'tag', k: keys}
    }
    if (lexeme.startsWith('<')) {
      const m = /^<([a-z0-9][a-z0-9-]*)>$/.exec(lexeme)
      if (!m) throw new PatternError(`bad class "${lexeme}" in "${source}"`)
      return {t: 'cls', name: m[1]!}
    }
    if (lexeme.startsWith('{')) {
      const m = /^\{([a-z][a-z'-]*)(?::([vn]))?\}$/.exec(lexeme)
      if (!m) throw new PatternError(`bad slot "${lexeme}" in "${source}" (write {verb} or {noun:n})`)
      return slot(m[1]!, (m[2] ?? 'v') as SlotKind, options.lexicon)
    }
    if (/[<>{}()]/.test(lexeme)) throw new PatternError(`stray bracket in "${lexeme}" of "${source}"`)
    // `~word` matches only a masked spelling of the word ("s*icide" for ~suicide)
    if (lexeme.startsWith('~')) return {t: 'w', k: lexeme.slice(1).split('|').map((w) => '~' + normalizeWord(w.replace(/^~/, '')).replace(/-/g, ''))}
    const words = lexeme.split('|')
    if (words.some((w) => !w)) throw new PatternError(`empty alternative in "${lexeme}" of "${source}"`)
    const nodes = words.map(wordNode)
    return nodes.length === 1 ? nodes[0]! : {t: 'alt', options: nodes}
  }

  function parseNumber(lexeme: string): Ast {
    const m = /^#num(?:(<|>|<=|>=)(\d+(?:\.\d+)?)|:(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?))?$/.exec(lexeme)
    if (!m) throw new PatternError(`bad number "${lexeme}" in "${source}" (#num, #num<N, #num>N, #num:A-B)`)
    if (m[1]) return {t: 'num', op: m[1] as '<' | '>' | '<=' | '>=', a: Number(m[2])}
    if (m[3]) return {t: 'num', op: ':', a: Number(m[3]), b: Number(m[4])}
    return {t: 'num'}
  }

  const ast = parseSeq(false)
  if (i < lexemes.length) throw new PatternError(`unexpected "${peek()}" in "${source}"`)
  return ast
}

function lex(source: string): string[] {
  const out: string[] = []
  const re = /\s*(\\\?|[()|?]|[^\s()|?\\]+(?:\|[^\s()|?\\]+)*)/gy
  // A `|` with no space around it and outside a group joins words; inside a
  // group it separates alternatives, so the lexer only joins at depth 0.
  let depth = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(source))) {
    const lexeme = m[1]!
    if (lexeme === '(') depth++
    if (lexeme === ')') depth--
    if (depth > 0 && lexeme.includes('|') && lexeme.length > 1) {
      const parts = lexeme.split('|')
      parts.forEach((p, n) => {
        if (n) out.push('|')
        if (p) out.push(p)
      })
      continue
    }
    out.push(lexeme)
    if (re.lastIndex >= source.length) break
  }
  if (/\S/.test(source.slice(re.lastIndex))) throw new PatternError(`cannot read "${source}"`)
  return out
}

/** A literal word; a hyphenated one also matches its spaced and joined forms. */
export function wordNode(word: string): Ast {
  const key = normalizeWord(word)
  if (!key) throw new PatternError(`empty word`)
  const parts = key.split('-').filter(Boolean)
  if (parts.length === 1) return {t: 'w', k: [parts[0]!]}
  return {t: 'alt', options: [{t: 'seq', items: parts.map((p) => ({t: 'w', k: [p]}))}, {t: 'w', k: [parts.join('')]}]}
}

function slot(lemma: string, kind: SlotKind, lexicon: Lexicon): Ast {
  const forms = inflect(lemma, kind, lexicon)
  const alts: SlotForm[] = []
  const seen = new Set<string>()
  for (const [form, surfaces] of Object.entries(forms)) {
    for (const surface of surfaces) {
      for (const keys of surfaceKeys(surface)) {
        const id = keys.join(' ') + '/' + form
        if (seen.has(id)) continue
        seen.add(id)
        alts.push({k: keys, f: form as Form})
      }
    }
  }
  return {t: 'slot', lemma, kind, alts}
}

/** "self-harmed" -> [["self","harmed"], ["selfharmed"]]; "hung" -> [["hung"]]. */
function surfaceKeys(surface: string): string[][] {
  const key = normalizeWord(surface)
  const parts = key.split(/[-\s]+/).filter(Boolean)
  return parts.length === 1 ? [parts] : [parts, [parts.join('')]]
}

/** Fewest and most words a node can match (Infinity never happens: gaps are bounded). */
export function span(node: Ast): [number, number] {
  switch (node.t) {
    case 'w': case 'any': case 'num': case 'p': case 'tag': return [1, 1]
    case 'hole': return [0, 0]
    case 'gap': return [0, node.max]
    case 'slot': return [Math.min(...node.alts.map((a) => a.k.length)), Math.max(...node.alts.map((a) => a.k.length))]
    case 'opt': return [0, span(node.item)[1]]
    case 'seq': return node.items.map(span).reduce<[number, number]>((a, b) => [a[0] + b[0], a[1] + b[1]], [0, 0])
    case 'alt': {
      const s = node.options.map(span)
      return [Math.min(...s.map((x) => x[0])), Math.max(...s.map((x) => x[1]))]
    }
    case 'cls': return [1, 8] // resolved later; members are short phrases
  }
}

/** Whether a node can start by consuming a word it does not name (a gap or `*`). */
export function startsLoose(node: Ast): boolean {
  switch (node.t) {
    case 'any': case 'gap': return true
    case 'opt': return startsLoose(node.item)
    case 'alt': return node.options.some(startsLoose)
    case 'seq':
      for (const item of node.items) {
        if (startsLoose(item)) return true
        if (span(item)[0] > 0) return false
      }
      return false
    default: return false
  }
}

/**
 * An upper bound on how many ways `node` can match from one word on crafted
 * input: what one start costs the continuation-passing matcher. Gaps and
 * optional parts multiply along a sequence; alternatives that start with a
 * word add only their costliest option (a word picks one), loose ones add up.
 * `classOf(name)` gives a class's pattern.
 */
export function branching(node: Ast, classOf: (name: string) => Ast | undefined): number {
  switch (node.t) {
    case 'cls': {
      const cls = classOf(node.name)
      return cls ? branching(cls, classOf) : 1
    }
    case 'opt': return branching(node.item, classOf) + 1
    case 'gap': return node.max + 1
    case 'seq': return node.items.reduce((product, item) => product * branching(item, classOf), 1)
    case 'alt': {
      let costliest = 1
      let loose = 0
      for (const option of node.options) {
        const cost = branching(option, classOf)
        if (startsLoose(option) || span(option)[0] === 0) loose += cost
        else costliest = Math.max(costliest, cost)
      }
      return costliest + loose
    }
    default: return 1
  }
}
