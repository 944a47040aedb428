// Inflection at build time: the runtime only sees the forms this produces.
import nlp from 'compromise'
import type {NounForm, VerbForm} from '../engine/compiled.js'

/** The parts of compromise's API used here (its types describe the plugin machinery loosely). */
interface Transforms {
  verb: {conjugate(lemma: string, model: unknown): Partial<Record<'PastTense' | 'PresentTense' | 'Participle' | 'Gerund', string>> | undefined}
  noun: {toPlural(lemma: string, model: unknown): string | undefined}
}

const transform = (nlp.methods() as {two: {transform: Transforms}}).two.transform
const model = nlp.model()

export type SlotKind = 'v' | 'n'
/** Form -> every surface; the first is the one suggestions use, later ones are only matched. */
export type Forms = Partial<Record<VerbForm | NounForm, string[]>>
type FormTable = Record<string, Forms>

/** inflections.yml: forms that replace the derived ones, and misspellings that are also matched. */
export interface Lexicon {
  verbs?: FormTable
  nouns?: FormTable
  misspellings?: FormTable
}

/** Every form of a word, as `{form: [surface, ...]}`. */
export function inflect(lemma: string, kind: SlotKind, lexicon: Lexicon): Forms {
  const derived = kind === 'n' ? deriveNoun(lemma) : deriveVerb(lemma)
  const replaced = (kind === 'n' ? lexicon.nouns : lexicon.verbs)?.[lemma] ?? {}
  const misspelt = lexicon.misspellings?.[lemma] ?? {}
  const forms: Forms = {}
  for (const [form, surfaces] of Object.entries(derived) as Array<[keyof Forms, string[]]>) {
    forms[form] = [...new Set([...(replaced[form] ?? surfaces), ...(misspelt[form] ?? [])])]
  }
  return forms
}

function deriveVerb(lemma: string): Forms {
  const c = transform.verb.conjugate(lemma, model) || {}
  const past = c.PastTense || lemma + 'ed'
  return {
    base: [lemma],
    third: [c.PresentTense || lemma + 's'],
    past: [past],
    participle: [c.Participle || past],
    gerund: [c.Gerund || lemma + 'ing']
  }
}

function deriveNoun(lemma: string): Forms {
  return {sing: [lemma], plural: [transform.noun.toPlural(lemma, model) || lemma + 's']}
}
