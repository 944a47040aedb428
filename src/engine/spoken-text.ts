// The words of a match as a reader sees them. A phrase can run across markup
// ("committed</em> suicide", "*committed* suicide"); messages quote the words,
// not the tags and emphasis marks between them.
const TAG = /<[^<>]*>/g
const EMPHASIS = /(?<=\S)[*_~]+(?=\s|$)|(?<=^|\s)[*_~]+(?=\S)/g

export function spokenText(raw: string): string {
  if (!/[<*_~]/.test(raw)) return raw
  return raw.replace(TAG, '').replace(EMPHASIS, '').replace(/\s+/g, ' ').trim()
}
