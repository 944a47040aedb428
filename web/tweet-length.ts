// A tweet's length as X counts it: most characters count 1, characters
// outside the Latin and general-punctuation ranges (CJK, emoji) count 2, and
// a link counts 23 whatever its length. Counted per grapheme, so an emoji
// sequence is one character. Follows twitter-text's published v3 weighting.
export const TWEET_LIMIT = 280
const LINK_WEIGHT = 23
const LINK = /\bhttps?:\/\/[^\s]+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|uk|au|ca|nz|in|ie|me|info|app|dev)(?:\/[^\s]*)?/gi
/** Code point ranges that weigh 1 (twitter-text config v3). */
const LIGHT: readonly [number, number][] = [[0, 4351], [8192, 8205], [8208, 8223], [8242, 8247]]

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'})

function weightOf(grapheme: string): number {
  if (/\p{Extended_Pictographic}/u.test(grapheme)) return 2
  const code = grapheme.codePointAt(0) ?? 0
  return LIGHT.some(([from, to]) => code >= from && code <= to) ? 1 : 2
}

export function tweetLength(text: string): number {
  let total = 0
  const rest = text.replace(LINK, () => {
    total += LINK_WEIGHT
    return ''
  })
  for (const {segment} of segmenter.segment(rest.normalize('NFC'))) total += weightOf(segment)
  return total
}
