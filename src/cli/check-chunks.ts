// Checks a file chunk by chunk (file-chunks.ts) and puts the messages back
// into the file's coordinates, so a huge file gives the same kind of report as
// a small one. A file that fits in one chunk is checked exactly as before.
import type {CheckOptions, Priority, Report, ReportMessage} from '../types.js'
import {defaultChunkSize, readChunks, readStreamChunks, textChunks, type ChunkOptions, type ChunksEnd, type FileChunk} from './file-chunks.js'

type Library = typeof import('../core.js')

/**
 * The rules about a whole post. In a file checked in chunks each reports at
 * most once, at the first chunk that gives it. Only a fix that lands at the
 * top of the file is kept (content-warning's, from the first chunk): any
 * other whole-post fix would insert text in the middle of the file.
 */
const postRules = new Set(['content-warning', 'help-resources'])
const fixableInFirstChunk = new Set(['content-warning'])

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
}

/**
 * Check every chunk; with `fixing`, apply the safe fixes chunk by chunk first
 * (whole-post fixes only in the first chunk) and report on the fixed text.
 */
export async function checkChunks(chunks: Iterable<FileChunk> | AsyncIterable<FileChunk>, library: Library, options: CheckOptions, fixing: boolean, stop?: () => boolean): Promise<ChunkedOutcome> {
  const messages: ReportMessage[] = []
  const seenPostRules = new Set<string>()
  const shared = new SharedTexts()
  let priority: Priority = 'none'
  const texts: string[] = []
  const fixedTexts: string[] = []
  // Where the checked (possibly fixed) text of the next chunk starts.
  let offset = 0
  let linesBefore = 0
  let count = 0
  for await (const [chunk, only] of withLookahead(chunks)) {
    count++
    await library.loadParser(options.format ?? 'text')
    let text = chunk.text
    if (fixing) {
      texts.push(text)
      const off: Record<string, 'off'> = {}
      if (!only) for (const rule of postRules) if (chunk.index > 0 || !fixableInFirstChunk.has(rule)) off[rule] = 'off'
      text = library.fix(text, {...options, rules: {...options.rules, ...off}}).text
      fixedTexts.push(text)
    }
    const report = await library.check(text, options)
    priority = maxOf(priority, report.priority)
    for (const message of report.messages) {
      if (postRules.has(message.ruleId)) {
        if (seenPostRules.has(message.ruleId)) continue
        seenPostRules.add(message.ruleId)
        if (!only && (chunk.index > 0 || !fixableInFirstChunk.has(message.ruleId))) delete message.fix
      }
      messages.push(shared.keep(chunk.index === 0 ? message : shift(message, offset, linesBefore)))
    }
    offset += text.length
    linesBefore += lineBreaks(text)
    // Let the event loop turn between chunks, so Ctrl-C is noticed in a huge file, and act on it.
    await new Promise((resolve) => setImmediate(resolve))
    if (stop?.()) throw new CheckInterrupted()
  }
  // Combinations across chunks (a crisis signal in one, method detail in another) raise the priority too.
  if (count > 1) priority = maxOf(priority, library.priorityOf(messages))
  return {
    report: {priority, messages},
    ...(fixing ? {text: texts.join(''), fixed: fixedTexts.join('')} : {})
  }
}

/**
 * A huge file can give hundreds of thousands of messages, most of them
 * repeating the same wording, guidance and link: hold one copy of each text.
 */
class SharedTexts {
  private readonly texts = new Map<string, string>()
  private readonly lists = new Map<string, string[]>()

  keep(message: ReportMessage): ReportMessage {
    message.message = this.text(message.message)
    message.url = this.text(message.url)
    message.actual = this.text(message.actual)
    if (message.note !== undefined) message.note = this.text(message.note)
    const key = message.expected.join('\u0000')
    let list = this.lists.get(key)
    if (!list) this.lists.set(key, (list = message.expected))
    message.expected = list
    return message
  }

  private text(value: string): string {
    let kept = this.texts.get(value)
    if (kept === undefined) this.texts.set(value, (kept = value))
    return kept
  }
}

/** Each chunk, and whether it is the file's only chunk (known by reading one ahead). */
async function* withLookahead(chunks: Iterable<FileChunk> | AsyncIterable<FileChunk>): AsyncGenerator<[FileChunk, boolean]> {
  let held: FileChunk | undefined
  let index = 0
  for await (const chunk of chunks) {
    if (held) yield [held, false]
    held = chunk
    index++
  }
  if (held) yield [held, index === 1]
}

const order: readonly Priority[] = ['none', 'low', 'medium', 'high', 'urgent']
const maxOf = (a: Priority, b: Priority): Priority => (order.indexOf(a) >= order.indexOf(b) ? a : b)

function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0
}

/** A chunk starts at the start of a line, so only offsets and lines move; columns stay. */
function shift(message: ReportMessage, offset: number, lines: number): ReportMessage {
  message.offset += offset
  message.endOffset += offset
  message.line += lines
  message.endLine += lines
  if (message.fix) message.fix = {...message.fix, range: [message.fix.range[0] + offset, message.fix.range[1] + offset]}
  return message
}
