import {defaultMaxPostBytes} from './batch-limits.js'
import {splitLines} from './batch-lines.js'
import {NotUtf8Error, firstInvalidUtf8Byte} from './file-chunks.js'
import {ExactNumber} from './results.js'

/** A batch item's id: a string, a number (`ExactNumber` when a JavaScript number would change its digits), or none. */
export type BatchId = string | number | ExactNumber | null

/** One line of a `--batch` file: a post to check, or why it cannot be checked. */
export type BatchLine =
  | {line: number, id: BatchId, text: string, idProblem?: string}
  | {line: number, id: BatchId, error: string, idProblem?: string}

export interface BatchReadOptions {
  /** Lines longer than this many bytes are refused unread (`--max-post-bytes`). */
  maxLineBytes: number
  /** The field that holds the post (`--text-field`; default `text`). */
  textField?: string
}

/**
 * Read JSON Lines `{"id": "...", "text": "..."}` one line at a time, so a
 * moderation queue of any size streams through. Other fields are ignored;
 * blank lines (nothing but white space) are skipped, and every item keeps its
 * line number, so the report still lines up with the input. A line that is
 * too long, not UTF-8, not a JSON object or without a string `text` comes back
 * with an `error` (`line N: ...`) instead of stopping the run.
 */
export async function* readBatch(input: AsyncIterable<Buffer | string>, {maxLineBytes, textField = 'text'}: BatchReadOptions = {maxLineBytes: defaultMaxPostBytes}): AsyncGenerator<BatchLine> {
  const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
  for await (const raw of splitLines(input, maxLineBytes)) {
    const number = raw.number
    if ('tooLong' in raw) {
      yield {line: number, id: null, error: `line ${number}: ${raw.tooLong} bytes, more than --max-post-bytes ${maxLineBytes}; not checked`}
      continue
    }
    let line: string
    try {
      line = decoder.decode(raw.bytes)
    } catch {
      yield {line: number, id: null, error: `line ${number}: ${new NotUtf8Error(firstInvalidUtf8Byte(raw.bytes, true), ' of the line').message}`}
      continue
    }
    if (number === 1) line = line.replace(/^\uFEFF/, '')
    if (line.trim() === '') continue
    yield parseLine(line, number, textField)
  }
}

function parseLine(line: string, number: number, textField: string): BatchLine {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return {line: number, id: null, error: `line ${number}: not valid JSON (${(error as Error).message})`}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {line: number, id: null, error: `line ${number}: expected a JSON object such as {"id": "...", ${JSON.stringify(textField)}: "..."}`}
  }
  const record = value as Record<string, unknown>
  const {id, idProblem} = idOf(record['id'], line)
  const problem = idProblem === undefined ? {} : {idProblem}
  // `--text-field body`: the post's text is under another name
  const text = record[textField]
  if (typeof text !== 'string') {
    const what = text === undefined ? `has no ${JSON.stringify(textField)}` : `has a ${JSON.stringify(textField)} that is not a string`
    return {line: number, id, error: `line ${number}: the object ${what}`, ...problem}
  }
  return {line: number, id, text, ...problem}
}

function idOf(value: unknown, line: string): {id: BatchId, idProblem?: string} {
  if (value === undefined || typeof value === 'string') return {id: value ?? null}
  if (typeof value === 'number') {
    // 12345678901234567891 would come back as 12345678901234567000: keep the digits as written.
    const written = rawValueOf(line, 'id')
    return {id: written !== undefined && written !== String(value) ? new ExactNumber(written) : value}
  }
  const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`
  return {id: null, idProblem: `"id" is ${what}, not a string or a number; the entry has id null`}
}

/**
 * The source text of a top-level key's value in a line that is a valid JSON
 * object (the last one, as JSON.parse keeps the last of a repeated key).
 */
export function rawValueOf(line: string, key: string): string | undefined {
  let found: string | undefined
  let i = line.indexOf('{') + 1
  const skipSpace = (): void => {
    while (i < line.length && ' \t\r\n'.includes(line[i]!)) i++
  }
  const skipString = (): void => {
    // at the opening quote
    for (i = line.indexOf('"', i + 1); line[i - 1] === '\\' && !evenBackslashesBefore(line, i); i = line.indexOf('"', i + 1));
    i++
  }
  for (;;) {
    skipSpace()
    if (line[i] !== '"') return found
    const keyStart = i
    skipString()
    const name = JSON.parse(line.slice(keyStart, i)) as string
    skipSpace()
    i++ // the colon
    skipSpace()
    const valueStart = i
    let depth = 0
    for (; i < line.length; i++) {
      const char = line[i]!
      if (char === '"') {
        skipString()
        i--
      } else if (char === '{' || char === '[') depth++
      else if (char === '}' || char === ']') {
        if (depth === 0) break
        depth--
      } else if (char === ',' && depth === 0) break
    }
    if (name === key) found = line.slice(valueStart, i).trim()
    if (line[i] !== ',') return found
    i++
  }
}

function evenBackslashesBefore(text: string, quote: number): boolean {
  let count = 0
  for (let at = quote - 1; text[at] === '\\'; at--) count++
  return count % 2 === 0
}
