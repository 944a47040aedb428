// The --batch worker pool: N threads, each with its own copy of the checker.
// Posts go to the least busy thread in chunks, one message for several posts
// each way: a message per post cost the main thread as much as the checking
// cost a thread. Answers come back by id; `checkInOrder` (batch-run.ts) puts
// them back in input order.
import fs from 'node:fs'
import {Worker} from 'node:worker_threads'
import type {CheckOptions, Report} from '../types.js'

export interface WorkerRequest {
  posts: Array<{id: number, text: string}>
}

export type WorkerAnswer = {id: number, report: Report} | {id: number, error: string}

/** Something that checks posts: the library in this thread, or the pool. */
export interface PostChecker {
  check(text: string): Promise<Report>
  close(): Promise<void>
}

interface Waiting {
  resolve(report: Report): void
  reject(error: Error): void
}

interface Thread {
  worker: Worker
  waiting: Map<number, Waiting>
  /** Posts given to this thread and not yet sent: they go as one message. */
  unsent: WorkerRequest['posts']
}

/** Posts per message at most; a chunk that is not full goes as soon as this thread has nothing else to do. */
export const postsPerMessage = 16

/**
 * The worker script sits beside this code: dist/cli/worker.js next to the
 * bundled dist/cli/main.js, or dist/src/cli/worker.js next to this module.
 */
export function workerScript(): URL {
  for (const relative of ['./worker.js', '../worker.js']) {
    const url = new URL(relative, import.meta.url)
    if (fs.existsSync(url)) return url
  }
  throw new Error('safepost: the worker script (worker.js) is missing beside the command; run `npm run build`')
}

/**
 * Each thread's heap, capped: left alone, V8 lets every thread's heap grow
 * lazily, and a long batch ended near 500 MB. Posts of up to one chunk
 * (128 kB) fit well within this; longer ones are checked in the main thread
 * (batch-run.ts). A thread holds 40 to 65 MB of live dictionaries and
 * compiled patterns, so a tight cap costs collections: at 96 MB old and 8 MB
 * young, two threads checked 100,000 generated posts in 36.6 s (peak 345
 * MB); at these caps in 31.0 s (375 MB from a file, 407 MB from standard
 * input); uncapped, 20,000 tweets took 5.5 s against 6.4 s here, at 580 MB.
 */
const threadHeap = {maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16}

export function createWorkerPool(size: number, options: CheckOptions, script: URL = workerScript()): PostChecker {
  const threads: Thread[] = []
  let nextId = 0
  let flushScheduled = false
  const send = (thread: Thread): void => {
    if (thread.unsent.length === 0) return
    thread.worker.postMessage({posts: thread.unsent} satisfies WorkerRequest)
    thread.unsent = []
  }
  const sendAll = (): void => {
    flushScheduled = false
    for (const thread of threads) send(thread)
  }
  for (let n = 0; n < size; n++) {
    const thread: Thread = {worker: new Worker(script, {workerData: {options}, resourceLimits: threadHeap}), waiting: new Map(), unsent: []}
    thread.worker.on('message', (answers: WorkerAnswer[]) => {
      for (const answer of answers) {
        const waiting = thread.waiting.get(answer.id)
        if (!waiting) continue
        thread.waiting.delete(answer.id)
        if ('report' in answer) waiting.resolve(answer.report)
        else waiting.reject(new Error(answer.error))
      }
    })
    const fail = (error: Error): void => {
      // A thread that dies fails only the posts it held; the others carry on.
      threads.splice(threads.indexOf(thread), 1)
      for (const waiting of thread.waiting.values()) waiting.reject(error)
      thread.waiting.clear()
      thread.unsent = []
    }
    thread.worker.on('error', fail)
    thread.worker.on('exit', (code) => {
      if (threads.includes(thread)) fail(new Error(`a worker thread stopped (exit code ${code})`))
    })
    threads.push(thread)
  }
  return {
    check(text) {
      let thread: Thread | undefined
      for (const candidate of threads) if (!thread || candidate.waiting.size < thread.waiting.size) thread = candidate
      if (!thread) return Promise.reject(new Error('no worker thread is left'))
      const id = nextId++
      const chosen = thread
      return new Promise<Report>((resolve, reject) => {
        chosen.waiting.set(id, {resolve, reject})
        chosen.unsent.push({id, text})
        if (chosen.unsent.length >= postsPerMessage) send(chosen)
        else if (!flushScheduled) {
          flushScheduled = true
          setImmediate(sendAll)
        }
      })
    },
    async close() {
      const all = threads.splice(0)
      await Promise.all(all.map((thread) => thread.worker.terminate()))
    }
  }
}
