// Checks a file, standard input or one long batch post as it is read, chunk
// by chunk (file-chunks.ts), through the library's chunked check: a huge input
// gives the same report as the library gives on its whole text, with memory
// that follows the chunk size, and Ctrl-C is acted on between chunks.
import type {CheckOptions, Report} from '../types.js'
import {defaultChunkSize, readChunks, readStreamChunks, textChunks, type ChunkOptions, type ChunksEnd, type FileChunk} from './file-chunks.js'

type Library = typeof import('../core.js')

/** Ctrl-C came while a file or post was being checked: it was left part-way. */
export class CheckInterrupted extends Error {
  constructor() {
    super('interrupted')
  }
}

export interface ChunkedCheckOptions extends ChunkOptions {
  /** Asked between chunks: true stops the check with `CheckInterrupted`. */
  stop?: () => boolean
}

/**
 * Read and check a file in chunks. Throws what `readChunks` throws (a binary
 * file, text that is not UTF-8, a file-system error), `CheckInterrupted`, and what the library throws.
 */
export async function checkFileText(file: string, library: Library, options: CheckOptions, fixing: boolean, chunking: ChunkedCheckOptions = {}): Promise<ChunkedOutcome & ChunksEnd> {
  return checkRead(readChunks(file, options.format ?? 'text', chunking), library, options, fixing, chunking.stop)
}

/** Standard input, read and checked a chunk at a time like a file. */
export async function checkStreamText(stream: AsyncIterable<Buffer | string>, library: Library, options: CheckOptions, fixing: boolean, chunking: ChunkedCheckOptions = {}): Promise<ChunkedOutcome & ChunksEnd> {
  return checkRead(readStreamChunks(stream, options.format ?? 'text', chunking), library, options, fixing, chunking.stop)
}

/**
 * One post already in memory (a batch line): checked whole when it is short,
 * in chunks like a file when it is long, so one long post cannot take the
 * memory of a whole batch.
 */
export async function checkText(text: string, library: Library, options: CheckOptions, stop?: () => boolean, chunkSize = defaultChunkSize): Promise<Report> {
  if (text.length <= chunkSize) return library.check(text, options)
  return (await checkChunks(textChunks(text, options.format ?? 'text', chunkSize), library, options, false, stop)).report
}

async function checkRead(chunks: Generator<FileChunk, ChunksEnd> | AsyncGenerator<FileChunk, ChunksEnd>, library: Library, options: CheckOptions, fixing: boolean, stop?: () => boolean): Promise<ChunkedOutcome & ChunksEnd> {
  let end: ChunksEnd = {mark: ''}
  const outcome = await checkChunks((async function* () {
    end = yield* chunks
  })(), library, options, fixing, stop)
  return {...outcome, ...end}
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
 * Check chunks with the library's chunked check (the same report as `check`
 * on the whole text). With `fixing`, the text is held whole (it is written
 * back whole) and fixed by `fixChunks`, which checks each pass a chunk at a
 * time, so Ctrl-C stops a fix too: the report is on the fixed text.
 */
export async function checkChunks(chunks: Iterable<FileChunk> | AsyncIterable<FileChunk>, library: Library, options: CheckOptions, fixing: boolean, stop?: () => boolean): Promise<ChunkedOutcome> {
  if (fixing) {
    const texts: string[] = []
    for await (const text of turnBetween(chunks, stop)) texts.push(text)
    const text = texts.join('')
    const format = options.format ?? 'text'
    const {text: fixed, remaining, applied} = await library.fixChunks(text, options, (current) => turnBetween(textChunks(current, format), stop))
    return {report: {priority: library.priorityOf(remaining), messages: remaining}, text, fixed, applied: applied.length}
  }
  return {report: await library.checkChunks(turnBetween(chunks, stop), options)}
}

/** The chunks' texts, letting the event loop turn between them, so Ctrl-C is noticed in a huge input and acted on. */
async function* turnBetween(chunks: Iterable<FileChunk> | AsyncIterable<FileChunk>, stop: (() => boolean) | undefined): AsyncGenerator<string> {
  for await (const chunk of chunks) {
    yield chunk.text
    await new Promise((resolve) => setImmediate(resolve))
    if (stop?.()) throw new CheckInterrupted()
  }
}
