#!/usr/bin/env node
// What the trained scorer costs and what it says on text it must stay quiet
// on. Prints:
// - dense mental-health text (every post of corpus/, 1,585 posts): time per
//   pass with and without the scorer, moderator and writer presets;
// - technical Markdown (the Markdown files in node_modules): time with and
//   without it, and the scorer's messages per 100,000 words;
// - cold start: the command on one line of stdin, with a post the scorer
//   skips and one it scores, beside bare node;
// - the weights' size on disk and in the built module.
// Usage: npm run build && node bench/model-cost.mjs [--runs 5] [--starts 11]
import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {checkSync} from '../dist/src/index.js'
import {trained} from '../dist/src/generated/model.js'
import {useModel} from '../dist/src/model/active.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback)
const RUNS = arg('--runs', 5)
const STARTS = arg('--starts', 11)
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const words = (text) => text.split(/\s+/).filter(Boolean).length

const posts = readdirSync(join(root, 'corpus'))
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(root, 'corpus', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text))

function markdownFiles(dir, out = [], budget = {bytes: 2_000_000}) {
  for (const name of readdirSync(dir).sort()) {
    if (budget.bytes <= 0) break
    const path = join(dir, name)
    const stat = statSync(path, {throwIfNoEntry: false})
    if (!stat) continue
    if (stat.isDirectory()) markdownFiles(path, out, budget)
    else if (name.endsWith('.md') && stat.size < 200_000) {
      const text = readFileSync(path, 'utf8')
      out.push(text)
      budget.bytes -= text.length
    }
  }
  return out
}
const technical = markdownFiles(join(root, 'node_modules'))

/** Seconds for one pass over `texts`, scorer on and off, interleaved, medians of RUNS. */
function timePasses(texts, options) {
  const on = []
  const off = []
  const pass = (list) => {
    const start = process.hrtime.bigint()
    for (const t of texts) checkSync(t, options)
    list.push(Number(process.hrtime.bigint() - start) / 1e9)
  }
  pass([]) // warm up both
  for (let i = 0; i < RUNS; i++) {
    useModel(trained)
    pass(on)
    useModel(null)
    pass(off)
  }
  useModel(trained)
  return {on: median(on), off: median(off)}
}

const row = (name, t) => console.log(`| ${name} | ${t.off.toFixed(3)} s | ${t.on.toFixed(3)} s | ${(((t.on - t.off) / t.off) * 100).toFixed(1)}% |`)
console.log(`dense: ${posts.length} posts, ${(posts.join('').length / 1e6).toFixed(2)} MB; technical: ${technical.length} Markdown files, ${(technical.join('').length / 1e6).toFixed(2)} MB; ${RUNS} runs each, interleaved, medians\n`)
console.log('| text | rules alone | rules and scorer | added |')
console.log('| --- | --- | --- | --- |')
row('dense posts, moderator', timePasses(posts, {preset: 'moderator'}))
row('dense posts, writer', timePasses(posts, {preset: 'writer'}))
row('technical Markdown, writer', timePasses(technical, {preset: 'writer', format: 'markdown'}))

const technicalWords = technical.reduce((n, t) => n + words(t), 0)
for (const preset of ['writer', 'moderator']) {
  const found = technical.flatMap((t) => checkSync(t, {preset, format: 'markdown'}).messages.filter((m) => m.entryId === 'model'))
  console.log(`\nscorer messages on technical Markdown (${preset}): ${found.length} in ${technicalWords} words = ${((found.length / technicalWords) * 1e5).toFixed(2)} per 100,000 words`)
  for (const m of found.slice(0, 5)) console.log(`  ${m.ruleId}: "${m.actual.slice(0, 80)}"`)
}

function coldStart(input) {
  const times = []
  for (let i = 0; i < STARTS; i++) {
    const start = process.hrtime.bigint()
    spawnSync(process.execPath, [join(root, 'bin', 'safepost.js'), '--preset', 'moderator'], {input})
    times.push(Number(process.hrtime.bigint() - start) / 1e9)
  }
  return median(times)
}
const bare = []
for (let i = 0; i < STARTS; i++) {
  const start = process.hrtime.bigint()
  execFileSync(process.execPath, ['-e', '0'])
  bare.push(Number(process.hrtime.bigint() - start) / 1e9)
}
console.log(`\ncold start (median of ${STARTS}): bare node ${median(bare).toFixed(3)} s; a post the scorer skips ${coldStart('the meeting moved to thursday\n').toFixed(3)} s; a post it scores ${coldStart('gave my dog to the neighbour, it is time\n').toFixed(3)} s`)

const weights = statSync(join(root, 'src', 'model', 'weights.json')).size
const built = statSync(join(root, 'dist', 'src', 'generated', 'model.js')).size
console.log(`weights: src/model/weights.json ${(weights / 1e6).toFixed(2)} MB; built module ${(built / 1e6).toFixed(2)} MB; ${trained.trainedOn.features} features x ${trained.outputs.length} outputs`)
