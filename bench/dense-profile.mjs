#!/usr/bin/env node
// Where the time goes on dense mental-health text: every post of corpus/
// checked with the library's defaults (the trained scorer on), one warm-up
// pass and then --runs passes under V8's sampling profiler. Prints the CPU
// time per pass and the functions that took the most time themselves (self
// time, as a share of all samples), as the issue on speed asks for.
//
//   npm run build && node bench/dense-profile.mjs [--format markdown] [--preset writer] [--runs 5] [--top 10]
import {Session} from 'node:inspector/promises'
import {checkSync} from '../dist/src/index.js'
import {densePosts} from './throughput-dense.mjs'

const args = process.argv.slice(2)
const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback)
const format = opt('format', 'markdown')
const preset = opt('preset', 'writer')
const RUNS = Number(opt('runs', 5))
const TOP = Number(opt('top', 10))

const posts = densePosts(new URL('..', import.meta.url).pathname)
const pass = () => posts.forEach((p) => checkSync(p, {format, preset}))
pass()

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.start')
const cpu = process.cpuUsage()
for (let r = 0; r < RUNS; r++) pass()
const used = process.cpuUsage(cpu)
const {profile} = await session.post('Profiler.stop')

const selfTime = new Map()
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
profile.samples.forEach((id, i) => {
  const {functionName, url, lineNumber} = byId.get(id).callFrame
  const where = url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : ''
  const name = `${functionName || '(anonymous)'} ${where}`.trim()
  selfTime.set(name, (selfTime.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0))
})
const total = [...selfTime.values()].reduce((a, b) => a + b, 0)
console.log(`${posts.length} posts of corpus/, ${format}, ${preset}: ${((used.user + used.system) / 1000 / RUNS).toFixed(0)} ms of CPU per pass (${RUNS} passes, profiler on)`)
console.log('\n| function | self |\n| --- | --- |')
for (const [name, time] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`| ${name} | ${((100 * time) / total).toFixed(1)}% |`)
