// The checking worker: the library core and its Markdown parser, run off the
// page's thread so typing never waits for a check. Built into a classic
// script and started from a blob (see web/checker.ts), because Chromium
// refuses workers loaded from file:// URLs.
import {checkSync, fix, loadParser} from '../src/core.js'
import {crisisLines} from '../src/engine/crisis-lines.js'
import type {CheckOptions} from '../src/types.js'
import type {BatchItem, BatchReport, DraftOptions, FromWorker, RegionInfo, ToWorker} from './protocol.js'

interface WorkerScope {
  postMessage(message: FromWorker): void
  onmessage: ((event: {data: ToWorker}) => void) | null
}
const scope = self as unknown as WorkerScope

/** How many moderator posts are checked between progress reports. */
const BATCH_STEP = 25

function coreOptions(options: DraftOptions): CheckOptions {
  return {preset: options.preset, region: options.region, format: options.format === 'markdown' ? 'markdown' : 'text'}
}

function checkBatch(id: number, items: BatchItem[], region: string): BatchReport[] {
  const reports: BatchReport[] = []
  for (const [index, item] of items.entries()) {
    if ('error' in item) {
      reports.push({path: null, id: item.id, line: item.line, priority: 'none', messages: [], error: item.error})
    } else {
      const report = checkSync(item.text, {preset: 'moderator', region})
      reports.push({path: null, id: item.id, priority: report.priority, messages: report.messages})
    }
    if ((index + 1) % BATCH_STEP === 0) scope.postMessage({type: 'batch-progress', id, done: index + 1, total: items.length})
  }
  return reports
}

function answer(message: ToWorker): FromWorker {
  switch (message.type) {
    case 'check': {
      const started = performance.now()
      const report = checkSync(message.text, coreOptions(message.options))
      return {type: 'checked', id: message.id, report, ms: performance.now() - started}
    }
    case 'fix': {
      const result = fix(message.text, coreOptions(message.options))
      return {type: 'fixed', id: message.id, text: result.text, applied: result.applied.length}
    }
    case 'batch':
      return {type: 'batch-done', id: message.id, reports: checkBatch(message.id, message.items, message.region)}
  }
}

scope.onmessage = (event) => {
  try {
    scope.postMessage(answer(event.data))
  } catch (error) {
    scope.postMessage({type: 'failed', id: event.data.id, error: String((error as Error)?.message ?? error)})
  }
}

const regions: RegionInfo[] = Object.entries(crisisLines.regions).map(([code, region]) => ({code, name: region.name, lines: region.lines}))
// the Markdown parser is loaded before the first check (package.json's sideEffects: false drops a bare import)
void loadParser('markdown').then(() => scope.postMessage({type: 'ready', regions, defaultRegion: crisisLines.default}))
