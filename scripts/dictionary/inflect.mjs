// Inflection at build time: the runtime only sees the forms this produces.
import nlp from 'compromise'

const methods = nlp.methods()
const model = nlp.model()

export const VERB_FORMS = ['base', 'third', 'past', 'participle', 'gerund']
export const NOUN_FORMS = ['sing', 'plural']

/**
 * Every form of a word, as `{form: [surface, ...]}`; the first surface of a
 * form is the one suggestions use, later ones are only matched.
 * `lexicon` is inflections.yml.
 */
export function inflect(lemma, kind, lexicon) {
  const derived = kind === 'n' ? deriveNoun(lemma) : deriveVerb(lemma)
  const replaced = (kind === 'n' ? lexicon.nouns : lexicon.verbs)?.[lemma] ?? {}
  const misspelt = lexicon.misspellings?.[lemma] ?? {}
  const forms = {}
  for (const [form, surfaces] of Object.entries(derived)) {
    forms[form] = [...new Set([...(replaced[form] ?? surfaces), ...(misspelt[form] ?? [])])]
  }
  return forms
}

function deriveVerb(lemma) {
  const c = methods.two.transform.verb.conjugate(lemma, model) || {}
  const past = c.PastTense || lemma + 'ed'
  return {
    base: [lemma],
    third: [c.PresentTense || lemma + 's'],
    past: [past],
    participle: [c.Participle || past],
    gerund: [c.Gerund || lemma + 'ing']
  }
}

function deriveNoun(lemma) {
  return {sing: [lemma], plural: [methods.two.transform.noun.toPlural(lemma, model) || lemma + 's']}
}
