#!/usr/bin/env node
// safepost against alex on the same real corpus of English Markdown that
// nobody here wrote: the .md files the installed node_modules ship, gathered
// deterministically (sorted paths, exact duplicates dropped, capped in size).
// Prints in-process throughput (MB/s, words/s), tweet-sized posts per second
// and the command's cold start on one line of stdin, each as a ratio to alex.
//
//   node bench/throughput.mjs [--max-mb 2] [--runs 9] [--starts 15]
//
// Every measurement is repeated and the pipelines interleaved, so a burst of
// noise from a shared machine falls on all of them alike. Figures are medians
// over the runs; a ratio between two pipelines is the median of the per-run
// ratios, each taken from runs made back to back, which a slow spell of the
// machine disturbs far less than a ratio of two separate medians.
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {nodeModulesCorpus} from './corpora.mjs'
import {batchAndMemoryRows} from './throughput-batch.mjs'
import {denseRows} from './throughput-dense.mjs'
import {machineRows} from './throughput-machine.mjs'

const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const MAX_BYTES = opt('max-mb', 2) * 1e6
const RUNS = opt('runs', 9)
const STARTS = opt('starts', 15)
const root = new URL('..', import.meta.url).pathname

const gatherCorpus = () => nodeModulesCorpus(MAX_BYTES)

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const best = (xs) => Math.min(...xs)
const words = (text) => (text.match(/\p{L}+/gu) ?? []).length

// A full collection before each timed run, so no run pays for the garbage
// the one before it left (alex's runs leave a lot).
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc')

/** Seconds per run of each function, the functions run in turn `runs` times. */
function interleaved(fns, runs) {
  const seconds = Object.fromEntries(Object.keys(fns).map((name) => [name, []]))
  for (let r = 0; r < runs; r++) {
    for (const [name, fn] of Object.entries(fns)) {
      collectGarbage()
      const start = performance.now()
      fn()
      seconds[name].push((performance.now() - start) / 1000)
    }
  }
  return seconds
}

/** One untimed pass of each function, so module loading and cold code are not counted, then RUNS timed ones. */
function warmThenTime(fns) {
  interleaved(fns, 1)
  return interleaved(fns, RUNS)
}

const coldStart = (argv) => () => {
  const result = spawnSync('node', argv, {input: 'His network looks good and he committed to the plan.\n', cwd: root, env: {...process.env, NO_UPDATE_NOTIFIER: '1', NO_COLOR: '1'}})
  if (result.status === null || result.status > 1) throw new Error(`node ${argv.join(' ')} failed: ${result.stderr}`)
}

const {checkSync} = await import(join(root, 'dist/src/index.js'))
const alex = await import('alex')
const {corpus, bytes, files} = gatherCorpus()
const totalWords = corpus.reduce((n, f) => n + words(f.text), 0)
const mb = bytes / 1e6
console.log(`corpus: ${corpus.length} Markdown files (of ${files} found in node_modules), ${mb.toFixed(2)} MB, ${totalWords} words; ${RUNS} runs of each, interleaved; medians`)


// the same pipeline with every rule off: parsing Markdown into nlcst only
const {rules} = await import(join(root, 'dist/src/index.js'))
const allOff = Object.fromEntries(Object.keys(rules).map((id) => [id, 'off']))
// the scope of the 0.1 target: the four phrase rules alone
const languageOnly = {...allOff, 'suicide-language': 'warning', 'self-harm-language': 'warning', 'eating-disorder-language': 'warning', 'mental-illness-stigma': 'warning'}
let safepostMessages = 0
let alexMessages = 0
const pipelines = {
  safepost: () => {
    safepostMessages = 0
    for (const f of corpus) safepostMessages += checkSync(f.text, {format: 'markdown'}).messages.length
  },
  parse: () => {
    for (const f of corpus) checkSync(f.text, {format: 'markdown', rules: allOff})
  },
  language: () => {
    for (const f of corpus) checkSync(f.text, {format: 'markdown', rules: languageOnly})
  },
  alex: () => {
    alexMessages = 0
    for (const f of corpus) alexMessages += alex.markdown(f.text).messages.length
  }
}
const seconds = warmThenTime(pipelines)

