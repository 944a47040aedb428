import readline from 'node:readline'

/** One line of a `--batch` file: a post to check, or why it cannot be checked. */
export type BatchLine =
  | {line: number, id: string | number | null, text: string}
  | {line: number, id: string | number | null, error: string}

/**
 * Read JSON Lines `{"id": "...", "text": "..."}` one line at a time, so a
 * moderation queue of any size streams through. Other fields are ignored;
 * blank lines are skipped; a line that is not a JSON object with a string
 * `text` comes back with an `error` (`line N: ...`) instead of stopping the run.
 */
export async function* readBatch(input: NodeJS.ReadableStream, textField = 'text'): AsyncGenerator<BatchLine> {
  const lines = readline.createInterface({input, crlfDelay: Number.POSITIVE_INFINITY})
  let number = 0
  for await (const raw of lines) {
    number++
    const line = number === 1 ? raw.replace(/^\uFEFF/, '') : raw
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
  const id = typeof record['id'] === 'string' || typeof record['id'] === 'number' ? record['id'] : null
  // `--text-field body`: the post's text is under another name
  const text = record[textField]
  if (typeof text !== 'string') {
    const problem = text === undefined ? `has no ${JSON.stringify(textField)}` : `has a ${JSON.stringify(textField)} that is not a string`
    return {line: number, id, error: `line ${number}: the object ${problem}`}
  }
  return {line: number, id, text}
}
