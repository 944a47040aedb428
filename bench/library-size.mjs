#!/usr/bin/env node
// The library on one big string: `checkSync` on generated Markdown of 1, 3
// and 10 MB, each in a fresh process. Prints the time, the peak resident
// memory and the messages, then how time and memory grow from the smallest
// size to each larger one against how the size grows (linear time: a time
// ratio near the size ratio; flat memory: a memory ratio near 1).
//   node bench/library-size.mjs [--sizes 1,3,10] [--format markdown|text]
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const format = option('--format', 'markdown')

// A deterministic mix: plain prose, phrases that fire, a post-level topic, fenced code with blank lines.
const paragraphs = [
  'The meeting went on for an hour, and we talked about the garden, the weather and the new bus timetable.\n\n',
  'Our neighbour said he committed suicide last spring, and the whole street still feels it.\n\n',
  'We talked about self-harm at the meetup and shared resources for anyone who needs them.\n\n',
  'Lunch was soup and bread; afterwards everyone walked to the river and back before the rain.\n\n',
  '```\nconst x = 1\n\nconsole.log("committed suicide in code")\n```\n\n',
  'Some days I weigh myself twice, my friend wrote, and I worry about her.\n\n'
]

function generate(megabytes) {
  const parts = []
  let length = 0
  for (let n = 0; length < megabytes * 1024 * 1024; n++) {
    const paragraph = paragraphs[n % 7 === 0 ? 1 : n % paragraphs.length]
    parts.push(paragraph)
    length += paragraph.length
  }
  return parts.join('')
}

if (args[0] === '--child') {
  const {checkSync} = await import('../dist/src/index.js')
  const text = generate(Number(args[1]))
  const started = performance.now()
  const report = checkSync(text, {format})
  const seconds = (performance.now() - started) / 1000
  process.stdout.write(JSON.stringify({seconds, rssMb: process.resourceUsage().maxRSS / 1024, messages: report.messages.length}))
} else {
  const sizes = option('--sizes', '1,3,10').split(',').map(Number)
  const self = fileURLToPath(import.meta.url)
  const rows = []
  console.log(`checkSync on one ${format} string (each size in a fresh process)`)
  console.log('size     time      peak RSS   messages')
  for (const size of sizes) {
    const run = spawnSync(process.execPath, [self, '--child', String(size), '--format', format], {encoding: 'utf8'})
    if (run.status !== 0) throw new Error(run.stderr)
    const row = {size, ...JSON.parse(run.stdout)}
    rows.push(row)
    console.log(`${String(size).padStart(3)} MB  ${row.seconds.toFixed(2).padStart(7)} s  ${row.rssMb.toFixed(0).padStart(6)} MB  ${row.messages}`)
  }
  const [base] = rows
  for (const row of rows.slice(1)) {
    console.log(`${base.size} -> ${row.size} MB (x${(row.size / base.size).toFixed(1)}): time x${(row.seconds / base.seconds).toFixed(2)}, memory x${(row.rssMb / base.rssMb).toFixed(2)}`)
  }
}
