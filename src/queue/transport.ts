// Where `safepost worker` takes posts from and writes reports to. Redis
// Streams is the one built (redis-streams.ts); a Kafka or NATS adapter is
// another implementation of this interface, the worker loop unchanged.
import type {Priority} from '../types.js'

export interface QueuedPost {
  /** Where the post sits in its queue (a stream entry id): what acknowledging names. */
  receipt: string
  /** The entry as written by the producer: `id`, `text`, `format?`, `region?`. */
  fields: Record<string, string>
  /** How many times it has been handed to a worker, this time included. */
  attempts: number
  /** Why the attempt before this one failed, when it failed rather than died. */
  lastError?: string
}

export interface ReportRecord {
  /** The post's own id, so a consumer can drop a report it has already seen. */
  id: string
  priority: Priority
  /** The report as JSON: `{id, priority, messages}`. */
  json: string
}

export interface PostQueue {
  /** Up to `max` posts: new ones, or ones a silent worker left behind. Waits a little when there are none. */
  take(max: number): Promise<QueuedPost[]>
  /** Write each report (and to the urgent stream when `urgent`), then acknowledge its post. */
  complete(done: Array<{post: QueuedPost, report: ReportRecord, urgent: boolean}>): Promise<void>
  /** The check failed: leave the post to come back later, remembering why. */
  retryLater(post: QueuedPost, error: string): Promise<void>
  /** Give up on the post: write it and the error to the dead-letter stream, then acknowledge it. */
  deadLetter(post: QueuedPost, error: string): Promise<void>
  close(): Promise<void>
}
