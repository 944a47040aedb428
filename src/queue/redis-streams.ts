// Posts from a Redis stream read by a consumer group, reports to an output
// stream (and high and urgent ones to an urgent stream too), and posts given
// up on to a dead-letter stream. A post is acknowledged (XACK) in the same
// MULTI as its report is written, after it: a worker that dies before leaves
// it pending, and another takes it over with XAUTOCLAIM once it has been idle
// for the claim time. At least once: a consumer drops duplicates by post id.
import {Redis} from 'ioredis'
import type {PostQueue, QueuedPost, ReportRecord} from './transport.js'

export interface RedisStreamsSettings {
  url: string
  stream: string
  group: string
  consumer: string
  out: string
  urgent: string
  dead: string
  /** A post pending this long with a silent worker is taken over. */
  claimIdleMs: number
}

type StreamEntry = [id: string, fields: string[]]
/** XREADGROUP from the pending list: a deleted entry comes with no fields. */
type PendingEntry = [id: string, fields: string[] | null]

/** Opens the queue, waiting for Redis as long as it takes (it may start after the workers); says so on `log`. */
export async function openRedisStreams(settings: RedisStreamsSettings, log: (line: string) => void): Promise<PostQueue> {
  const redis = new Redis(settings.url, {
    // While Redis is away, commands wait for it rather than fail: the worker carries on where it was.
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(times * 100, 2000)
  })
  // Once per outage, not once per retry.
  let away = false
  redis.on('error', (error: Error) => {
    if (!away) log(`Redis is unreachable (${error.message}); waiting for it`)
    away = true
  })
  redis.on('ready', () => {
    if (away) log('Redis is back')
    away = false
  })
  try {
    await redis.xgroup('CREATE', settings.stream, settings.group, '0', 'MKSTREAM')
  } catch (error) {
    if (!String((error as Error).message).startsWith('BUSYGROUP')) throw error
  }
  return new RedisStreamsQueue(redis, settings)
}

class RedisStreamsQueue implements PostQueue {
  /** Entries this consumer name held before a restart come first: read from after this id, until none are left. */
  private ownLeftovers: string | undefined = '0'
  private claimCursor = '0-0'
  private nextClaim = 0
  /** Why a post's last attempt failed, for whichever worker gives up on it. */
  private readonly errors: string
  /** Long enough to wait for new posts, short enough to look for left-behind ones in time. */
  private readonly blockMs: number

  constructor(private readonly redis: Redis, private readonly settings: RedisStreamsSettings) {
    this.errors = `${settings.dead}:last-error`
    this.blockMs = Math.max(10, Math.min(2000, Math.floor(settings.claimIdleMs / 2)))
  }

  async take(max: number): Promise<QueuedPost[]> {
    const {stream, group, consumer} = this.settings
    if (this.ownLeftovers !== undefined) {
      const own = entriesOf<PendingEntry>(await this.redis.xreadgroup('GROUP', group, consumer, 'COUNT', max, 'STREAMS', stream, this.ownLeftovers))
      this.ownLeftovers = own.at(-1)?.[0]
      // Pending, but deleted from the stream since: nothing left to check.
      const gone = own.filter(([, fields]) => fields === null).map(([receipt]) => receipt)
      if (gone.length > 0) await this.redis.xack(stream, group, ...gone)
      const entries = own.filter((entry): entry is StreamEntry => entry[1] !== null)
      if (entries.length > 0) return this.withAttempts(entries)
      if (this.ownLeftovers !== undefined) return []
    }
    if (Date.now() >= this.nextClaim) {
      const [cursor, claimed] = await this.redis.xautoclaim(stream, group, consumer, this.settings.claimIdleMs, this.claimCursor, 'COUNT', max) as [string, Array<StreamEntry | null>]
      this.claimCursor = cursor
      // A whole pass over the pending entries is done: the next one after half the claim time.
      if (cursor === '0-0') this.nextClaim = Date.now() + this.settings.claimIdleMs / 2
      const entries = claimed.filter((entry): entry is StreamEntry => entry !== null)
      if (entries.length > 0) return this.withAttempts(entries)
    }
    const fresh = entriesOf(await this.redis.xreadgroup('GROUP', group, consumer, 'COUNT', max, 'BLOCK', this.blockMs, 'STREAMS', stream, '>'))
    return fresh.map(([receipt, fields]) => ({receipt, fields: record(fields), attempts: 1}))
  }

  async complete(done: Array<{post: QueuedPost, report: ReportRecord, urgent: boolean}>): Promise<void> {
    if (done.length === 0) return
    const transaction = this.redis.multi()
    for (const {post, report, urgent} of done) {
      const fields = ['id', report.id, 'entry', post.receipt, 'priority', report.priority, 'report', report.json]
      transaction.xadd(this.settings.out, '*', ...fields)
      if (urgent) transaction.xadd(this.settings.urgent, '*', ...fields)
    }
    transaction.xack(this.settings.stream, this.settings.group, ...done.map(({post}) => post.receipt))
    const retried = done.filter(({post}) => post.attempts > 1).map(({post}) => post.receipt)
    if (retried.length > 0) transaction.hdel(this.errors, ...retried)
    failOnError(await transaction.exec())
  }

  async retryLater(post: QueuedPost, error: string): Promise<void> {
    await this.redis.hset(this.errors, post.receipt, error)
  }

  async deadLetter(post: QueuedPost, error: string): Promise<void> {
    const fields = ['id', post.fields['id'] ?? post.receipt, 'entry', post.receipt, 'error', error, 'attempts', String(post.attempts), 'fields', JSON.stringify(post.fields)]
    failOnError(await this.redis.multi()
      .xadd(this.settings.dead, '*', ...fields)
      .xack(this.settings.stream, this.settings.group, post.receipt)
      .hdel(this.errors, post.receipt)
      .exec())
  }

  async close(): Promise<void> {
    await this.redis.quit()
  }

  /** Entries delivered before: how many times (XPENDING), and why the last attempt failed. */
  private async withAttempts(entries: StreamEntry[]): Promise<QueuedPost[]> {
    const {stream, group} = this.settings
    const lookups = this.redis.pipeline()
    for (const [receipt] of entries) lookups.xpending(stream, group, receipt, receipt, 1)
    const pending = failOnError(await lookups.exec()) as Array<Array<[string, string, number, number]>>
    const errors = await this.redis.hmget(this.errors, ...entries.map(([receipt]) => receipt))
    return entries.map(([receipt, fields], index) => {
      const lastError = errors[index]
      return {receipt, fields: record(fields), attempts: pending[index]?.[0]?.[3] ?? 1, ...(lastError ? {lastError} : {})}
    })
  }
}

/** XREADGROUP's reply for one stream: its entries, or none. */
function entriesOf<Entry = StreamEntry>(reply: unknown): Entry[] {
  const streams = reply as Array<[string, Entry[]]> | null
  return streams?.[0]?.[1] ?? []
}

function record(fields: string[]): Record<string, string> {
  const result: Record<string, string> = {}
  for (let index = 0; index + 1 < fields.length; index += 2) result[fields[index]!] = fields[index + 1]!
  return result
}

function failOnError(results: Array<[Error | null, unknown]> | null): unknown[] {
  if (results === null) throw new Error('the Redis transaction was aborted')
  for (const [error] of results) if (error) throw error
  return results.map(([, value]) => value)
}
