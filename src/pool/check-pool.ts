// The worker threads behind `safepost serve` and `safepost worker`: each
// post carries its own options, waits in a queue of bounded length, and can
// be given up on after a time limit (its thread is then replaced).
// Piscina rather than the --batch pool (src/cli/workers.ts): that one has
// fixed options, no bound on waiting posts and no way to stop a post.
import fs from 'node:fs'
import {Piscina} from 'piscina'
import type {CheckOptions, Report} from '../types.js'
import type {CheckTask} from './check-task.js'

/** Every thread is busy and the queue is at its length: come back later. */
export class PoolFullError extends Error {
  constructor() {
    super('every thread is busy and the queue is full')
  }
}

/** The post was not checked within its time limit. */
export class CheckTimeoutError extends Error {
  constructor(milliseconds: number) {
    super(`not checked within ${milliseconds} ms`)
  }
}

export interface CheckPoolOptions {
  threads: number
  /** Posts waiting for a thread at most; one more is refused with `PoolFullError`. */
  maxQueue: number
}

export interface CheckPool {
  /** Check a post on a thread; rejects with `PoolFullError` or `CheckTimeoutError`. */
  check(text: string, options: CheckOptions, timeoutMs: number): Promise<Report>
  /** `check`, waiting for room in the queue instead of refusing (for streams that can wait). */
  checkWhenRoom(text: string, options: CheckOptions, timeoutMs: number): Promise<Report>
  /** Posts waiting for a thread. */
  readonly queued: number
  readonly threads: number
  readonly full: boolean
  /** Load the checker on every thread, so the first posts do not pay for it. */
  warm(): Promise<void>
  /** Finish what is queued and running, then stop the threads. */
  close(): Promise<void>
}

/**
 * The task module sits beside this code: dist/src/pool/check-task.js, or
 * dist/cli/check-task.js beside the bundled command (this code is then in dist/cli/chunks/).
 */
export function checkTaskScript(): string {
  for (const relative of ['./check-task.js', '../check-task.js']) {
    const url = new URL(relative, import.meta.url)
    if (fs.existsSync(url)) return url.href
  }
  throw new Error('safepost: the check thread (check-task.js) is missing; run `npm run build`')
}

export function createCheckPool({threads, maxQueue}: CheckPoolOptions, filename = checkTaskScript()): CheckPool {
  const piscina = new Piscina<CheckTask, Report>({filename, minThreads: threads, maxThreads: threads, maxQueue, idleTimeout: Number.POSITIVE_INFINITY})
  // A post given up on takes its thread with it; until the new thread has
  // loaded the checker, the next posts' clocks do not start.
  let replacing: Promise<void> = Promise.resolve()
  const pool: CheckPool = {
    async check(text, options, timeoutMs) {
      if (pool.full) throw new PoolFullError()
      await replacing
      try {
        return await piscina.run({text, options}, {signal: AbortSignal.timeout(timeoutMs)})
      } catch (error) {
        if ((error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError') {
          replacing = pool.warm().catch(() => {})
          throw new CheckTimeoutError(timeoutMs)
        }
        if ((error as Error).message === 'Task queue is at limit') throw new PoolFullError()
        throw error
      }
    },
    async checkWhenRoom(text, options, timeoutMs) {
      while (pool.full) await new Promise((resolve) => setTimeout(resolve, 5))
      return pool.check(text, options, timeoutMs)
    },
    get queued() {
      return piscina.queueSize
    },
    get threads() {
      return threads
    },
    get full() {
      return piscina.queueSize >= maxQueue
    },
    async warm() {
      await Promise.all(Array.from({length: threads}, () => piscina.run({text: 'ready', options: {}})))
    },
    async close() {
      await piscina.close()
    }
  }
  return pool
}
