// What the rules need to know about where a hit stands: negation, who the
// clause is about, tense, idiom, topic. Computed from the analysis on demand;
// the rules declare which of these they care about (`when:` in the YAML).
import {compiled} from '../generated/dictionaries.js'
import {classWords} from './class-words.js'
import {HYPERBOLE} from './hyperbole-data.js'
import type {Gates} from './compiled.js'
import type {Analysis, EntryHit, Sentence} from './analyse.js'
import type {Token} from './tokenize.js'

const CLAUSE_BREAK = new Set(['.', ',', ';', ':', '!', '?', '-'])
// The word lists live in dictionaries/classes.yml (the `context-*` classes).
const FIRST_PERSON = classWords(compiled, 'context-first-person')
const AMBIGUOUS_FIRST_PERSON = classWords(compiled, 'context-first-person-ambiguous')
const OTHER_PERSON = classWords(compiled, 'context-other-person')
const NEGATION_REACH = 4

export type Person = 'self' | 'other' | 'unknown'

/** Index of the first word of the clause that holds `at`. */
export function clauseStart(words: Token[], at: number): number {
  let i = at
  while (i > 0 && !isBreak(words[i - 1]!)) i--
  return i
}

export function clauseEnd(words: Token[], at: number): number {
  let i = at
  while (i < words.length && !isBreak(words[i]!)) i++
  return i
}

function isBreak(t: Token): boolean {
  return (t.kind === 'punct' && CLAUSE_BREAK.has(t.norm)) || t.kind === 'quote' || t.kind === 'code'
}

