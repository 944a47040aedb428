// What bench/serve.mjs and bench/queue.mjs share: the tweets, the real
// command as a child process, and the same work done in this one process.
import {spawn} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {samplePosts as tweets} from './sample-posts.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
export const bin = path.join(here, '..', 'bin', 'safepost.js')

export {tweets}

export const option = (name, fallback) => {
  const args = process.argv.slice(2)
  return args.includes(name) ? args[args.indexOf(name) + 1] : fallback
}

/** `safepost <args>` in the background; resolves once stderr matches `ready`. */
export async function startCommand(args, ready) {
  const child = spawn(process.execPath, [bin, ...args], {stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  for (;;) {
    const match = ready.exec(stderr)
    if (match) return {child, match}
    if (child.exitCode !== null) throw new Error(`safepost ${args[0]} stopped: ${stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

export async function stopCommand({child}) {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

/** Posts a second checking `count` tweets with the library in this process, one after another. */
export async function inProcess(count, options) {
  const {check} = await import('../dist/src/index.js')
  for (const text of tweets) await check(text, options) // warm, as the services are
  const started = performance.now()
  for (let index = 0; index < count; index++) await check(tweets[index % tweets.length], options)
  return count / ((performance.now() - started) / 1000)
}

export function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]
}
