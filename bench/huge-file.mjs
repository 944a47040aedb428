#!/usr/bin/env node
// Checks one generated file of SIZE megabytes (default 50) with the real
// command and prints the time and the peak resident memory. The file is
// checked in chunks at paragraph boundaries, so memory should stay flat
// whatever the size: compare `--size 5` with `--size 50`.
//   node bench/huge-file.mjs [--size 50] [--format md|txt] [--bin path/to/safepost.js]
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const size = Number(option('--size', '50')) * 1024 * 1024
const extension = option('--format', 'md')
const bin = path.resolve(option('--bin', path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'safepost.js')))

// A deterministic mix: plain prose, a phrase that fires now and then, fenced code with blank lines.
const paragraphs = [
  'The meeting went on for an hour, and we talked about the garden, the weather and the new bus timetable.\n\n',
  'Our neighbour said he committed suicide last spring, and the whole street still feels it.\n\n',
  'We talked about self-harm at the meetup and shared resources for anyone who needs them.\n\n',
  'Lunch was soup and bread; afterwards everyone walked to the river and back before the rain.\n\n',
  '```\nconst x = 1\n\nconsole.log("committed suicide in code")\n```\n\n',
  'Some days I weigh myself twice, my friend wrote, and I worry about her.\n\n'
]
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'safepost-huge-'))
const file = path.join(folder, `huge.${extension}`)
const out = fs.openSync(file, 'w')
let written = 0
for (let n = 0; written < size; n++) {
  const block = Array.from({length: 1000}, (_, k) => paragraphs[(n * 1000 + k) % 7 === 0 ? 1 : (n * 1000 + k) % paragraphs.length]).join('')
  fs.writeSync(out, block)
  written += Buffer.byteLength(block)
}
fs.closeSync(out)

const preload = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'preload', 'faults.cjs')
const started = process.hrtime.bigint()
const result = spawnSync(process.execPath, [bin, file, '--format', 'jsonl'], {
  env: {...process.env, NODE_OPTIONS: `--require ${preload}`, SAFEPOST_REPORT_RSS: '1'},
  encoding: 'utf8',
  maxBuffer: 1024 * 1024 * 1024
})
const seconds = Number(process.hrtime.bigint() - started) / 1e9
fs.rmSync(folder, {recursive: true, force: true})
const rss = Number(/peak-rss-kb=(\d+)/.exec(result.stderr)?.[1])
const report = result.stdout ? JSON.parse(result.stdout.split('\n')[0]) : {messages: []}
console.log(`file            ${(written / 1024 / 1024).toFixed(1)} MB ${extension}`)
console.log(`exit status     ${result.status}`)
console.log(`messages        ${report.messages.length}`)
console.log(`time            ${seconds.toFixed(1)} s (${(written / 1024 / 1024 / seconds).toFixed(2)} MB/s)`)
console.log(`peak RSS        ${(rss / 1024).toFixed(0)} MB`)
if (result.status !== 0 && result.status !== 1) console.log(result.stderr.slice(0, 2000))
