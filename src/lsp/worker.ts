// The worker thread that checks documents for the language server.
import {parentPort} from 'node:worker_threads'
import {runJob, type Job} from './jobs.js'

export interface JobMessage {
  id: number
  job: Job
}

export type ResultMessage =
  | {id: number; ok: true; result: unknown}
  | {id: number; ok: false; error: string}
  /** The job has begun: its time budget starts now, not while the worker was starting. */
  | {id: number; started: true}

const port = parentPort
if (!port) throw new Error('safepost: worker.js runs in a worker thread')

port.on('message', async ({id, job}: JobMessage) => {
  port.postMessage({id, started: true} satisfies ResultMessage)
  let reply: ResultMessage
  try {
    reply = {id, ok: true, result: await runJob(job)}
  } catch (error) {
    reply = {id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error)}
  }
  port.postMessage(reply)
})
