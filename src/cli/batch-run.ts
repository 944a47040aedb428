// Checks a stream of batch lines with any number of posts in flight and gives
// the results back in input order, holding at most `window` of them: memory
// stays the same whatever the size of the batch.
import type {CheckOptions, Report} from '../types.js'
import type {BatchLine} from './batch.js'
import {checkText} from './check-chunks.js'
import {createWorkerPool, type PostChecker} from './workers.js'

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

export async function* checkInOrder(lines: AsyncIterable<BatchLine>, checker: PostChecker, {window, stop}: InOrderOptions): AsyncGenerator<BatchResult> {
  const queue: Pending[] = []
  for await (const item of lines) {
    if (stop?.()) break
    queue.push(start(item, checker))
    // Each result goes out as soon as its turn comes, so a later post that
    // takes long (or brings the process down) cannot hold back finished reports.
    while (queue.length > 0 && (queue[0]!.done || queue.length >= window)) yield await queue.shift()!.result
  }
  while (queue.length > 0) yield await queue.shift()!.result
}

interface Pending {
  result: Promise<BatchResult>
  done: boolean
}

function start(item: BatchLine, checker: PostChecker): Pending {
  if ('error' in item) return {result: Promise.resolve({item}), done: true}
  const pending: Pending = {
    result: checker.check(item.text).then((report) => ({item, report}), (failure: unknown) => ({item, failure})),
    done: false
  }
  void pending.result.then(() => (pending.done = true))
  return pending
}

/** The library, in this thread. */
export function inProcessChecker(library: Library, options: CheckOptions): PostChecker {
  return {
    check: (text) => checkText(text, library, options),
    close: async () => {}
  }
}

/**
 * The first posts are checked in this thread while the pool starts, so a short
 * batch never waits for threads (and a tiny one starts none); the rest go to
 * `jobs` worker threads.
 */
export function batchChecker(library: Library, options: CheckOptions, jobs: number, inProcessFirst = 200): PostChecker {
  const here = inProcessChecker(library, options)
  if (jobs <= 1) return here
  let pool: PostChecker | undefined
  let count = 0
  return {
    check(text) {
      count++
      // Start the threads a little before they are needed, so they are ready in time.
      if (count >= inProcessFirst / 4) pool ??= createWorkerPool(jobs, options)
      return count <= inProcessFirst || !pool ? here.check(text) : pool.check(text)
    },
    async close() {
      await pool?.close()
    }
  }
}