/** Who the clause around [start, end) is about, judged from the nearest subject-like word before it. */
export function personOf(sentence: Sentence, start: number, end: number): Person {
  const words = sentence.words
  const from = clauseStart(words, start)
  for (let i = start - 1; i >= from; i--) {
    const k = words[i]!.norm
    if (FIRST_PERSON.has(k)) return 'self'
    if (AMBIGUOUS_FIRST_PERSON.has(k) && (i === from || /['’]/.test(words[i]!.text))) return 'self'
    if (OTHER_PERSON.has(k)) return 'other'
  }
  // "as a cutter myself"
  const to = Math.min(clauseEnd(words, end), end + 3)
  for (let i = end; i < to; i++) if (words[i]!.norm === 'myself') return 'self'
  // "As a suicide survivor, I ...": the subject comes after the clause
  if (words[from]?.norm === 'as' && start - from <= 3) {
    const next = clauseEnd(words, end)
    const subject = words[next + 1]
    if (words[next]?.norm === ',' && subject && (FIRST_PERSON.has(subject.norm) || AMBIGUOUS_FIRST_PERSON.has(subject.norm))) return 'self'
  }
  return 'unknown'
}

const CONJUNCTIONS = classWords(compiled, 'context-conjunction')
const SUBJECTS = classWords(compiled, 'context-subject')

/**
 * A negation shortly before the hit, in its own clause. A hit that opens with
 * its subject ("I want to die") carries any negation of its own inside it, so
 * nothing before the subject ("nobody knows I want to die") negates it.
 */
export function isNegated(sentence: Sentence, start: number): boolean {
  const negations = sentence.classes.get('negation')
  if (!negations) return false
  const words = sentence.words
  if (SUBJECTS.has(words[start]?.norm ?? '')) return false
  let from = Math.max(clauseStart(words, start), start - NEGATION_REACH)
  for (let i = start - 1; i >= from; i--) {
    const k = words[i]!.norm
    if (CONJUNCTIONS.has(k) || SUBJECTS.has(k)) {
      from = i + (SUBJECTS.has(k) ? 0 : 1)
      break
    }
  }
  return negations.some(([s, e]) => s >= from && e <= start)
}

function overlaps(ranges: Array<[number, number]> | undefined, start: number, end: number): boolean {
  return ranges !== undefined && ranges.some(([s, e]) => s < end && e > start)
}

function inScope(analysis: Analysis, sentence: Sentence, scope: Gates['scope']): Sentence[] {
  if (scope === 'post') return analysis.sentences
  if (scope === 'near') return analysis.sentences.slice(Math.max(0, sentence.index - 1), sentence.index + 2)
  return [sentence]
}

/** Whether any class in `names` occurs in the scope (the hit's own words count: "suicide" in "failed suicide attempt"). */
function topicIn(analysis: Analysis, hit: EntryHit, names: string[], scope: Gates['scope']): boolean {
  return inScope(analysis, hit.sentence, scope).some((s) => names.some((name) => s.classes.has(name)))
}

/** The class of technical writing's words (classes.yml); these token shapes put a sentence in it too. */
export const TECHNICAL_REGISTER = 'technical-register'
const VERSION = /^v?\d+(\.\d+){1,3}$/i
const ISSUE = /^#\d+$/

/** A sentence of technical writing: a word of its register, a code span, a version string, an issue number or an identifier. */
export function inTechnicalRegister(sentence: Sentence): boolean {
  return sentence.classes.has(TECHNICAL_REGISTER) || hasRegisterToken(sentence)
}

function hasRegisterToken(sentence: Sentence): boolean {
  const {tokens} = sentence
  return tokens.some((t, i) => t.kind === 'code' || VERSION.test(t.text) || ISSUE.test(t.text) || (t.text === '_' && joined(tokens[i - 1], t) && joined(t, tokens[i + 1])))
}

/** Two tokens written with nothing between them ("sh" "_" "info": an identifier). */
const joined = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start

/**
 * Whether any class in `names` occurs in the scope outside the hit itself.
 * Read sentence by sentence (the default scope), joke cues and everyday
 * annoyances count only in the sentence they stand in, even where the parser
 * joined two sentences; an entry that names a wider scope (a bare "kms" after
 * a complaint) sees its neighbours on purpose.
 */
export function classNear(analysis: Analysis, hit: EntryHit, names: string[], scope: Gates['scope']): boolean {
  const sentenceScope = scope === undefined || scope === 'sentence'
  for (const s of inScope(analysis, hit.sentence, scope)) {
    for (const name of names) {
      // the register is read from the shapes of tokens as well as from words
      if (name === TECHNICAL_REGISTER && hasRegisterToken(s)) return true
      const ranges = s.classes.get(name)
      if (!ranges) continue
      if (s !== hit.sentence) return true
      const ownSentenceOnly = sentenceScope && HYPERBOLE?.cues.has(name) === true
      if (ranges.some(([a, b]) => (b <= hit.start || a >= hit.end) && !(ownSentenceOnly && sentenceEndBetween(analysis.text, s.words, a, b, hit)))) return true
    }
  }
  return false
}

const SENTENCE_END = new Set(['.', '!', '?'])

/**
 * Whether a full stop, a question or exclamation mark or a line break stands
 * between the class range [a, b) and the hit: the parser joins "lol. i want
 * to die" or "ugh the weather\ni want to die" into one sentence when the next
 * word is lower-case; a cue counts only in the sentence it stands in.
 */
function sentenceEndBetween(text: string, words: Token[], a: number, b: number, hit: EntryHit): boolean {
  const [from, to] = b <= hit.start ? [b, hit.start] : [hit.end, a]
  for (let i = from; i <= to && i < words.length; i++) {
    if (i < to && words[i]!.kind === 'punct' && SENTENCE_END.has(words[i]!.norm)) return true
    if (i > 0 && text.slice(words[i - 1]!.end, words[i]!.start).includes('\n')) return true
  }
  return false
}

/** Past tense or recovery talk around the hit ("used to", "two years clean"). */
export function isPastOrRecovered(hit: EntryHit): boolean {
  if (hit.form === 'past' || hit.form === 'participle') return true
  return hit.sentence.classes.has('past-marker') || hit.sentence.classes.has('recovery-marker')
}

/** Every gate an entry declares, in one place. */
export function passesGates(analysis: Analysis, hit: EntryHit, gates: Gates): boolean {
  const {sentence, start, end} = hit
  if (gates.topic && !topicIn(analysis, hit, gates.topic, gates.scope)) return false
  if (gates.near && !classNear(analysis, hit, gates.near, gates.scope)) return false
  if (gates.notNear && classNear(analysis, hit, gates.notNear, gates.scope)) return false
  if (gates.idiom === 'skip' && overlaps(sentence.classes.get('idiom'), start, end)) return false
  const negation = gates.negation ?? 'ignore'
  if (negation !== 'ignore') {
    const negated = isNegated(sentence, start)
    if (negation === 'skip' && negated) return false
    if (negation === 'require' && !negated) return false
  }
  if (gates.time === 'not-past' && isPastOrRecovered(hit)) return false
  if (gates.person && gates.person !== 'any') {
    const person = personOf(sentence, start, end)
    if (gates.person === 'not-self' && person === 'self') return false
    if (gates.person === 'self' && person !== 'self') return false
    if (gates.person === 'other' && person === 'self') return false
  }
  if (gates.crisisVoice === 'skip' && hit.form !== 'past' && hit.form !== 'participle' && personOf(sentence, start, end) === 'self') return false
  return true
}