// tweet-sized posts: the corpus's prose cut into ~200-character posts, as plain text
const posts = []
for (const f of corpus) {
  for (const para of f.text.split(/\n\s*\n/)) {
    const t = para.replace(/\s+/g, ' ').trim()
    if (t.length >= 60 && /^[\p{L}"'(]/u.test(t)) posts.push(t.slice(0, 240))
    if (posts.length >= 2000) break
  }
  if (posts.length >= 2000) break
}
const postSeconds = warmThenTime({safepost: () => posts.forEach((p) => checkSync(p)), alex: () => posts.forEach((p) => alex.text(p))})
const startSeconds = interleaved({safepost: coldStart(['bin/safepost.js']), alex: coldStart(['node_modules/alex/cli.js', '--stdin']), node: coldStart(['-e', '0'])}, STARTS)

/** Median over the runs of a's time over b's (b's speed over a's). */
const pairedRatio = (a, b) => median(a.map((t, r) => t / b[r]))
const percent = (ratio) => `${((ratio - 1) * 100).toFixed(0)}%`
const spread = (a, b) => {
  const ratios = a.map((t, r) => t / b[r]).sort((x, y) => x - y)
  return `${percent(ratios[0])} to ${percent(ratios.at(-1))}`
}
const row = (what, ours, theirs, unit, ratio) =>
  console.log(`${what.padEnd(34)} safepost ${ours.toFixed(3).padStart(9)} ${unit.padEnd(8)} alex ${theirs.toFixed(3).padStart(9)} ${unit.padEnd(8)} ratio ${ratio.toFixed(2)}x`)
console.log('')
row('in-process throughput', mb / median(seconds.safepost), mb / median(seconds.alex), 'MB/s', pairedRatio(seconds.alex, seconds.safepost))
console.log(`${'parse only (Markdown -> nlcst)'.padEnd(34)} ${(mb / median(seconds.parse)).toFixed(3).padStart(18)} MB/s`)
console.log(`${'checking adds to parsing'.padEnd(34)} ${percent(pairedRatio(seconds.safepost, seconds.parse)).padStart(18)} all rules (runs: ${spread(seconds.safepost, seconds.parse)}); the four language rules ${percent(pairedRatio(seconds.language, seconds.parse))} (runs: ${spread(seconds.language, seconds.parse)})`)
row('in-process words', totalWords / median(seconds.safepost) / 1000, totalWords / median(seconds.alex) / 1000, 'kwords/s', pairedRatio(seconds.alex, seconds.safepost))
row(`tweet-sized posts (${posts.length})`, posts.length / median(postSeconds.safepost), posts.length / median(postSeconds.alex), 'posts/s', pairedRatio(postSeconds.alex, postSeconds.safepost))
row('cold start, one line of stdin', median(startSeconds.safepost), median(startSeconds.alex), 's', pairedRatio(startSeconds.alex, startSeconds.safepost))
console.log(`cold start: median of ${STARTS} (fastest ${best(startSeconds.safepost).toFixed(3)} s, slowest ${Math.max(...startSeconds.safepost).toFixed(3)} s); bare node ${median(startSeconds.node).toFixed(3)} s; messages on the corpus: safepost ${safepostMessages}, alex ${alexMessages}`)
batchAndMemoryRows({root, posts, alexPostsPerSecond: posts.length / median(postSeconds.alex), row})
denseRows({root, checkSync, alex, allOff, warmThenTime, median, pairedRatio, percent, spread, row})
machineRows({checkSync, alex, maxBytes: MAX_BYTES, warmThenTime, median, pairedRatio, row})
