// Checks a stream of batch lines with any number of posts in flight and gives
// the results back in input order, holding at most `window` of them: memory
// stays the same whatever the size of the batch.
import type {CheckOptions, Report} from '../types.js'
import type {BatchLine} from './batch.js'
import {checkText} from './check-chunks.js'
import {defaultChunkSize} from './file-chunks.js'
import {createWorkerPool, postsPerMessage, type PostChecker} from './workers.js'

type Library = typeof import('../core.js')

export type BatchResult =
  | {item: BatchLine & {error: string}}
  | {item: BatchLine & {text: string}, report: Report}
  | {item: BatchLine & {text: string}, failure: unknown}

export interface InOrderOptions {
  /** Posts in flight at most. */
  window: number
  /** Checked before each new line: true stops reading (what is in flight still comes out). */
  stop?: () => boolean
}

/** Posts in flight for `jobs` threads: four messages' worth each, so a thread never waits on the order of the others' answers. */
export function batchWindow(jobs: number): number {
  return 4 * postsPerMessage * jobs
}

export async function* checkInOrder(lines: AsyncIterable<BatchLine>, checker: PostChecker, {window, stop}: InOrderOptions): AsyncGenerator<BatchResult> {
  const queue: Array<Promise<BatchResult>> = []
  const iterator = lines[Symbol.asyncIterator]()
  let next: Promise<IteratorResult<BatchLine>> | undefined
  for (;;) {
    if (queue.length >= window) {
      yield await queue.shift()!
      continue
    }
    next ??= iterator.next()
    // While the next line is awaited, each result goes out as soon as its turn
    // comes: a later post that is slow to arrive or to check (or that brings
    // the process down) never holds back finished reports.
    const head = queue[0]
    const ready = head === undefined ? await next : await Promise.race([next, head.then((): typeof headDone => headDone)])
    if (ready === headDone) {
      yield await queue.shift()!
      continue
    }
    next = undefined
    if (ready.done) break
    if (stop?.()) {
      await iterator.return?.()
      break
    }
    queue.push(start(ready.value, checker))
  }
  while (queue.length > 0) yield await queue.shift()!
}

const headDone = Symbol('the first result in the queue is ready')

function start(item: BatchLine, checker: PostChecker): Promise<BatchResult> {
  if ('error' in item) return Promise.resolve({item})
  return checker.check(item.text).then((report) => ({item, report}), (failure: unknown) => ({item, failure}))
}

/** The library, in this thread. */
export function inProcessChecker(library: Library, options: CheckOptions, stop?: () => boolean): PostChecker {
  return {
    // Ctrl-C stops a long post between its chunks (`CheckInterrupted`).
    check: (text) => checkText(text, library, options, stop),
    close: async () => {}
  }
}

/**
 * The first posts are checked in this thread while the pool starts, so a short
 * batch never waits for threads (and a tiny one starts none); the rest go to
 * `jobs` worker threads.
 */
export function batchChecker(library: Library, options: CheckOptions, jobs: number, stop?: () => boolean, inProcessFirst = 200): PostChecker {
  const here = inProcessChecker(library, options, stop)
  if (jobs <= 1) return here
  let pool: PostChecker | undefined
  let count = 0
  return {
    check(text) {
      count++
      // Start the threads a little before they are needed, so they are ready in time.
      if (count >= inProcessFirst / 4) pool ??= createWorkerPool(jobs, options)
      // A long post is checked here, in chunks: the threads' heaps are capped for short posts (workers.ts).
      return count <= inProcessFirst || !pool || text.length > defaultChunkSize ? here.check(text) : pool.check(text)
    },
    async close() {
      await pool?.close()
    }
  }
}
