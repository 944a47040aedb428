// The loop of `safepost worker`, whatever the queue: take posts, check them
// on the pool, hand the reports back to be written and acknowledged. A post
// that fails is left to come back (to any worker) until it has failed
// `maxAttempts` times; then it goes to the dead letters and the rest flow on.
import type {CheckPool} from '../pool/check-pool.js'
import type {PoolSettings} from '../pool/command-options.js'
import type {Report} from '../types.js'
import {readPostEntry} from './post-entry.js'
import type {PostQueue, QueuedPost, ReportRecord} from './transport.js'

export interface WorkerSettings extends PoolSettings {
  maxAttempts: number
  /** Posts taken at a time. */
  batch: number
}

/** What the loop says on stderr: ids and counts, never post text. */
export type Log = (line: string) => void

type Outcome = {post: QueuedPost, report: ReportRecord, urgent: boolean} | undefined

export async function runWorker(queue: PostQueue, pool: CheckPool, settings: WorkerSettings, stopping: () => boolean, log: Log): Promise<void> {
  while (!stopping()) {
    let posts: QueuedPost[]
    try {
      posts = await queue.take(settings.batch)
    } catch (error) {
      log(`cannot read posts: ${(error as Error).message}; trying again`)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      continue
    }
    // No more posts in flight than threads: a post's time limit is its own check, not a wait behind others.
    const outcomes = await inLanes(posts, settings.threads, (post) => handle(post, queue, pool, settings, log))
    const done = outcomes.filter((outcome): outcome is NonNullable<Outcome> => outcome !== undefined)
    try {
      await queue.complete(done)
    } catch (error) {
      // Not acknowledged, so not lost: they come back after the claim time.
      log(`cannot write ${done.length} reports: ${(error as Error).message}; their posts stay pending`)
    }
  }
}

async function handle(post: QueuedPost, queue: PostQueue, pool: CheckPool, settings: WorkerSettings, log: Log): Promise<Outcome> {
  const entry = readPostEntry(post.fields, post.receipt, settings.defaults, settings.maxBytes)
  try {
    if ('error' in entry) return await giveUp(post, entry.id, entry.error, queue, log)
    if (post.attempts > settings.maxAttempts) {
      const why = post.lastError ?? 'the worker checking it stopped'
      return await giveUp(post, entry.id, `${post.attempts - 1} attempts failed; the last: ${why}`, queue, log)
    }
    let report: Report
    try {
      report = await pool.checkWhenRoom(entry.text, entry.options, settings.timeoutMs)
    } catch (error) {
      const why = (error as Error).message
      if (post.attempts >= settings.maxAttempts) return await giveUp(post, entry.id, `${post.attempts} attempts failed; the last: ${why}`, queue, log)
      log(`post ${entry.id} (entry ${post.receipt}): attempt ${post.attempts} failed: ${why}; it will be tried again`)
      await queue.retryLater(post, why)
      return undefined
    }
    const json = JSON.stringify({id: entry.id, priority: report.priority, messages: report.messages})
    return {post, report: {id: entry.id, priority: report.priority, json}, urgent: report.priority === 'high' || report.priority === 'urgent'}
  } catch (error) {
    log(`post ${entry.id} (entry ${post.receipt}): ${(error as Error).message}; it stays pending`)
    return undefined
  }
}

async function giveUp(post: QueuedPost, id: string, error: string, queue: PostQueue, log: Log): Promise<undefined> {
  log(`post ${id} (entry ${post.receipt}) goes to the dead letters: ${error}`)
  await queue.deadLetter(post, error)
  return undefined
}

async function inLanes<T, R>(items: T[], lanes: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!)
    }
  }
  await Promise.all(Array.from({length: Math.min(lanes, items.length)}, lane))
  return results
}
