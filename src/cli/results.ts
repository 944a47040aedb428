import type {Priority, ReportMessage, Severity} from '../types.js'

/** One entry of the JSON report (INTERFACE.md): a file, standard input or a batch item. */
export interface ReportEntry {
  /** The file as shown to the user; `<stdin>` for standard input; `null` for a batch item. */
  path: string | null
  /** The batch item's `id`; `null` for files and standard input. */
  id: string | number | ExactNumber | null
  /** The input line of a batch item (1-based). */
  line?: number
  priority: Priority
  messages: ReportMessage[]
  /** Why a batch line could not be checked (`line N: ...`). */
  error?: string
  /** The fixed text, with `--fix-dry-run` or `--fix` on standard input. */
  output?: string
}

/** A report entry and the name a person knows it by. */
export interface LintResult {
  entry: ReportEntry
  /** `post.md`, `<stdin>`, `queue.jsonl:12 (id q-7)`. */
  label: string
  /** The text as read, when fixing (what a diff is taken against). */
  source?: string
}

/** Counts over every result of a run: what the summary line and the exit status are made of. */
export interface Totals {
  results: number
  errors: number
  warnings: number
  infos: number
  /** Messages that `--fix` can apply. */
  fixable: number
  /** Batch lines that could not be checked (counted in `errors` too). */
  unreadable: number
  /** Messages of support for a writer (no level: crisis-signal under `writer`): not problems, so in no other count. */
  support: number
  priorities: Record<Priority, number>
}

export function emptyTotals(): Totals {
  return {
    results: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    fixable: 0,
    unreadable: 0,
    support: 0,
    priorities: {none: 0, low: 0, medium: 0, high: 0, urgent: 0}
  }
}

const severityCount: Record<Severity, 'errors' | 'warnings' | 'infos'> = {
  error: 'errors',
  warning: 'warnings',
  info: 'infos'
}

export function addToTotals(totals: Totals, entry: ReportEntry): void {
  totals.results++
  totals.priorities[entry.priority]++
  if (entry.error !== undefined) {
    totals.unreadable++
    totals.errors++
  }
  for (const message of entry.messages) {
    if (isSupport(message)) {
      totals.support++
      continue
    }
    totals[severityCount[message.severity]]++
    if (message.fix) totals.fixable++
  }
}

/** A message of support for a writer (crisis-signal under `writer`): it has no level, and is not a problem. */
export const isSupport = (message: ReportMessage): boolean => message.level === undefined

/**
 * A numeric id whose digits a JavaScript number would change (above 2^53,
 * `1.0`, `1e3`): written back exactly as it came. `toJSON` gives the digits as
 * a string for formats that do not use `entryJson`.
 */
export class ExactNumber {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text
  }
  toJSON(): string {
    return this.text
  }
}

/** An entry as JSON, a numeric id written with its own digits. */
export function entryJson(entry: ReportEntry): string {
  if (!(entry.id instanceof ExactNumber)) return JSON.stringify(entry)
  // `path` (null for a batch item) comes first, so the first `"id":0` is the id.
  return JSON.stringify({...entry, id: 0}).replace('"id":0', `"id":${entry.id.text}`)
}
