// How words are folded for matching, at run time and when src/compile/ builds the dictionaries (one copy for both).
const APOSTROPHES = /['’‘ʼ`´]/g
const REPEATS = /(\p{L})\1{2,}/gu

const NON_ASCII = /[^\x00-\x7f]/

/** Fold one word: lower case, NFC, apostrophes dropped. */
export function normalizeWord(word: string): string {
  // most words are plain ASCII: no composing to do, and only ' or ` to drop
  if (NON_ASCII.test(word)) return word.normalize('NFC').toLowerCase().replace(APOSTROPHES, '')
  const lower = word.toLowerCase()
  return lower.includes("'") || lower.includes('`') ? lower.replace(APOSTROPHES, '') : lower
}

/**
 * The keys a folded word is looked up by: itself, and where a letter repeats
 * three or more times ("soooo", "dieeee") the word with that run cut to one
 * and to two letters.
 */
export function lookupKeys(norm: string): string[] {
  if (!hasTriple(norm) || !REPEATS.test(norm)) return [norm]
  REPEATS.lastIndex = 0
  const one = norm.replace(REPEATS, '$1')
  const two = norm.replace(REPEATS, '$1$1')
  return [...new Set([norm, one, two])]
}

/** Whether some character occurs three times in a row (what REPEATS needs, checked without a regular expression). */
function hasTriple(s: string): boolean {
  for (let i = 2; i < s.length; i++) if (s.charCodeAt(i) === s.charCodeAt(i - 1) && s.charCodeAt(i) === s.charCodeAt(i - 2)) return true
  return false
}

const LEET: Record<string, string> = {'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', $: 's', '@': 'a', '!': 'i', '|': 'i', '€': 'e'}

/**
 * Read a masked spelling ("su1c1de", "$uicide", "s.u.i.c.i.d.e") as letters;
 * `*` stays as a wildcard for the caller. Returns null when the run has no
 * masking at all.
 */
export function unmask(run: string): string | null {
  const lower = run.toLowerCase()
  const spaced = /^(?:\p{L}[ .]){2,}\p{L}\.?$/u.test(lower)
  if (!spaced && !/[0-9$@!|€*]/.test(lower)) return null
  if (!/\p{L}.*\p{L}/u.test(lower)) return null
  let out = ''
  for (const ch of lower) {
    if (ch === '.' || ch === ' ' || ch === '-') continue
    out += LEET[ch] ?? ch
  }
  return out
}
