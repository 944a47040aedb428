// A guard in front of the JSON-RPC reader on standard input. vscode-jsonrpc
// waits for "\r\n\r\n" after a header and gives up on a header without
// Content-Length, so one malformed message (LF-only line ends, no length)
// wedged the server for good. This stream reads the framing itself: it
// accepts LF-only headers, skips a header without a usable Content-Length
// (and a body over the limit) with a report, and passes every good message
// on in the canonical form, so the next one is always read.
import {Transform, type TransformCallback} from 'node:stream'

/** A header longer than this without its blank line is not a header. */
export const MAX_HEADER_BYTES = 8 * 1024
/** The largest message body accepted; a larger one is skipped unread. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024

const CRLF2 = Buffer.from('\r\n\r\n')
const LF2 = Buffer.from('\n\n')
const LENGTH = /content-length:[ \t]*(\d+)[ \t]*\r?$/im

export class MessageFraming extends Transform {
  #buffer: Buffer = Buffer.alloc(0)
  /** Bytes of a refused body still to drop. */
  #skip = 0
  /** The length of the body being read, once its header is. */
  #length = -1

  constructor(private readonly report: (problem: string) => void) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.#buffer = this.#buffer.length ? Buffer.concat([this.#buffer, chunk]) : chunk
    this.#drain()
    done()
  }

  #drain(): void {
    for (;;) {
      if (this.#skip > 0) {
        const dropped = Math.min(this.#skip, this.#buffer.length)
        this.#skip -= dropped
        this.#buffer = this.#buffer.subarray(dropped)
        if (this.#skip > 0) return
      }
      if (this.#length < 0 && !this.#readHeader()) return
      if (this.#length >= 0) {
        if (this.#buffer.length < this.#length) return
        const body = this.#buffer.subarray(0, this.#length)
        this.#buffer = this.#buffer.subarray(this.#length)
        this.push(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]))
        this.#length = -1
      }
    }
  }

  /** Reads one header from the buffer; false when more input is needed. */
  #readHeader(): boolean {
    const crlf = this.#buffer.indexOf(CRLF2)
    const lf = this.#buffer.indexOf(LF2)
    const [end, size] = crlf >= 0 && (lf < 0 || crlf < lf) ? [crlf, 4] : lf >= 0 ? [lf, 2] : [-1, 0]
    if (end < 0) {
      if (this.#buffer.length > MAX_HEADER_BYTES) {
        this.report(`a message header ran past ${MAX_HEADER_BYTES} bytes without ending: ${this.#buffer.length} bytes dropped`)
        this.#buffer = Buffer.alloc(0)
      }
      return false
    }
    const header = this.#buffer.subarray(0, end).toString('ascii')
    this.#buffer = this.#buffer.subarray(end + size)
    const length = LENGTH.exec(header)
    if (!length) {
      this.report(`a message header without Content-Length was skipped: ${JSON.stringify(header.slice(0, 200))}`)
      return true
    }
    const n = Number(length[1])
    if (n > MAX_MESSAGE_BYTES) {
      this.report(`a message of ${n} bytes (more than ${MAX_MESSAGE_BYTES}) was skipped`)
      this.#skip = n
      return true
    }
    this.#length = n
    return true
  }
}
