// Reads a file a block at a time and cuts it into chunks at paragraph
// boundaries, so a file of any size is checked without building one giant
// syntax tree or holding the whole file: memory follows the chunk size, not
// the file size. Also tells binary files and files that are not UTF-8 apart,
// so neither is read as mangled text.
import fs from 'node:fs'
import type {InputFormat} from '../types.js'

/** A stretch of a file that ends at a paragraph boundary (or at the end of the file). */
export interface FileChunk {
  text: string
  /** UTF-16 offset of the chunk in the file's text (after any byte order mark). */
  offset: number
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
const defaultChunkSize = 128 * 1024

/**
 * The chunks of a file, in order; their texts joined are the file's text
 * without a leading byte order mark (`mark` on the result says if there was
 * one). Throws `BinaryFileError` or `NotUtf8Error` before yielding anything
 * wrong, and file-system errors as they come.
 */
export function* readChunks(file: string, format: InputFormat, options: ChunkOptions = {}): Generator<FileChunk, {mark: string}> {
  const chunkSize = options.chunkSize ?? defaultChunkSize
  const block = Buffer.alloc(options.blockSize ?? 1024 * 1024)
  const descriptor = fs.openSync(file, 'r')
  try {
    const totalBytes = fs.fstatSync(descriptor).size
    const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
    const cutter = new ParagraphCutter(format === 'markdown' || format === 'mdx')
    let mark: string | undefined
    let bytesRead = 0
    let offset = 0
    let index = 0
    const emit = (text: string): FileChunk => {
      const chunk = {text, offset, index: index++}
      offset += text.length
      return chunk
    }
    for (;;) {
      const read = fs.readSync(descriptor, block, 0, block.length, null)
      const bytes = block.subarray(0, read)
      if (bytesRead === 0) assertText(bytes)
      let decoded: string
      try {
        decoded = decoder.decode(bytes, {stream: read > 0})
      } catch {
        throw new NotUtf8Error(bytesRead + firstInvalidUtf8Byte(bytes, read === 0))
      }
      bytesRead += read
      if (mark === undefined && (decoded !== '' || read === 0)) {
        mark = decoded.startsWith('\uFEFF') ? '\uFEFF' : ''
        decoded = decoded.slice(mark.length)
      }
      cutter.push(decoded)
      if (read > 0) options.onBytes?.(bytesRead, totalBytes)
      for (let text = cutter.take(chunkSize); text !== undefined; text = cutter.take(chunkSize)) yield emit(text)
      if (read === 0) break
    }
    const rest = cutter.rest()
    if (rest !== '' || index === 0) yield emit(rest)
    return {mark: mark ?? ''}
  } finally {
    fs.closeSync(descriptor)
  }
}

function assertText(bytes: Uint8Array): void {
  const head = bytes.subarray(0, sniffBytes)
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new NotUtf8Error(0, ', a UTF-16 byte order mark')
  }
  if (head.includes(0)) throw new BinaryFileError('binary file (it holds NUL bytes)')
}

/**
 * Where a chunk may end: just after a blank line, and for Markdown only
 * outside fenced code (a fence cut in two would turn its second half into
 * prose). A file with no such boundary is cut at a line break, then at a
 * space, once far too much is waiting, so memory stays bounded whatever the file.
 */
class ParagraphCutter {
  private pending = ''
  /** Complete lines before this offset of `pending` have been looked at. */
  private scanned = 0
  /** The last safe place to cut in `pending`, 0 if none yet. */
  private cut = 0
  private fence: {char: string, length: number} | undefined

  constructor(private readonly markdown: boolean) {}

  push(text: string): void {
    this.pending += text
  }

  /** The next chunk: up to the first boundary at or after `size` units, once one is known. */
  take(size: number): string | undefined {
    if (this.pending.length < size) return undefined
    this.scan(size)
    let end = this.cut >= size ? this.cut : 0
    // No boundary in sight: cut where we can rather than hold ever more text.
    if (end === 0 && this.pending.length >= size * 4) end = this.cut > 0 ? this.cut : this.forcedCut(size * 4)
    if (end === 0) return undefined
    const text = this.pending.slice(0, end)
    this.pending = this.pending.slice(end)
    this.scanned = Math.max(0, this.scanned - end)
    this.cut = 0
    return text
  }

  rest(): string {
    const text = this.pending
    this.pending = ''
    return text
  }

  /** Look at complete lines, stopping at the first boundary at or after `size`. */
  private scan(size: number): void {
    for (let newline = this.pending.indexOf('\n', this.scanned); newline !== -1; newline = this.pending.indexOf('\n', this.scanned)) {
      const line = this.pending.slice(this.scanned, newline).replace(/\r$/, '')
      this.scanned = newline + 1
      if (this.markdown) {
        const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
        if (this.fence) {
          if (fence && fence[0] === this.fence.char && fence.length >= this.fence.length && line.trim() === fence) this.fence = undefined
          continue
        }
        if (fence) {
          this.fence = {char: fence[0]!, length: fence.length}
          continue
        }
      }
      if (line.trim() === '') {
        this.cut = this.scanned
        if (this.cut >= size) return
      }
    }
  }

  private forcedCut(limit: number): number {
    const window = this.pending.slice(0, limit)
    const newline = window.lastIndexOf('\n')
    if (newline > 0) return newline + 1
    const space = window.search(/\s\S*$/)
    if (space > 0) return space + 1
    // One enormous word: cut anywhere but inside a surrogate pair.
    const code = window.charCodeAt(limit - 1)
    return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
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
