// Text generators for the property tests: arbitrary Unicode with the pieces
// that break naive text handling (emoji sequences, combining marks, bidi and
// zero-width characters, lone surrogates, NUL and control characters, very
// long words and lines), mixed with phrases that make the rules fire.
import fc from 'fast-check'

/** Phrases that fire rules, so the properties also cover messages and fixes. */
export const firing = [
  'committed suicide', 'He committed suicide.', 'i want to die', 'I want to kill myself tonight',
  '#thinspo', 's*icide', 'su1cide', 'unalive', '40kg', 'I weigh 40kg and eat 500 calories',
  'successful suicide', 'suicide victim', 'the mentally ill', 'so OCD', 'an anorexic',
  'he is a cutter', 'this homework makes me want to die', 'commits suicide', 'self-harm'
]

const pieces = [
  '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}', // woman technologist, skin tone, joiner
  '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', // family with joiners
  '\u{1F44D}\u{1F3FF}', '\u{1F3F3}\uFE0F\u200D\u{1F308}', '\u{1F1FA}\u{1F1F8}',
  'e\u0301', 'a\u0308\u0323', '\u0915\u094D\u0937', // combining marks, Devanagari conjunct
  '\u05E9\u05DC\u05D5\u05DD', '\u0645\u0631\u062D\u0628\u0627', '\u202E', '\u202B', '\u200F', '\u2066', // RTL and bidi controls
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', // zero-width
  '\uD800', '\uDFFF', '\uDBFF', '\uDC00', // lone surrogates
  '\0', '\x01', '\x1B[31m', '\x7F', '\u0085', '\u2028', '\u2029', '\r', '\r\n', '\n', '\n\n', '\t', '\v', '\f',
  '*', '_', '`', '```', '#', '> ', '- ', '<', '>', '&amp;', '<b>', '</p>', '<!--', '-->', '{', '}', '[x](y)', '---\n',
  ' ', '  ', '.', ',', '!', '?', '"', "'", '\u201C', '\u2019', '...'
]

const longWord = fc.integer({min: 200, max: 3000}).map((n) => 'a'.repeat(n))
const longLine = fc.integer({min: 50, max: 400}).map((n) => Array.from({length: n}, (_, i) => (i % 7 === 0 ? 'suicide' : 'word')).join(' '))

const fragment = fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom(...firing)},
  {weight: 4, arbitrary: fc.constantFrom(...pieces)},
  {weight: 3, arbitrary: fc.string({unit: 'binary', maxLength: 12})}, // any code point, incl. lone surrogates
  {weight: 2, arbitrary: fc.string({unit: 'grapheme', maxLength: 8})},
  {weight: 2, arbitrary: fc.string({maxLength: 12})},
  {weight: 1, arbitrary: longWord},
  {weight: 1, arbitrary: longLine}
)

/** A post: fragments joined by spaces, newlines or nothing. */
export const post = fc.array(fc.tuple(fragment, fc.constantFrom(' ', '', '\n', ' ', '\n\n')), {maxLength: 24})
  .map((parts) => parts.map(([text, glue]) => text + glue).join(''))
