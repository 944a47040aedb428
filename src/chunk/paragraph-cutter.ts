// Cuts text into chunks at paragraph boundaries, as it arrives: the chunked
// check (check-chunks.ts) reads a post of any size a chunk at a time, and the
// command line feeds it a file a block at a time. Browser-safe.

/** How long a chunk grows before it is cut at the next boundary (UTF-16 units). */
export const defaultChunkSize = 128 * 1024

const lineBreaks = /\r\n|\r|\n/g

export function countLineBreaks(text: string): number {
  return text.match(lineBreaks)?.length ?? 0
}

/**
 * Where a chunk may end: just after a blank line, and for Markdown only
 * outside fenced code (a fence cut in two would turn its second half into
 * prose), nor inside front matter (read as such in every format). A file with no such boundary is cut at a line break, then at a
 * space, once far too much is waiting, so memory stays bounded whatever the file.
 */
const FRONT_MATTER_OPEN = /^\uFEFF?(---|\+\+\+)[ \t]*$/
const FRONT_MATTER_CLOSE = /^(---|\.\.\.|\+\+\+)[ \t]*$/

export class ParagraphCutter {
  private pending = ''
  /** Complete lines before this offset of `pending` have been looked at. */
  private scanned = 0
  /** The last safe place to cut in `pending`, 0 if none yet. */
  private cut = 0
  private fence: {char: string, length: number} | undefined
  /** Inside the front matter that opens the text. */
  private frontMatter: boolean | undefined

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
      if (this.frontMatter === undefined) this.frontMatter = FRONT_MATTER_OPEN.test(line)
      else if (this.frontMatter) {
        this.frontMatter = !FRONT_MATTER_CLOSE.test(line)
        continue
      }
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


/** The chunks of a text held whole, cut as `ParagraphCutter` cuts a stream. */
export function* cutText(text: string, markdown: boolean, size = defaultChunkSize): Generator<string> {
  const cutter = new ParagraphCutter(markdown)
  cutter.push(text)
  for (let chunk = cutter.take(size); chunk !== undefined; chunk = cutter.take(size)) yield chunk
  const rest = cutter.rest()
  if (rest !== '' || text === '') yield rest
}
