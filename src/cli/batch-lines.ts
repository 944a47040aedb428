// Cuts a JSON Lines stream into lines as bytes, a block at a time, pulling the
// next block only when the lines before it are taken, so a batch of any size
// streams with bounded memory. Only LF ends a line (a CRLF's CR is dropped): a
// raw CR inside a line stays in it, so it cannot split one post into two and
// shift the line numbers after it. A line longer than the limit is not held:
// its bytes are counted and dropped as they pass.

export type RawLine =
  | {number: number, bytes: Buffer}
  /** A line over the limit: only its length is known. */
  | {number: number, tooLong: number}

export async function* splitLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = []
  let length = 0
  let tooLong = false
  let number = 0
  const take = (): RawLine => {
    number++
    const bytes = tooLong ? undefined : withoutCarriageReturn(Buffer.concat(parts, length))
    const line: RawLine = bytes && bytes.length <= maxBytes ? {number, bytes} : {number, tooLong: length}
    parts = []
    length = 0
    tooLong = false
    return line
  }
  const add = (piece: Buffer): void => {
    length += piece.length
    if (tooLong) return
    if (length > maxBytes + 1) {
      // (+1: room for the CR of a CRLF line end)
      tooLong = true
      parts = []
    } else {
      parts.push(piece)
    }
  }
  for await (const block of input) {
    const bytes = typeof block === 'string' ? Buffer.from(block) : block
    let start = 0
    for (let newline = bytes.indexOf(0x0a); newline !== -1; newline = bytes.indexOf(0x0a, start)) {
      add(bytes.subarray(start, newline))
      yield take()
      start = newline + 1
    }
    // Copied: the stream may reuse its block.
    if (start < bytes.length) add(Buffer.from(bytes.subarray(start)))
  }
  if (length > 0 || tooLong) yield take()
}

function withoutCarriageReturn(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes
}
