// The rows of bench/throughput.mjs about dense mental-health text: every
// labelled post of corpus/ (five hands, about 1,600 posts, nearly all of them
// on suicide, self-harm or eating disorders), each checked as a Markdown post
// with the library's defaults (the trained scorer on), against alex.markdown
// on the same posts, and against parsing alone (every rule off), so the row
// says what checking adds to parsing where nearly every sentence holds a cue.
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'

/** The texts of corpus/*.jsonl, in file order. */
export function densePosts(root) {
  const folder = join(root, 'corpus')
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => readFileSync(join(folder, name), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text))
}

export function denseRows({root, checkSync, alex, allOff, warmThenTime, median, pairedRatio, percent, spread, row}) {
  const posts = densePosts(root)
  const mb = posts.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1e6
  const seconds = warmThenTime({
    safepost: () => posts.forEach((p) => checkSync(p, {format: 'markdown'})),
    parse: () => posts.forEach((p) => checkSync(p, {format: 'markdown', rules: allOff})),
    alex: () => posts.forEach((p) => alex.markdown(p))
  })
  console.log('')
  row(`dense posts (corpus/, ${posts.length})`, mb / median(seconds.safepost), mb / median(seconds.alex), 'MB/s', pairedRatio(seconds.alex, seconds.safepost))
  console.log(`${'dense: parse only (Markdown -> nlcst)'.padEnd(34)} ${(mb / median(seconds.parse)).toFixed(3).padStart(18)} MB/s`)
  console.log(`${'dense: checking adds to parsing'.padEnd(34)} ${percent(pairedRatio(seconds.safepost, seconds.parse)).padStart(18)} all rules and the scorer (runs: ${spread(seconds.safepost, seconds.parse)}); ${mb.toFixed(2)} MB`)
}
