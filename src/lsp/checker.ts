// Runs jobs (jobs.ts) off the server's thread: one worker thread, started on
// first use and restarted if it dies. Jobs go to it one at a time, so the
// one it is running is always known: a job that runs past its time budget,
// or a check superseded by a newer edit, is stopped by ending the worker (a
// check cannot be interrupted from outside), and the jobs queued behind it go
// to a fresh one. `inline: true` runs them in process (debugging, or hosts
// without worker threads), with no budget.
import {Worker} from 'node:worker_threads'
import type {Job, CheckOutcome, FixOutcome, DocumentJob, StatusOutcome} from './jobs.js'
import type {JobMessage, ResultMessage} from './worker.js'

/** How long one job may run before the worker is ended, by default. */
export const CHECK_TIMEOUT_MS = 10_000
/** A superseded check that has run longer than this is stopped; a shorter one finishes and is dropped (ending the worker costs a restart). */
export const SUPERSEDE_GRACE_MS = 250

/** A job stopped because it ran past its time budget. */
export class CheckTimeout extends Error {
  override name = 'CheckTimeout'
  constructor(readonly budget: number) {
    super(`safepost: the check was stopped after ${budget} ms`)
  }
}

/** A job whose result nobody wants any more (a newer edit, a closed document). */
export class CheckCancelled extends Error {
  override name = 'CheckCancelled'
  constructor() {
    super('safepost: the check was cancelled')
  }
}

export interface Checker {
  /** `signal` cancels the check (a newer version of the document, or its closing). */
  check(job: DocumentJob, signal?: AbortSignal): Promise<CheckOutcome>
  /** Re-check only what an edit touched since the document's last full check; `null` when that is not possible. */
  quick(job: DocumentJob, signal?: AbortSignal): Promise<CheckOutcome | null>
  forget(uri: string): Promise<void>
  fix(job: DocumentJob): Promise<FixOutcome>
  resetConfig(): Promise<void>
  status(): Promise<StatusOutcome>
  dispose(): Promise<void>
}

export interface CheckerOptions {
  inline?: boolean
  /** Milliseconds one job may run in the worker (default `CHECK_TIMEOUT_MS`). */
  timeout?: number
}

export function createChecker(options: CheckerOptions = {}): Checker {
  return options.inline ? inlineChecker() : workerChecker(options.timeout ?? CHECK_TIMEOUT_MS)
}

function inlineChecker(): Checker {
  const run = async (job: Job) => (await import('./jobs.js')).runJob(job)
  return {
    check: async (job) => (await run({op: 'check', ...job})) as CheckOutcome,
    quick: async (job) => (await run({op: 'quick', ...job})) as CheckOutcome | null,
    fix: async (job) => (await run({op: 'fix', ...job})) as FixOutcome,
    forget: async (uri) => void (await run({op: 'forget', uri})),
    resetConfig: async () => void (await run({op: 'reset'})),
    status: async () => (await run({op: 'status'})) as StatusOutcome,
    dispose: async () => {}
  }
}

interface Queued {
  job: Job
  resolve: (value: unknown) => void
  reject: (error: Error) => void
  signal?: AbortSignal | undefined
}

interface Running extends Queued {
  id: number
  /** When the worker began it (when it was sent, until then). */
  started: number
  /** The time budget, from when the worker began the job. */
  timer?: NodeJS.Timeout
  /** Cancelled while running: its reply is dropped. */
  dropped: boolean
}

function workerChecker(budget: number): Checker {
  let worker: Worker | undefined
  let nextId = 1
  let running: Running | undefined
  const queue: Queued[] = []

  const start = (): Worker => {
    const w = new Worker(new URL('./worker.js', import.meta.url))
    w.on('message', (reply: ResultMessage) => {
      if (!running || reply.id !== running.id) return
      if ('started' in reply) {
        running.started = Date.now()
        running.timer = setTimeout(() => stop(new CheckTimeout(budget)), budget)
        return
      }
      const done = finish()!
      if (reply.ok) done.resolve(reply.result)
      else done.reject(new Error(reply.error))
      pump()
    })
    const lost = (error: Error) => {
      if (worker !== w) return
      worker = undefined
      finish()?.reject(error)
      pump()
    }
    w.on('error', lost)
    w.on('exit', (code) => lost(new Error(`safepost: the checking worker stopped (exit code ${code})`)))
    // the worker must not keep the server alive after `exit`
    w.unref()
    return w
  }

  /** The running job, taken off: its timer cleared, nothing running any more. */
  const finish = (): Running | undefined => {
    const done = running
    running = undefined
    if (done) clearTimeout(done.timer)
    return done
  }

  /** End the worker under the running job; the queue goes on in a fresh one. */
  const stop = (error: Error) => {
    const w = worker
    worker = undefined
    finish()?.reject(error)
    void w?.terminate()
    pump()
  }

  const pump = () => {
    if (running) return
    const next = queue.shift()
    if (!next) return
    worker ??= start()
    const id = nextId++
    running = {...next, id, started: Date.now(), dropped: false}
    worker.postMessage({id, job: next.job} satisfies JobMessage)
  }

  const cancel = (entry: Queued) => {
    const at = queue.indexOf(entry)
    if (at >= 0) {
      queue.splice(at, 1)
      entry.reject(new CheckCancelled())
      return
    }
    if (running?.job !== entry.job || running.dropped) return
    if (Date.now() - running.started > SUPERSEDE_GRACE_MS) return stop(new CheckCancelled())
    running.dropped = true
    entry.reject(new CheckCancelled())
  }

  const run = (job: Job, signal?: AbortSignal): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new CheckCancelled())
      const entry: Queued = {job, resolve, reject, signal}
      signal?.addEventListener('abort', () => cancel(entry), {once: true})
      queue.push(entry)
      pump()
    })

  return {
    check: async (job, signal) => (await run({op: 'check', ...job}, signal)) as CheckOutcome,
    quick: async (job, signal) => (await run({op: 'quick', ...job}, signal)) as CheckOutcome | null,
    fix: async (job) => (await run({op: 'fix', ...job})) as FixOutcome,
    forget: async (uri) => {
      if (worker) await run({op: 'forget', uri})
    },
    resetConfig: async () => {
      if (worker) await run({op: 'reset'})
    },
    status: async () => (worker ? ((await run({op: 'status'})) as StatusOutcome) : {documents: 0}),
    dispose: async () => {
      const w = worker
      worker = undefined
      for (const entry of queue.splice(0)) entry.reject(new Error('safepost: the server is shutting down'))
      finish()?.reject(new Error('safepost: the server is shutting down'))
      if (w) await w.terminate()
    }
  }
}
