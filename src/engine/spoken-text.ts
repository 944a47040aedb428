// The words of a match as a reader sees them. A phrase can run across markup
// ("committed</em> suicide", "*committed* suicide"); messages quote the words,
// not the tags and emphasis marks between them.
//
// White space is JavaScript's `\s` less U+FEFF, which `\s` and `trim()` count
// as space: a zero-width no-break space hidden in "s\uFEFF*icide" is no gap
// before an emphasis mark, and the message quotes the words as written.
const WHITE = '\\t\\n\\v\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000'
const SPACE = `[${WHITE}]`
const NOT_SPACE = `[^${WHITE}]`
const TAG = /<[^<>]*>/g
const EMPHASIS = new RegExp(`(?<=${NOT_SPACE})[*_~]+(?=${SPACE}|$)|(?<=^|${SPACE})[*_~]+(?=${NOT_SPACE})`, 'g')
const RUNS = new RegExp(`${SPACE}+`, 'g')
const ENDS = new RegExp(`^${SPACE}+|${SPACE}+$`, 'g')

export function spokenText(raw: string): string {
  if (!/[<*_~]/.test(raw)) return raw
  return raw.replace(TAG, '').replace(EMPHASIS, '').replace(RUNS, ' ').replace(ENDS, '')
}
