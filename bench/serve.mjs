#!/usr/bin/env node
// `safepost serve` with 1 and 2 pool threads: posts a second through
// POST /v1/check (CONCURRENCY requests in flight) and through one
// POST /v1/batch of them all, and the latency of one
// tweet at a time (p50, p99); beside the same tweets checked by the library
// in this one process. The load comes from this process, on the same machine.
//   node bench/serve.mjs [--posts 4000] [--concurrency 16] [--latency 500]
import {inProcess, option, percentile, startCommand, stopCommand, tweets} from './service-common.mjs'

const posts = Number(option('--posts', '4000'))
const concurrency = Number(option('--concurrency', '16'))
const latencyRuns = Number(option('--latency', '500'))
const preset = 'moderator'

async function checkOne(url, index) {
  const response = await fetch(`${url}/v1/check`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({id: index, text: tweets[index % tweets.length], preset})})
  if (response.status !== 200) throw new Error(`status ${response.status}`)
  await response.arrayBuffer()
}

async function measure(threads) {
  const server = await startCommand(['serve', '--port', '0', '--threads', String(threads), '--log-level', 'silent', '--max-queue', String(4 * concurrency)], /listening on (\S+) /)
  const url = server.match[1]
  try {
    for (let index = 0; index < 200; index++) await checkOne(url, index) // warm the connection and threads
    let next = 0
    const started = performance.now()
    await Promise.all(Array.from({length: concurrency}, async () => {
      while (next < posts) await checkOne(url, next++)
    }))
    const throughput = posts / ((performance.now() - started) / 1000)
    const lines = Array.from({length: posts}, (_, index) => JSON.stringify({id: index, text: tweets[index % tweets.length]})).join('\n')
    const batchStart = performance.now()
    const answer = await (await fetch(`${url}/v1/batch?preset=${preset}`, {method: 'POST', headers: {'content-type': 'application/x-ndjson'}, body: lines})).text()
    if (answer.trim().split('\n').length !== posts) throw new Error('the batch did not answer every post')
    const batch = posts / ((performance.now() - batchStart) / 1000)
    const times = []
    for (let index = 0; index < latencyRuns; index++) {
      const start = performance.now()
      await checkOne(url, index)
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    return {throughput, batch, p50: percentile(times, 0.5), p99: percentile(times, 0.99)}
  } finally {
    await stopCommand(server)
  }
}

async function inProcessLatency() {
  const {check} = await import('../dist/src/index.js')
  const times = []
  for (let index = 0; index < latencyRuns + 200; index++) {
    const start = performance.now()
    await check(tweets[index % tweets.length], {preset})
    if (index >= 200) times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return {p50: percentile(times, 0.5), p99: percentile(times, 0.99)}
}

const one = await measure(1)
const two = await measure(2)
const alone = await inProcess(posts, {preset})
const aloneLatency = await inProcessLatency()
const rows = [
  ['serve, 1 thread', one.throughput, one.batch, one.p50, one.p99],
  ['serve, 2 threads', two.throughput, two.batch, two.p50, two.p99],
  ['library, one process', alone, alone, aloneLatency.p50, aloneLatency.p99]
]
console.log(`${posts} tweets: POST /v1/check with ${concurrency} requests in flight, and all in one POST /v1/batch; latency: ${latencyRuns} single tweets one after another (moderator preset)`)
console.log('| run | posts/s, /v1/check | posts/s, /v1/batch | p50 ms | p99 ms |\n| --- | ---: | ---: | ---: | ---: |')
for (const [name, rate, batch, p50, p99] of rows) console.log(`| ${name} | ${Math.round(rate)} | ${Math.round(batch)} | ${p50.toFixed(2)} | ${p99.toFixed(2)} |`)
