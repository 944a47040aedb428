// Short posts for the queue tests: tweets a moderation queue sees, some from
// people in crisis and some that only look like it, each pushed with its own id.
import type {Redis} from 'ioredis'

export const tweets = [
  'I cannot do this anymore, I want to end it all tonight',
  'nobody would even notice if I was gone, I have a plan',
  'I have been cutting again and I do not want to stop',
  'that exam killed me lol, dying to sleep',
  'he committed suicide last year and we still miss him',
  'great run this morning, 10k in under an hour!',
  'this new album is suicide for my productivity',
  'Coffee with friends, then the long walk home',
  'I just want to disappear forever, goodbye everyone',
  'the bridge is closed for repairs until Friday',
  'Struggling today but talking to my therapist helps',
  'she starved herself to lose weight before the wedding'
]

/** Post `index`'s text: the tweets in turn. */
export function tweetFor(index: number): string {
  return tweets[index % tweets.length]!
}

/** XADD `count` posts `{id: post-N, text}` (from `first`), a thousand to a round trip. */
export async function pushPosts(client: Redis, stream: string, count: number, first = 0): Promise<void> {
  for (let start = first; start < first + count; start += 1000) {
    const pipeline = client.pipeline()
    for (let index = start; index < Math.min(start + 1000, first + count); index++) pipeline.xadd(stream, '*', 'id', `post-${index}`, 'text', tweetFor(index))
    await pipeline.exec()
  }
}

/** Every entry of a stream as its fields, read in pages. */
export async function readStream(client: Redis, stream: string): Promise<Array<Record<string, string>>> {
  const entries: Array<Record<string, string>> = []
  let from = '-'
  for (;;) {
    const page = await client.xrange(stream, from, '+', 'COUNT', 5000)
    for (const [, fields] of page) {
      const record: Record<string, string> = {}
      for (let index = 0; index < fields.length; index += 2) record[fields[index]!] = fields[index + 1]!
      entries.push(record)
    }
    if (page.length < 5000) return entries
    from = `(${page.at(-1)![0]}`
  }
}

/** Wait until `done` says so, checking every 100 ms, for up to `ms`; a failure shows `context()` (a worker's log). */
export async function until(done: () => Promise<boolean>, ms: number, what: string, context: () => string = () => ''): Promise<void> {
  const started = Date.now()
  while (!(await done())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms: ${what}\n${context()}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
