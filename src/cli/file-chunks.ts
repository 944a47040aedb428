// Reads a file a block at a time and cuts it into chunks at paragraph
// boundaries, so a file of any size is checked without building one giant
// syntax tree or holding the whole file: memory follows the chunk size, not
// the file size. Also tells binary files and files that are not UTF-8 apart,
// so neither is read as mangled text.
import fs from 'node:fs'
import type {InputFormat} from '../types.js'
import {identityOf, type FileIdentity} from './write-atomic.js'
import {countLineBreaks, defaultChunkSize, ParagraphCutter} from '../chunk/paragraph-cutter.js'
export {countLineBreaks, defaultChunkSize} from '../chunk/paragraph-cutter.js'

/** A stretch of a file that ends at a paragraph boundary (or at the end of the file). */
export interface FileChunk {
  text: string
  /** UTF-16 offset of the chunk in the file's text (after any byte order mark). */
  offset: number
  /** Line breaks before the chunk. */
  linesBefore: number
  /** 0 for the first chunk. */
  index: number
}

/** The file holds NUL bytes (or starts like UTF-16): not text to check. */
export class BinaryFileError extends Error {}

/** The file is not valid UTF-8; `byte` is the offset of the first bad byte. */
export class NotUtf8Error extends Error {
  constructor(readonly byte: number, detail = '') {
    super(`not UTF-8 text (an invalid byte at offset ${byte}${detail}); safepost reads UTF-8 only`)
  }
}

export interface ChunkOptions {
  /** Cut once this many UTF-16 units are waiting and a boundary is known. */
  chunkSize?: number
  /** Bytes read at a time. */
  blockSize?: number
  /** Called with the bytes read so far (progress). */
  onBytes?: (bytesRead: number, totalBytes: number) => void
}

/** Git's test: a NUL byte among the first 8,000 bytes makes a file binary. */
const sniffBytes = 8000

/** How a read ended: the byte order mark taken off the text, where the first NUL byte was, and which file was read. */
export interface ChunksEnd {
  mark: string
  /** Byte offset of the first NUL byte (in a file, one past the first 8,000 bytes: before that it is binary): the text is checked, never rewritten. */
  nulByte?: number
  /** The file as it was opened (a file only): `--fix` writes only if it is still that file, unchanged. */
  identity?: FileIdentity
}

/**
 * The chunks of a file, in order; their texts joined are the file's text
 * without a leading byte order mark (`mark` on the result says if there was
 * one). Throws `BinaryFileError` or `NotUtf8Error` before yielding anything
 * wrong, and file-system errors as they come.
 */
export function* readChunks(file: string, format: InputFormat, options: ChunkOptions = {}): Generator<FileChunk, ChunksEnd> {
  const block = Buffer.alloc(options.blockSize ?? 1024 * 1024)
  const descriptor = fs.openSync(file, 'r')
  try {
    const identity = identityOf(fs.fstatSync(descriptor, {bigint: true}))
    const totalBytes = Number(identity.size)
    const reader = new ChunkReader(format, options.chunkSize)
    for (;;) {
      const read = fs.readSync(descriptor, block, 0, block.length, null)
      yield* reader.push(block.subarray(0, read))
      if (read === 0) return {...reader.end(), identity}
      options.onBytes?.(reader.bytesRead, totalBytes)
    }
  } finally {
    fs.closeSync(descriptor)
  }
}

/**
 * The chunks of a stream (standard input), as `readChunks` gives a file's:
 * read a block at a time, never whole. A NUL byte does not make it binary: a
 * post piped in is always checked.
 */
export async function* readStreamChunks(stream: AsyncIterable<Buffer | string>, format: InputFormat, options: ChunkOptions = {}): AsyncGenerator<FileChunk, ChunksEnd> {
  const reader = new ChunkReader(format, options.chunkSize, false)
  for await (const block of stream) {
    const bytes = typeof block === 'string' ? Buffer.from(block) : block
    if (bytes.length > 0) yield* reader.push(bytes)
  }
  yield* reader.push(new Uint8Array(0))
  return reader.end()
}

