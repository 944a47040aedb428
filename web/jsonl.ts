// A moderator's JSONL file in and out. Lines are read as `safepost --batch`
// reads them (src/cli/batch.ts, which is Node-only): blank lines skipped, a
// line that is not an object with a string "text" kept as an error entry.
import type {BatchItem, BatchReport} from './protocol.js'

export function readPosts(content: string): BatchItem[] {
  const items: BatchItem[] = []
  content.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() !== '') items.push(readLine(raw, index + 1))
  })
  return items
}

function readLine(line: string, number: number): BatchItem {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return {line: number, id: null, error: `line ${number}: not valid JSON (${(error as Error).message})`}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {line: number, id: null, error: `line ${number}: expected a JSON object such as {"id": "...", "text": "..."}`}
  }
  const record = value as Record<string, unknown>
  const id = typeof record['id'] === 'string' || typeof record['id'] === 'number' ? record['id'] : null
  const text = record['text']
  if (typeof text !== 'string') {
    return {line: number, id, error: `line ${number}: the object ${text === undefined ? 'has no "text"' : 'has a "text" that is not a string'}`}
  }
  return {line: number, id, text}
}

/** The reports as `safepost --batch - --format jsonl` writes them: one object a line. */
export function writeReports(reports: readonly BatchReport[]): string {
  return reports.map((r) => JSON.stringify(r) + '\n').join('')
}
