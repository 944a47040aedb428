/** The shape src/compile/ writes (through scripts/build-dictionaries.mjs) and the engine reads. */
import type {Priority} from '../types.js'

export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'gerund'
export type NounForm = 'sing' | 'plural'
export type Form = VerbForm | NounForm

/**
 * A node of a compiled pattern. A bare string is a word with one key (the
 * commonest node by far); a `PackedNode` is how the generated module writes
 * every other node. `expand` turns either into the object it stands for.
 */
export type PatternNode = string | PatternObject | PackedNode

/** src/compile/pack.ts: a one-letter tag, then the node's fields or children in order. */
export interface PackedNode extends ReadonlyArray<PatternNode | number> {
  readonly 0: string
}

export type PatternObject =
  | {t: 'w'; k: string[]}
  | {t: 'slot'; ref: string}
  | {t: 'cls'; name: string}
  | {t: 'seq'; items: PatternNode[]}
  | {t: 'alt'; options: PatternNode[]}
  | {t: 'opt'; item: PatternNode}
  | {t: 'any'}
  | {t: 'gap'; max: number}
  | {t: 'num'; op?: '<' | '>' | '<=' | '>=' | ':'; a?: number; b?: number}
  | {t: 'p'; v: string}
  | {t: 'tag'; k: string[]}
  | {t: 'hole'}

export interface SlotForm {
  k: string[]
  f: Form
}

/** A suggestion: text with inflectable slots. */
export type SuggestionPart = string | {v: Record<VerbForm, string>} | {n: Record<NounForm, string>}

export interface Gates {
  topic?: string[]
  scope?: 'sentence' | 'near' | 'post'
  near?: string[]
  notNear?: string[]
  person?: 'not-self' | 'self' | 'other' | 'any'
  negation?: 'skip' | 'require' | 'ignore'
  time?: 'not-past' | 'any'
  idiom?: 'skip' | 'ignore'
  crisisVoice?: 'skip' | 'ignore'
}

export interface CompiledEntry {
  id: string
  patterns: PatternNode[]
  except: PatternNode[]
  /** The part of a match that is reported and rewritten; the rest is context. */
  focus?: PatternNode
  suggest: SuggestionPart[][]
  fix: 'auto' | 'choice' | 'none'
  reason: string
  source: string[]
  level: Priority
  message?: string
  tags?: string[]
  when: Gates
}

/** A value under a rule file's `data:` (src/compile/dictionary-schema.json): text, a list, or a map of names to values. */
export type DataValue = string | DataValue[] | {[key: string]: DataValue}

/** How much of a rule's output a tool may apply unasked (the README's "fix" column). */
export type Fixable = 'yes' | 'mostly' | 'partly' | 'no' | 'never'
export type Audience = 'writer' | 'moderator'

/**
 * The header of a built-in rule file: what the rule is, how it reports and
 * what it reads. The one record of a rule (src/compile/dictionary-schema.json
 * says what each field may hold).
 */
export interface RuleHeader {
  /** One line: what the rule catches. */
  description: string
  fixable: Fixable
  /** A few words after `fixable` in the README's rules table. */
  fixNote?: string
  /** What one message is about: a phrase, a sentence, or the whole post (reported once, at its first word). */
  scope: 'phrase' | 'sentence' | 'post'
  /** Its severity in the presets of an audience, where not the presets' default (`warning`). */
  severity?: Partial<Record<Audience, 'off' | 'info' | 'warning' | 'error'>>
  /**
   * `fallback`: the message of an entry with no message and no suggestion;
   * `writer` / `moderator`: the message that audience gets instead of the
   * entry's; a post-level rule's own texts by name.
   */
  messages?: Record<string, string>
  /** Rules whose hits this rule reads: always analysed, whether or not they report. */
  needs?: string[]
  /** The trained scorer's threshold per audience (0..1); null: the model does not decide for this rule yet. */
  model?: Partial<Record<Audience, number | null>>
}

