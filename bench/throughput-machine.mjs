// The row of bench/throughput.mjs for other English text: what this machine
// has beyond node_modules (/usr/share/doc Markdown, text, changelogs and
// NEWS, and man pages as text: bench/corpora.mjs `machineCorpus`), each file
// read in its own format, safepost against alex, timed with throughput.mjs's
// own helpers so the figures sit beside its rows.
import {machineCorpus} from './corpora.mjs'

export function machineRows({checkSync, alex, maxBytes, warmThenTime, median, pairedRatio, row}) {
  const machine = machineCorpus(maxBytes)
  if (machine.corpus.length === 0) return console.log('\nother English docs on this machine: none found (no /usr/share/doc, no man)')
  const mb = machine.bytes / 1e6
  const seconds = warmThenTime({
    safepost: () => machine.corpus.forEach((f) => checkSync(f.text, {format: f.format})),
    alex: () => machine.corpus.forEach((f) => (f.format === 'markdown' ? alex.markdown : alex.text)(f.text))
  })
  console.log(`\nmachine corpus: ${machine.corpus.length} files (${machine.corpus.filter((f) => f.format === 'markdown').length} Markdown) of ${machine.files} found, ${mb.toFixed(2)} MB`)
  row('other English docs on this machine', mb / median(seconds.safepost), mb / median(seconds.alex), 'MB/s', pairedRatio(seconds.alex, seconds.safepost))
}
