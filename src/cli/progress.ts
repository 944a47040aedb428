// A one-line progress note on stderr for long runs (a big batch, a huge file),
// shown only when stderr is a terminal: never in a log, a pipe or CI output.

export interface ProgressStream {
  isTTY?: boolean
  write(text: string): unknown
}

export class Progress {
  readonly enabled: boolean
  private shown = false
  private last = 0

  constructor(
    private readonly stream: ProgressStream,
    private readonly interval = 200,
    private readonly now: () => number = Date.now
  ) {
    this.enabled = stream.isTTY === true
  }

  /** Show `text`, at most every `interval` ms. */
  update(text: string): void {
    if (!this.enabled) return
    const time = this.now()
    if (this.shown && time - this.last < this.interval) return
    this.last = time
    this.shown = true
    this.stream.write(`\r\x1b[2K${text}`)
  }

  /** Clear the line before anything else is written to the stream. */
  clear(): void {
    if (!this.shown) return
    this.stream.write('\r\x1b[2K')
    this.shown = false
  }
}

/** "safepost: 3 of 120 files (posts/a.md)"; a lone file shows how far into it the check is. */
export function fileProgress(place: {index: number, total: number}, display: string, done: number, size: number): string {
  if (place.total > 1) return `safepost: ${place.index + 1} of ${place.total} files (${display})`
  return `safepost: ${display} ${Math.floor((done / Math.max(size, 1)) * 100)}%`
}
