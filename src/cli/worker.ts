// A worker thread of the --batch pool (workers.ts): checks the posts it is
// sent with the options it was started with (a long one in chunks), and
// answers each by its id.
import {parentPort, workerData} from 'node:worker_threads'
import * as library from '../core.js'
import {checkText} from './check-chunks.js'
import type {CheckOptions} from '../types.js'
import type {WorkerAnswer, WorkerRequest} from './workers.js'

const options = (workerData as {options: CheckOptions}).options
const port = parentPort!

port.on('message', (request: WorkerRequest) => {
  void answer(request).then((reply) => port.postMessage(reply))
})

async function answer({id, text}: WorkerRequest): Promise<WorkerAnswer> {
  try {
    return {id, report: await checkText(text, library, options)}
  } catch (error) {
    return {id, error: error instanceof Error ? error.message : String(error)}
  }
}
