#!/usr/bin/env node
// Throughput of `--batch` with one worker against N, on a generated queue of
// POSTS posts (default 100,000) from a deterministic mix, with the real
// command; also checks that both runs give the same report.
//   node bench/batch.mjs [--posts 100000] [--jobs N (default: the cores)] [--bin path/to/safepost.js]
import {spawnSync} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeQueue} from './batch-queue.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const posts = Number(option('--posts', '100000'))
const jobs = Number(option('--jobs', String(os.availableParallelism())))
const here = path.dirname(fileURLToPath(import.meta.url))
const bin = path.resolve(option('--bin', path.join(here, '..', 'bin', 'safepost.js')))
const preload = path.join(here, '..', 'test', 'fixtures', 'preload', 'faults.cjs')

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'safepost-batch-'))
const queue = path.join(folder, 'queue.jsonl')
writeQueue(queue, posts)

function run(workers) {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [bin, '--batch', queue, '--preset', 'moderator', '--format', 'jsonl', '--jobs', String(workers)], {
    env: {...process.env, NODE_OPTIONS: `--require ${preload}`, SAFEPOST_REPORT_RSS: '1'},
    encoding: 'utf8',
    maxBuffer: 4 * 1024 * 1024 * 1024
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const rss = Number(/peak-rss-kb=(\d+)/.exec(result.stderr)?.[1])
  const lines = result.stdout.split('\n').filter(Boolean).length
  const digest = crypto.createHash('sha256').update(result.stdout).digest('hex').slice(0, 12)
  console.log(`--jobs ${String(workers).padEnd(3)} ${lines} posts in ${seconds.toFixed(1)} s = ${Math.round(lines / seconds)} posts/s, peak RSS ${(rss / 1024).toFixed(0)} MB (the whole process, worker threads included), report ${digest}`)
  return digest
}

console.log(`${posts} posts, ${os.availableParallelism()} cores, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`)
const one = run(1)
const many = run(jobs)
console.log(one === many ? 'same report with 1 and N workers' : 'REPORTS DIFFER')
fs.rmSync(folder, {recursive: true, force: true})
