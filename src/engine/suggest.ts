// Suggestions take the grammatical form of what they replace and its capitals:
// "Committing suicide" -> "Dying by suicide", "cutters" -> "people who self-harm".
import type {Form, SuggestionPart} from './compiled.js'

export function renderSuggestion(parts: SuggestionPart[], form: Form | undefined): string {
  const plural = form === 'plural'
  const nounForm = plural ? 'plural' : 'sing'
  const verbForm = form === 'plural' ? 'base' : form === 'sing' ? 'third' : (form ?? 'base')
  let out = ''
  for (const part of parts) {
    if (typeof part === 'string') out += part
    else if ('v' in part) out += part.v[verbForm]
    else out += part.n[nounForm]
  }
  return out
}

/** Give `replacement` the capitals of `original`: ALL CAPS, Capitalised or as written. */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase()
  // "OCD sufferers": an acronym opening the match is not a capitalised sentence start
  const firstWord = original.match(/\p{L}+/u)?.[0] ?? ''
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return replacement
  const first = letters[0]
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement
}
