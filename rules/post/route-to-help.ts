// Whether a post gives a route to help anywhere (front matter included): a
// listed crisis number or link, a named service, or a sentence that points
// the reader to a helpline with a number or a link. Classes in
// dictionaries/help-resources.yml.
import type {Analysis, Sentence} from '../../src/engine/analyse.js'
import {foldText} from '../../src/engine/fold.js'
import {givesCrisisContact} from './crisis-contact.js'

const SERVICE = 'help-resources/help-service'
const HELP_NOUN = 'help-resources/help-noun'
const POINTER = 'help-resources/help-pointer'
const EMAIL = /^[\w.+-]+@[\w-]+\.[\w.]+$/
/** A sentence points to help only with one of these: most sentences of a long post need not be read further. */
const HELP_CLASSES = [SERVICE, HELP_NOUN, POINTER]

export function hasRouteToHelp(analysis: Analysis): boolean {
  // read in the matching view, as the rules read words: "call ９８８" is a number a reader can call
  return givesCrisisContact(foldText(analysis.text)?.text ?? analysis.text) || analysis.sentences.some((s) => analysis.mayHave(s, HELP_CLASSES) && pointsToHelp(s))
}

/** A sentence that names a service, or points the reader to a helpline, a number or a link. */
function pointsToHelp(sentence: Sentence): boolean {
  if (sentence.classes.has(SERVICE)) return true
  const hasLink = sentence.tokens.some((t) => t.kind === 'url' || EMAIL.test(t.text))
  const hasPhone = phoneLike(sentence)
  const speaksToReader = sentence.classes.has(POINTER) || sentence.classes.has('second-person')
  if (sentence.classes.has(HELP_NOUN) && (speaksToReader || hasLink || hasPhone)) return true
  return sentence.classes.has(POINTER) && (hasLink || hasPhone)
}

/** Six or more digits in a row of number tokens: a phone number. */
function phoneLike(sentence: Sentence): boolean {
  let digits = 0
  let last: number | undefined
  for (const t of sentence.tokens) {
    if (t.kind === 'num') {
      digits = last !== undefined && t.start - last <= 2 ? digits + t.text.replace(/\D/g, '').length : t.text.replace(/\D/g, '').length
      last = t.end
      if (digits >= 6) return true
    } else if (!(t.text === '-' || t.text === '/' || t.text === '.')) {
      digits = 0
      last = undefined
    }
  }
  return false
}