/** The chunks of a text already in memory (a long batch post), cut as a file's would be. */
export function* textChunks(text: string, format: InputFormat, chunkSize = defaultChunkSize): Generator<FileChunk> {
  const cutter = new ParagraphCutter(format === 'markdown' || format === 'mdx')
  const emit = chunkEmitter()
  // Fed a chunk's length at a time, so the cutter never scans far ahead.
  for (let start = 0; start < text.length; start += chunkSize) {
    cutter.push(text.slice(start, start + chunkSize))
    for (let piece = cutter.take(chunkSize); piece !== undefined; piece = cutter.take(chunkSize)) yield emit(piece)
  }
  const rest = cutter.rest()
  if (rest !== '' || emit.count() === 0) yield emit(rest)
}

function chunkEmitter(): ((text: string) => FileChunk) & {count(): number} {
  let offset = 0
  let linesBefore = 0
  let index = 0
  const emit = (text: string): FileChunk => {
    const chunk = {text, offset, linesBefore, index: index++}
    offset += text.length
    linesBefore += countLineBreaks(text)
    return chunk
  }
  return Object.assign(emit, {count: () => index})
}

/**
 * Bytes in, chunks out: decodes UTF-8 (refusing what is not), takes off a
 * byte order mark, tells binary data apart, and cuts at paragraph boundaries.
 * Push an empty block at the end of the input.
 */
class ChunkReader {
  bytesRead = 0
  private readonly decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
  private readonly cutter: ParagraphCutter
  private readonly emit = chunkEmitter()
  private mark: string | undefined
  private nulByte: number | undefined

  constructor(format: InputFormat, private readonly chunkSize = defaultChunkSize, private readonly sniffBinary = true) {
    this.cutter = new ParagraphCutter(format === 'markdown' || format === 'mdx')
  }

  *push(bytes: Uint8Array): Generator<FileChunk> {
    const atEnd = bytes.length === 0
    if (this.bytesRead === 0) assertNotUtf16(bytes)
    if (this.nulByte === undefined) {
      const nul = bytes.indexOf(0)
      if (nul !== -1) this.nulByte = this.bytesRead + nul
      // Git's test for a binary file. Further on, a NUL byte does not stop the check, but the file is never rewritten.
      if (this.sniffBinary && this.nulByte !== undefined && this.nulByte < sniffBytes) throw new BinaryFileError('binary file (it holds NUL bytes)')
    }
    let decoded: string
    try {
      decoded = this.decoder.decode(bytes, {stream: !atEnd})
    } catch {
      throw new NotUtf8Error(this.bytesRead + firstInvalidUtf8Byte(bytes, atEnd))
    }
    this.bytesRead += bytes.length
    if (this.mark === undefined && (decoded !== '' || atEnd)) {
      this.mark = decoded.startsWith('\uFEFF') ? '\uFEFF' : ''
      decoded = decoded.slice(this.mark.length)
    }
    this.cutter.push(decoded)
    for (let text = this.cutter.take(this.chunkSize); text !== undefined; text = this.cutter.take(this.chunkSize)) yield this.emit(text)
    if (atEnd) {
      const rest = this.cutter.rest()
      if (rest !== '' || this.emit.count() === 0) yield this.emit(rest)
    }
  }

  end(): ChunksEnd {
    return {mark: this.mark ?? '', ...(this.nulByte === undefined ? {} : {nulByte: this.nulByte})}
  }
}

function assertNotUtf16(bytes: Uint8Array): void {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new NotUtf8Error(0, ', a UTF-16 byte order mark')
  }
}

/** The offset of the first byte that makes `bytes` invalid UTF-8 (a sequence cut off at the end counts only at the end of the file). */
export function firstInvalidUtf8Byte(bytes: Uint8Array, atEnd: boolean): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (length === 0) return i
    for (let n = 1; n < length; n++) {
      if (i + n >= bytes.length) return atEnd ? i : bytes.length
      const next = bytes[i + n]!
      const low = n === 1 && b === 0xe0 ? 0xa0 : n === 1 && b === 0xf0 ? 0x90 : 0x80
      const high = n === 1 && b === 0xed ? 0x9f : n === 1 && b === 0xf4 ? 0x8f : 0xbf
      if (next < low || next > high) return i
    }
    i += length
  }
  return i
}
