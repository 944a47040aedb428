// Reads a file a block at a time and cuts it into chunks at paragraph
// boundaries, so a file of any size is checked without building one giant
// syntax tree or holding the whole file: memory follows the chunk size, not
// the file size. Also tells binary files and files that are not UTF-8 apart,
// so neither is read as mangled text.
import fs from 'node:fs'
import type {InputFormat} from '../types.js'
import {countLineBreaks, defaultChunkSize, ParagraphCutter} from '../chunk/paragraph-cutter.js'
export {countLineBreaks} from '../chunk/paragraph-cutter.js'

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
    let linesBefore = 0
    let index = 0
    const emit = (text: string): FileChunk => {
      const chunk = {text, offset, linesBefore, index: index++}
      offset += text.length
      linesBefore += countLineBreaks(text)
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
