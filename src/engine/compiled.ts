/** The shape scripts/build-dictionaries.mjs writes and the engine reads. */
import type {Priority} from '../types.js'

export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'gerund'
export type NounForm = 'sing' | 'plural'
export type Form = VerbForm | NounForm

export type PatternNode =
  | {t: 'w'; k: string[]}
  | {t: 'slot'; lemma: string; kind: 'v' | 'n'; alts: Array<{k: string[]; f: Form}>}
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
  suggest: SuggestionPart[][]
  fix: 'auto' | 'choice' | 'none'
  reason: string
  source: string[]
  level: Priority
  message?: string
  tags?: string[]
  when: Gates
}

export interface CompiledRule {
  rule: string
  level: Priority
  entries: CompiledEntry[]
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
  indexedClasses: string[]
  rules: Record<string, CompiledRule>
  priority?: unknown
  crisisLines?: unknown
}
