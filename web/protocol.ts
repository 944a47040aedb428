// The messages between the page and its checking worker (web/worker.ts).
import type {Priority, Report, ReportMessage} from '../src/types.js'
import type {CrisisLine} from '../src/engine/compiled.js'

export type {CrisisLine, Priority, Report, ReportMessage}

export type Preset = 'writer' | 'moderator'
/** What the draft is: a tweet is plain text with a length counter. */
export type DraftFormat = 'text' | 'tweet' | 'markdown'

export interface DraftOptions {
  preset: Preset
  format: DraftFormat
  region: string
}

/** One line of a moderator's JSONL file: a post, or why the line could not be read. */
export type BatchItem = {line: number; id: unknown; text: string} | {line: number; id: unknown; error: string}

/** A moderator report line, shaped as `safepost --batch --format jsonl` writes it. */
export interface BatchReport {
  path: null
  id: unknown
  line?: number
  priority: Priority
  messages: ReportMessage[]
  error?: string
}

export interface RegionInfo {
  code: string
  name: string
  lines: CrisisLine[]
}

export type ToWorker =
  | {type: 'check'; id: number; text: string; options: DraftOptions}
  | {type: 'fix'; id: number; text: string; options: DraftOptions}
  | {type: 'batch'; id: number; items: BatchItem[]; region: string}

export type FromWorker =
  | {type: 'ready'; regions: RegionInfo[]; defaultRegion: string}
  | {type: 'checked'; id: number; report: Report; ms: number}
  | {type: 'fixed'; id: number; text: string; applied: number}
  | {type: 'batch-progress'; id: number; done: number; total: number}
  | {type: 'batch-done'; id: number; reports: BatchReport[]}
  | {type: 'failed'; id: number; error: string}
