// dictionaries/model.yml as the scorer reads it.
import {compiled} from '../generated/dictionaries.js'
import type {Audience} from '../engine/compiled.js'
import type {Priority} from '../types.js'

export interface FlagTest {
  classes?: string[]
  marks?: string[]
  quoted?: boolean
}

export interface ModelRule {
  /** How the message names what the scorer read ("a possible crisis ..."). */
  readsAs: string
  /** The review level a message of this rule carries unless the priority scores say more. */
  level: Priority
  /** Who the scorer adds this rule's messages for. */
  audiences: Audience[]
  /** Rules whose message in a sentence keeps the scorer from adding this rule's there. */
  notBeside: string[]
  /** Whether a stretch holds something of the rule's kind: one of its `needs` classes, or a pattern match of the rule. */
  holdsCue(featureNames: ReadonlySet<string>): boolean
  /** Who the `needs` test applies to; for the others the scorer may speak on any stretch. */
  needsFor: Audience[]
  /** Who gets the scorer's message beside the rule's own messages, where it points at a sentence they do not cover. */
  besideOwnFor: Audience[]
}

export interface ModelSettings {
  rules: Record<string, ModelRule>
  priority: Priority[]
  /** Rules one of whose messages a post must hold for the priority scores to raise it. */
  raiseWith: string[]
  window: number
  charGrams: [number, number]
  flags: Record<string, FlagTest>
  cueClasses: string[]
  /** Word classes left out of the scorer's features: lists only a rule's gate reads. */
  unreadClasses: ReadonlySet<string>
  /** Audiences for whom every sentence is scored, not only those holding a cue class. */
  everySentenceFor: Audience[]
  /** Folded words never quoted alone as a cue. */
  plainWords: ReadonlySet<string>
  wide: WideSettings
  /** A message covers, beside the sentence that added most, each neighbour in the stretch that added at least this share of it. */
  pointShare: number
}

/** The wide reading (src/model/wide.ts). */
export interface WideSettings {
  /** Sentences on either side of the best stretch's centre that the wide reading takes in. */
  reach: number
  /** Words shorter than this are left out of its word n-grams ("i", "a"). */
  minLetters: number
  /** Its word n-grams run from one word to this many. */
  wordGrams: number
  charGrams: [number, number]
  /** Output -> the share of its score the wide reading gives (0: none; the rest is the best stretch's). */
  mix: Record<string, number>
}

interface ModelYaml {
  rules: Record<string, {'reads-as': string; level: Priority; needs: string[]; 'needs-for'?: Audience[]; 'not-beside'?: string[]; 'beside-own-for'?: Audience[]; audiences: Audience[]}>
  priority: Priority[]
  'raise-with': string[]
  window: number
  'char-grams': [number, number]
  flags: Record<string, FlagTest>
  'cue-classes': string[]
  'unread-classes'?: string[]
  'every-sentence-for'?: Audience[]
  'plain-words': string[]
  'point-share': number
  wide: {reach: number; 'min-letters': number; 'word-grams': number; 'char-grams': [number, number]; mix: Record<string, number>}
}

function read(raw: ModelYaml): ModelSettings {
  return {
    rules: Object.fromEntries(Object.entries(raw.rules).map(([id, r]) => [id, {readsAs: r['reads-as'], level: r.level, notBeside: r['not-beside'] ?? [], audiences: r.audiences, holdsCue: cueTest(id, r.needs), needsFor: r['needs-for'] ?? ['writer', 'moderator'], besideOwnFor: r['beside-own-for'] ?? []}])),
    priority: raw.priority,
    raiseWith: raw['raise-with'],
    window: raw.window,
    charGrams: raw['char-grams'],
    flags: raw.flags,
    cueClasses: raw['cue-classes'],
    unreadClasses: knownClasses(raw['unread-classes'] ?? []),
    everySentenceFor: raw['every-sentence-for'] ?? [],
    plainWords: new Set(raw['plain-words']),
    pointShare: raw['point-share'],
    wide: {reach: raw.wide.reach, minLetters: raw.wide['min-letters'], wordGrams: raw.wide['word-grams'], charGrams: raw.wide['char-grams'], mix: raw.wide.mix}
  }
}

function knownClasses(names: string[]): ReadonlySet<string> {
  for (const name of names) if (!(name in compiled.classes)) throw new Error(`dictionaries/model.yml: unread-classes names no class "${name}"`)
  return new Set(names)
}

/** Whether a rule may speak on a stretch with these cue names, for this audience. */
export function mayScore(rule: ModelRule, audience: Audience, names: ReadonlySet<string>): boolean {
  return !rule.needsFor.includes(audience) || rule.holdsCue(names)
}

function cueTest(rule: string, needs: string[]): ModelRule['holdsCue'] {
  const exact = new Set(needs.filter((n) => !n.endsWith('/*')).map((n) => 'c:' + n))
  exact.add('h:' + rule)
  const prefixes = needs.filter((n) => n.endsWith('/*')).map((n) => 'c:' + n.slice(0, -1))
  return (names) => {
    for (const name of names) {
      if (exact.has(name)) return true
      if (name.startsWith('c:') && prefixes.some((p) => name.startsWith(p))) return true
    }
    return false
  }
}

export const modelSettings: ModelSettings = read((compiled as unknown as {model: ModelYaml}).model)
