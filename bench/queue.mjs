#!/usr/bin/env node
// `safepost worker` on a real redis-server (started here, no persistence):
// posts a second through 1 and 2 workers (one thread each), from the first
// post pushed to the last report written; beside the same tweets checked by
// the library in this one process.
//   node bench/queue.mjs [--posts 10000]
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {Redis} from 'ioredis'
import {inProcess, option, startCommand, stopCommand, tweets} from './service-common.mjs'

const posts = Number(option('--posts', '10000'))

async function freePort() {
  const server = net.createServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const {port} = server.address()
  await new Promise((resolve) => server.close(resolve))
  return port
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'safepost-queue-bench-'))
const port = await freePort()
const redisServer = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', folder, '--save', '', '--appendonly', 'no'], {stdio: 'ignore'})
const url = `redis://127.0.0.1:${port}`
const redis = new Redis(url, {maxRetriesPerRequest: null, retryStrategy: () => 50})
redis.on('error', () => {})
await redis.ping()

async function measure(workers, round) {
  const stream = `posts-${round}`
  const out = `reports-${round}`
  const started = []
  for (let index = 0; index < workers; index++) {
    started.push(await startCommand(['worker', '--redis', url, '--stream', stream, '--out', out, '--urgent', `${out}:urgent`, '--threads', '1', '--consumer', `w${index}`], /reading /))
  }
  const start = performance.now()
  for (let first = 0; first < posts; first += 1000) {
    const pipeline = redis.pipeline()
    for (let index = first; index < Math.min(posts, first + 1000); index++) pipeline.xadd(stream, '*', 'id', `post-${index}`, 'text', tweets[index % tweets.length])
    await pipeline.exec()
  }
  while ((await redis.xlen(out)) < posts) await new Promise((resolve) => setTimeout(resolve, 20))
  const rate = posts / ((performance.now() - start) / 1000)
  await Promise.all(started.map(stopCommand))
  return rate
}

try {
  const one = await measure(1, 1)
  const two = await measure(2, 2)
  const alone = await inProcess(posts, {preset: 'moderator'})
  console.log(`${posts} tweets through Redis Streams (moderator preset), one thread per worker`)
  console.log('| run | posts/s |\n| --- | ---: |')
  console.log(`| 1 worker | ${Math.round(one)} |\n| 2 workers | ${Math.round(two)} |\n| library, one process | ${Math.round(alone)} |`)
} finally {
  redis.disconnect()
  redisServer.kill('SIGKILL')
  fs.rmSync(folder, {recursive: true, force: true})
}
