#!/usr/bin/env node
// Two builds of safepost side by side, for work that must make checking
// faster without changing what it says: this checkout and another one (say a
// `git worktree` of the commit before, built with `npm run build`).
//  - Reports: every post of corpus/ and 1 MB of the Markdown files of
//    node_modules (bench/corpora.mjs), under writer, moderator and ci, as
//    text and as Markdown, scorer on; prints whether every report is the
//    same, byte for byte.
//  - Time: the posts of corpus/ checked in turn by each build, as CPU time
//    (user + system, which a busy shared machine disturbs far less than the
//    clock), median of --runs passes after a warm-up, for parsing alone, the
//    rules, and the rules with the scorer.
//
//   node bench/compare-builds.mjs ../safepost-before [--runs 5]
import {join, resolve} from 'node:path'
import {nodeModulesCorpus} from './corpora.mjs'
import {densePosts} from './throughput-dense.mjs'

const here = resolve(new URL('..', import.meta.url).pathname)
const args = process.argv.slice(2)
const other = args[0] && !args[0].startsWith('--') ? resolve(args[0]) : undefined
if (!other) throw new Error('usage: node bench/compare-builds.mjs <other checkout, built> [--runs 5]')
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5

async function load(root) {
  const library = await import(join(root, 'dist/src/index.js'))
  const {trained} = await import(join(root, 'dist/src/generated/model.js'))
  const {useModel} = await import(join(root, 'dist/src/model/active.js'))
  return {library, scorer: (on) => useModel(on ? trained : null)}
}

const posts = densePosts(here)
const technical = nodeModulesCorpus(1e6).corpus.map((file) => file.text)
const builds = {this: await load(here), other: await load(other)}

function reports({library, scorer}) {
  scorer(true)
  const out = []
  for (const preset of ['writer', 'moderator', 'ci']) {
    for (const format of ['text', 'markdown']) {
      for (const text of format === 'markdown' ? [...posts, ...technical] : posts) out.push(JSON.stringify(library.checkSync(text, {preset, format})))
    }
  }
  return out
}
const ours = reports(builds.this)
const theirs = reports(builds.other)
const differing = ours.filter((r, i) => r !== theirs[i]).length
console.log(`reports: ${ours.length} checks, ${differing === 0 ? 'every report the same' : `${differing} differ`}`)

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
function cpuMs({library, scorer}, options, scorerOn) {
  scorer(scorerOn)
  const pass = () => posts.forEach((p) => library.checkSync(p, options))
  pass()
  const times = []
  for (let r = 0; r < RUNS; r++) {
    const start = process.cpuUsage()
    pass()
    const used = process.cpuUsage(start)
    times.push((used.user + used.system) / 1000)
  }
  return median(times)
}

console.log(`\n| ${posts.length} posts of corpus/ (CPU ms, median of ${RUNS}) | other | this | change |\n| --- | --- | --- | --- |`)
const allOff = Object.fromEntries(Object.keys(builds.this.library.rules).map((id) => [id, 'off']))
for (const [format, preset] of [['markdown', 'writer'], ['text', 'moderator']]) {
  for (const [what, options, scorerOn] of [['parse only', {rules: allOff}, false], ['rules', {}, false], ['rules + scorer', {}, true]]) {
    const settings = {format, preset, ...options}
    const before = cpuMs(builds.other, settings, scorerOn)
    const after = cpuMs(builds.this, settings, scorerOn)
    console.log(`| ${format}, ${preset}, ${what} | ${before.toFixed(0)} | ${after.toFixed(0)} | ${(((after - before) / before) * 100).toFixed(0)}% |`)
  }
}