export interface CompiledRule {
  rule: string
  level: Priority
  /** The rule file's header; absent for a project's files, which only add entries. */
  meta?: RuleHeader
  entries: CompiledEntry[]
  /** The rule file's `data:` as written: word lists, maps and message texts its code reads. */
  data?: Record<string, DataValue>
}

export interface Source {
  name: string
  about?: string
  url: string
}

export interface CompiledData {
  version: 1
  sources: Record<string, Source>
  classes: Record<string, PatternNode>
  /** Inflected words by `lemma:kind`: every surface (one or more words) and its form. */
  slots: Record<string, SlotForm[]>
  indexedClasses: string[]
  rules: Record<string, CompiledRule>
  priority?: unknown
  /** dictionaries/model.yml: what the trained scorer reads (src/model/settings.ts). */
  model?: unknown
  crisisLines?: CrisisLines
  /** dictionaries/disguises.yml: how a moderator's message names the tricks the matching view undid. */
  disguises?: {'moderator-message': string; names: Record<'invisible' | 'styled' | 'lookalike', string>}
}

/** dictionaries/crisis-lines.yml, validated against src/compile/crisis-lines-schema.json. */
export interface CrisisLines {
  /** The region suggested when none is configured. */
  default: string
  regions: Record<string, CrisisRegion>
  /** Numbers and links that count as a route to help but are never suggested. */
  recognise?: {numbers?: string[]; web?: string[]}
  /** Closed or legacy numbers: never suggested. */
  retired?: RetiredLine[]
}

export interface CrisisRegion {
  name: string
  /** Other codes for the region (GB, USA). */
  aliases?: string[]
  /** The sentence the help-resources fix appends. */
  suggest: string
  lines: CrisisLine[]
}

export interface CrisisLine {
  name: string
  /** How to reach it, in words. */
  contact: string
  /** Numbers as written ("116 123"); a line has numbers, web or both. */
  numbers?: string[]
  /** Domains, for recognising links. */
  web?: string[]
  /** A general emergency number: recognised only after "call", "dial" or "ring". */
  emergency?: boolean
  /** ISO date the line was last compared with its source. */
  checked: string
  source: string
  note?: string
}

export interface RetiredLine {
  name: string
  numbers: string[]
  /** ISO date it closed. */
  closed: string
  source: string
  note?: string
}

export function expand(node: PatternNode): PatternObject {
  if (typeof node === 'string') return {t: 'w', k: [node]}
  return isPacked(node) ? unpack(node) : node
}

function isPacked(node: PatternObject | PackedNode): node is PackedNode {
  return Array.isArray(node)
}

function unpack(packed: PackedNode): PatternObject {
  const tag = packed[0]
  const rest = () => packed.slice(1)
  switch (tag) {
    case 'w': return {t: 'w', k: rest() as string[]}
    case 't': return {t: 'tag', k: rest() as string[]}
    case 'v': return {t: 'slot', ref: packed[1] as string}
    case 'c': return {t: 'cls', name: packed[1] as string}
    case 's': return {t: 'seq', items: rest() as PatternNode[]}
    case 'a': return {t: 'alt', options: rest() as PatternNode[]}
    case 'o': return {t: 'opt', item: packed[1] as PatternNode}
    case 'y': return {t: 'any'}
    case 'g': return {t: 'gap', max: packed[1] as number}
    case 'p': return {t: 'p', v: packed[1] as string}
    case 'h': return {t: 'hole'}
    case 'n': {
      const op = packed[1] as '<' | '>' | '<=' | '>=' | ':' | undefined
      if (op === undefined) return {t: 'num'}
      return op === ':' ? {t: 'num', op, a: packed[2] as number, b: packed[3] as number} : {t: 'num', op, a: packed[2] as number}
    }
    default: throw new Error(`safepost: unknown packed pattern node "${tag}"`)
  }
}
