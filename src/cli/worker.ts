// A worker thread of the --batch pool (workers.ts): checks the posts it is
// sent, a chunk at a time, with the options it was started with (a long one in
// chunks), and answers each chunk in one message, each post by its id.
import {parentPort, workerData} from 'node:worker_threads'
import * as library from '../core.js'
import {checkText} from './check-chunks.js'
import type {CheckOptions} from '../types.js'
import type {WorkerAnswer, WorkerRequest} from './workers.js'

const options = (workerData as {options: CheckOptions}).options
const port = parentPort!

port.on('message', (request: WorkerRequest) => {
  void answerAll(request).then((answers) => port.postMessage(answers))
})

async function answerAll({posts}: WorkerRequest): Promise<WorkerAnswer[]> {
  const answers: WorkerAnswer[] = []
  for (const {id, text} of posts) answers.push(await answer(id, text))
  return answers
}

async function answer(id: number, text: string): Promise<WorkerAnswer> {
  try {
    return {id, report: await checkText(text, library, options)}
  } catch (error) {
    return {id, error: error instanceof Error ? error.message : String(error)}
  }
}
