#!/usr/bin/env node
// Peak resident memory of `--batch` on generated JSON Lines queues of 100,000
// and 1,000,000 posts, read from a file and from standard input, with the
// real command. The report goes to /dev/null, so only safepost's own memory
// counts. Memory should stay flat whatever the size of the batch (goal: under 250 MB).
//   node bench/batch-memory.mjs [--lines 100000,1000000] [--jobs N (default: the cores)] [--bin path/to/safepost.js]
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeQueue} from './batch-queue.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const sizes = option('--lines', '100000,1000000').split(',').map(Number)
const jobs = Number(option('--jobs', String(os.availableParallelism())))
const here = path.dirname(fileURLToPath(import.meta.url))
const bin = path.resolve(option('--bin', path.join(here, '..', 'bin', 'safepost.js')))
const preload = path.join(here, '..', 'test', 'fixtures', 'preload', 'faults.cjs')

/** Run the command on `queue`, from the file or piped on stdin; resolve to its peak RSS and time. */
function run(queue, fromStdin) {
  const started = process.hrtime.bigint()
  const input = fromStdin ? fs.openSync(queue, 'r') : 'ignore'
  const output = fs.openSync('/dev/null', 'w')
  const child = spawn(process.execPath, [bin, '--batch', fromStdin ? '-' : queue, '--preset', 'moderator', '--format', 'jsonl', '--jobs', String(jobs)], {
    env: {...process.env, NODE_OPTIONS: `--require ${preload}`, SAFEPOST_REPORT_RSS: '1'},
    stdio: [input, output, 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (data) => (stderr += data))
  return new Promise((resolve) => {
    child.on('close', (status) => {
      for (const descriptor of [input, output]) if (typeof descriptor === 'number') fs.closeSync(descriptor)
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      resolve({status, seconds, rss: Number(/peak-rss-kb=(\d+)/.exec(stderr)?.[1]) / 1024, stderr})
    })
  })
}

console.log(`--jobs ${jobs}, ${os.availableParallelism()} cores, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`)
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'safepost-batch-memory-'))
try {
  for (const lines of sizes) {
    const queue = path.join(folder, `queue-${lines}.jsonl`)
    writeQueue(queue, lines)
    for (const fromStdin of [false, true]) {
      const {status, seconds, rss, stderr} = await run(queue, fromStdin)
      console.log(`${String(lines).padStart(9)} lines from ${fromStdin ? 'stdin' : 'file '}  peak RSS ${rss.toFixed(0).padStart(4)} MB  ${seconds.toFixed(1)} s  exit ${status}`)
      if (status !== 0 && status !== 1) console.log(stderr.slice(0, 2000))
    }
    fs.rmSync(queue)
  }
} finally {
  fs.rmSync(folder, {recursive: true, force: true})
}
