// A batch's results written a block at a time. Written one by one, each was a
// system call of its own (stdout to a pipe or a file is written synchronously
// on Linux): a tenth of the time of a batch of short posts. A block goes out
// when it is full, and whatever is held as soon as the process has nothing
// else to do, so a result never waits for posts that have not arrived.
import {once} from 'node:events'

export class CoalescedOutput {
  private held: string[] = []
  private size = 0
  private scheduled = false
  /** A write the stream could not take at once: the next one waits for it. */
  private draining: Promise<unknown> | undefined

  constructor(private readonly stream: NodeJS.WritableStream, private readonly blockSize = 64 * 1024) {}

  async write(text: string): Promise<void> {
    if (text === '') return
    this.held.push(text)
    this.size += text.length
    if (this.size >= this.blockSize) return this.flush()
    if (!this.scheduled) {
      this.scheduled = true
      setImmediate(() => {
        this.scheduled = false
        void this.flush()
      })
    }
  }

  /** Write what is held; resolves when the stream can take more. */
  async flush(): Promise<void> {
    if (this.draining) await this.draining
    if (this.size === 0) return
    const text = this.held.join('')
    this.held = []
    this.size = 0
    if (!this.stream.write(text)) {
      this.draining = once(this.stream, 'drain').finally(() => (this.draining = undefined))
      await this.draining
    }
  }
}
