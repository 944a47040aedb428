// The page's side of the checking worker: starts it from a blob (a worker
// script at a file:// URL is refused by Chromium; a blob of the bundled code is
// not), matches answers to requests, and keeps only the newest draft waiting so
// a fast typist never queues a backlog of stale checks.
import workerSource from 'safepost-worker-source'
import type {BatchItem, BatchReport, DraftOptions, FromWorker, RegionInfo, Report, ToWorker} from './protocol.js'

export interface Ready {
  regions: RegionInfo[]
  defaultRegion: string
}

type Pending = {resolve: (answer: FromWorker) => void; reject: (error: Error) => void; progress?: (done: number, total: number) => void}

export class Checker {
  readonly ready: Promise<Ready>
  private worker: Worker
  private nextId = 1
  private pending = new Map<number, Pending>()
  private draftInFlight = false
  private waitingDraft: {text: string; options: DraftOptions; resolve: (result: {report: Report; ms: number} | undefined) => void} | undefined

  constructor() {
    const url = URL.createObjectURL(new Blob([workerSource], {type: 'text/javascript'}))
    this.worker = new Worker(url)
    this.ready = new Promise((resolve, reject) => {
      this.worker.addEventListener('error', (event) => reject(new Error(event.message || 'the checker could not start')), {once: true})
      this.worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
        if (event.data.type === 'ready') resolve({regions: event.data.regions, defaultRegion: event.data.defaultRegion})
      })
    })
    this.worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.receive(event.data))
  }

  /** Check the draft; resolves `undefined` when a newer draft replaced this one before it ran. */
  checkDraft(text: string, options: DraftOptions): Promise<{report: Report; ms: number} | undefined> {
    return new Promise((resolve) => {
      this.waitingDraft?.resolve(undefined)
      this.waitingDraft = {text, options, resolve}
      this.sendWaitingDraft()
    })
  }

  async fix(text: string, options: DraftOptions): Promise<{text: string; applied: number}> {
    const answer = await this.request({type: 'fix', id: 0, text, options})
    if (answer.type !== 'fixed') throw new Error('unexpected answer')
    return {text: answer.text, applied: answer.applied}
  }

  async batch(items: BatchItem[], region: string, progress: (done: number, total: number) => void): Promise<BatchReport[]> {
    const answer = await this.request({type: 'batch', id: 0, items, region}, progress)
    if (answer.type !== 'batch-done') throw new Error('unexpected answer')
    return answer.reports
  }

  private sendWaitingDraft(): void {
    if (this.draftInFlight || !this.waitingDraft) return
    const {text, options, resolve} = this.waitingDraft
    this.waitingDraft = undefined
    this.draftInFlight = true
    this.request({type: 'check', id: 0, text, options})
      .then((answer) => resolve(answer.type === 'checked' ? {report: answer.report, ms: answer.ms} : undefined))
      .catch(() => resolve(undefined))
      .finally(() => {
        this.draftInFlight = false
        this.sendWaitingDraft()
      })
  }

  private request(message: ToWorker, progress?: Pending['progress']): Promise<FromWorker> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, {resolve, reject, progress})
      this.worker.postMessage({...message, id})
    })
  }

  private receive(answer: FromWorker): void {
    if (answer.type === 'ready') return
    const waiting = this.pending.get(answer.id)
    if (!waiting) return
    if (answer.type === 'batch-progress') {
      waiting.progress?.(answer.done, answer.total)
      return
    }
    this.pending.delete(answer.id)
    if (answer.type === 'failed') waiting.reject(new Error(answer.error))
    else waiting.resolve(answer)
  }
}
