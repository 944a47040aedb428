// Runs jobs (jobs.ts) off the server's thread: one worker thread, started on
// first use and restarted if it dies. `inline: true` runs them in process
// (debugging, or hosts without worker threads).
import {Worker} from 'node:worker_threads'
import type {Job, CheckOutcome, FixOutcome, DocumentJob} from './jobs.js'
import type {JobMessage, ResultMessage} from './worker.js'

export interface Checker {
  check(job: DocumentJob): Promise<CheckOutcome>
  /** Re-check only what an edit touched since the document's last full check; `null` when that is not possible. */
  quick(job: DocumentJob): Promise<CheckOutcome | null>
  forget(uri: string): Promise<void>
  fix(job: DocumentJob): Promise<FixOutcome>
  resetConfig(): Promise<void>
  dispose(): Promise<void>
}

export function createChecker(options: {inline?: boolean} = {}): Checker {
  return options.inline ? inlineChecker() : workerChecker()
}

function inlineChecker(): Checker {
  const run = async (job: Job) => (await import('./jobs.js')).runJob(job)
  return {
    check: async (job) => (await run({op: 'check', ...job})) as CheckOutcome,
    quick: async (job) => (await run({op: 'quick', ...job})) as CheckOutcome | null,
    fix: async (job) => (await run({op: 'fix', ...job})) as FixOutcome,
    forget: async (uri) => void (await run({op: 'forget', uri})),
    resetConfig: async () => void (await run({op: 'reset'})),
    dispose: async () => {}
  }
}

function workerChecker(): Checker {
  let worker: Worker | undefined
  let nextId = 1
  const pending = new Map<number, {resolve: (value: unknown) => void; reject: (error: Error) => void}>()

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error)
    pending.clear()
  }

  const start = (): Worker => {
    const w = new Worker(new URL('./worker.js', import.meta.url))
    w.on('message', (reply: ResultMessage) => {
      const p = pending.get(reply.id)
      if (!p) return
      pending.delete(reply.id)
      if (reply.ok) p.resolve(reply.result)
      else p.reject(new Error(reply.error))
    })
    w.on('error', (error) => {
      if (worker === w) worker = undefined
      failAll(error)
    })
    w.on('exit', (code) => {
      if (worker === w) worker = undefined
      failAll(new Error(`safepost: the checking worker stopped (exit code ${code})`))
    })
    // the worker must not keep the server alive after `exit`
    w.unref()
    return w
  }

  const run = (job: Job): Promise<unknown> =>
    new Promise((resolve, reject) => {
      worker ??= start()
      const id = nextId++
      pending.set(id, {resolve, reject})
      worker.postMessage({id, job} satisfies JobMessage)
    })

  return {
    check: async (job) => (await run({op: 'check', ...job})) as CheckOutcome,
    quick: async (job) => (await run({op: 'quick', ...job})) as CheckOutcome | null,
    fix: async (job) => (await run({op: 'fix', ...job})) as FixOutcome,
    forget: async (uri) => {
      if (worker) await run({op: 'forget', uri})
    },
    resetConfig: async () => {
      if (worker) await run({op: 'reset'})
    },
    dispose: async () => {
      const w = worker
      worker = undefined
      failAll(new Error('safepost: the server is shutting down'))
      if (w) await w.terminate()
    }
  }
}
