// Regular-expression source for a word list from a dictionary.

/**
 * `(?:a|b|c)` matching any of `words` literally; a space in a word matches
 * `space` (a regular-expression source) instead. No words match nothing.
 */
export function anyOf(words: readonly string[], space = ' '): string {
  if (words.length === 0) return '(?!)'
  return `(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(' ', space)).join('|')})`
}
