// Checks a file as it is read, chunk by chunk (file-chunks.ts), through the
// library's chunked check: a huge file gives the same report as the library
// gives on its whole text, with memory that follows the chunk size.
import type {CheckOptions, Report} from '../types.js'
import {readChunks, type ChunkOptions, type FileChunk} from './file-chunks.js'

type Library = typeof import('../core.js')

/**
 * Read and check a file in chunks. Throws what `readChunks` throws (a binary
 * file, text that is not UTF-8, a file-system error) and what the library throws.
 */
export async function checkFileText(file: string, library: Library, options: CheckOptions, fixing: boolean, chunking: ChunkOptions = {}): Promise<ChunkedOutcome & {mark: string}> {
  let mark = ''
  const chunks = readChunks(file, options.format ?? 'text', chunking)
  const outcome = await checkChunks((function* () {
    const result = yield* chunks
    mark = result.mark
  })(), library, options, fixing)
  return {...outcome, mark}
}

export interface ChunkedOutcome {
  /** The report on the checked text (the fixed text when fixing). */
  report: Report
  /** With `fixing`: the text as read and as fixed, without the byte order mark. */
  text?: string
  fixed?: string
  /** With `fixing`: how many fixes were applied. */
  applied?: number
}

/**
 * Check a file's chunks with the library's chunked check (the same report as
 * `check` on the whole text). With `fixing`, the file's text is held whole
 * (it is written back whole) and fixed by `fix`: the report is on the fixed text.
 */
export async function checkChunks(chunks: Iterable<FileChunk>, library: Library, options: CheckOptions, fixing: boolean): Promise<ChunkedOutcome> {
  if (fixing) {
    const text = Array.from(chunks, (chunk) => chunk.text).join('')
    await library.loadParser(options.format ?? 'text')
    const {text: fixed, remaining, applied} = library.fix(text, options)
    return {report: {priority: library.priorityOf(remaining), messages: remaining}, text, fixed, applied: applied.length}
  }
  return {report: await library.checkChunks(turnBetween(chunks), options)}
}

/** The chunks' texts, letting the event loop turn between them, so Ctrl-C is noticed in a huge file. */
async function* turnBetween(chunks: Iterable<FileChunk>): AsyncGenerator<string> {
  for (const chunk of chunks) {
    yield chunk.text
    await new Promise((resolve) => setImmediate(resolve))
  }
}
