#!/usr/bin/env node
// How long after the last keystroke a writer waits for safepost's diagnostics
// in an editor: starts the real language server over stdio, opens a ~2,000-word
// Markdown post, types edits into it, and times each from the last change to
// the diagnostics for that version. Prints the median and spread, and the
// time until the full-document check replaces the quick pass's result.
//
//   node bench/lsp-latency.mjs [--edits 15] [--words 2000]
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node.js'

const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const EDITS = opt('edits', 15)
const WORDS = opt('words', 2000)
const DEBOUNCE = 150
const root = new URL('..', import.meta.url).pathname

// a long post: the example post and paragraphs of ordinary prose, repeated
const example = readFileSync(join(root, 'examples', 'post.md'), 'utf8')
const filler = [
  'The walk to the station takes twenty minutes if the lights are kind, and I use it to think about the week ahead.',
  'We planted tomatoes along the fence this spring; most of them came up, and the neighbours took the extras.',
  'My sister called on Sunday to talk about the wedding, the weather, and whether the old car will make the trip.'
].join(' ')
let text = example
while (text.split(/\s+/).length < WORDS) text += `\n\n${filler}\n\n${filler}`
const words = text.split(/\s+/).filter(Boolean).length

async function session(debounce) {
  const child = spawn(process.execPath, [join(root, 'bin', 'safepost-language-server.js'), '--stdio', '--debounce', String(debounce)], {stdio: 'pipe'})
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map()
  const arrivals = new Map()
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const now = performance.now()
    arrivals.set(p.version, [...(arrivals.get(p.version) ?? []), now])
    const resolve = waiting.get(p.version)
    if (resolve) {
      waiting.delete(p.version)
      resolve(now)
    }
  })
  connection.onRequest(() => null)
  connection.listen()
  await connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {}})
  await connection.sendNotification('initialized', {})
  const uri = pathToFileURL(join(root, 'bench', 'latency-post.md')).href
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
  let version = 1
  let opened = published(version)
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version, text}})
  await opened
  // warm up the checker on a few edits first
  const times = []
  const fullTimes = []
  const lines = text.split('\n')
  for (let i = 0; i < EDITS + 3; i++) {
    // type a short word, key by key, into a line in the middle of the post
    const line = Math.floor(lines.length / 2) + (i % 5) * 2
    const word = ' quietly'
    let last = 0
    for (let k = 0; k < word.length; k++) {
      version++
      last = performance.now()
      await connection.sendNotification('textDocument/didChange', {
        textDocument: {uri, version},
        contentChanges: [{range: {start: {line, character: 0}, end: {line, character: 0}}, text: word[k]}]
      })
      await new Promise((r) => setTimeout(r, 20))
    }
    const at = await published(version)
    // the full check replaces the quick pass's diagnostics straight after; wait for it
    await new Promise((r) => setTimeout(r, 400))
    // the time since the last keystroke, measured from when it was sent
    if (i >= 3) {
      times.push(at - last)
      fullTimes.push(arrivals.get(version).at(-1) - last)
    }
  }
  await connection.sendRequest('shutdown')
  await connection.sendNotification('exit')
  connection.dispose()
  return {times, fullTimes}
}

const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]
  return {median, min: sorted[0], max: sorted.at(-1)}
}
const fmt = (n) => `${n.toFixed(1)} ms`

const {times, fullTimes} = await session(DEBOUNCE)
const first = stats(times)
const full = stats(fullTimes)
console.log(`${words}-word Markdown post, ${EDITS} edits typed key by key (20 ms apart), ${DEBOUNCE} ms debounce`)
console.log(`last keystroke -> first diagnostics (edited paragraph re-checked): median ${fmt(first.median)} (min ${fmt(first.min)}, max ${fmt(first.max)}); after the debounce: ${fmt(first.median - DEBOUNCE)}`)
console.log(`last keystroke -> full-document diagnostics: median ${fmt(full.median)} (min ${fmt(full.min)}, max ${fmt(full.max)}); after the debounce: ${fmt(full.median - DEBOUNCE)}`)
