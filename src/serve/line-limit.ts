// NDJSON for /v1/batch, passed on a whole line at a time and never a line
// longer than the limit: a line that grows past it ends the batch there
// (`tooLong` says so), and the rest of the upload is read and dropped.
import {Transform, type Readable, type TransformCallback} from 'node:stream'

export class LineLimit extends Transform {
  tooLong = false
  private pending: Buffer[] = []
  private pendingBytes = 0

  constructor(private readonly maxBytes: number) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.tooLong) return callback()
    let start = 0
    for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
      if (this.pendingBytes + newline - start > this.maxBytes) return this.stop(callback)
      this.push(Buffer.concat([...this.pending, chunk.subarray(start, newline + 1)]))
      this.pending = []
      this.pendingBytes = 0
      start = newline + 1
    }
    this.pendingBytes += chunk.length - start
    if (this.pendingBytes > this.maxBytes) return this.stop(callback)
    if (start < chunk.length) this.pending.push(chunk.subarray(start))
    callback()
  }

  override _flush(callback: TransformCallback): void {
    if (!this.tooLong && this.pendingBytes > 0) this.push(Buffer.concat(this.pending))
    callback()
  }

  private stop(callback: TransformCallback): void {
    this.tooLong = true
    this.pending = []
    this.push(null)
    callback()
  }
}

export function limitLines(input: Readable, maxBytes: number): LineLimit {
  return input.pipe(new LineLimit(maxBytes))
}
