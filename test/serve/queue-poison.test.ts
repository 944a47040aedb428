// A post that can never be checked (here: one too slow for the time limit,
// every time) goes to the dead-letter stream after --max-attempts, with the
// error; an entry that is not a post at all goes there at once; the posts
// around them flow past.
import {afterAll, beforeAll, expect, test} from 'vitest'
import {removeTemporaryFolders} from '../temporary-folders.js'
import {pushPosts, readStream, until} from './posts.js'
import {startRedis, type RedisServer} from './redis-server.js'
import {startService} from './services.js'

let redis: RedisServer
beforeAll(async () => {
  redis = await startRedis()
})
afterAll(async () => {
  await redis?.stop()
  removeTemporaryFolders()
})

test('a poison post lands in the dead-letter stream and the others flow past it', async () => {
  await pushPosts(redis.client, 'posts', 100)
  // About three megabytes of prose: seconds of work, against a time limit of two.
  await redis.client.xadd('posts', '*', 'id', 'poison', 'text', 'A long walk by the river with the dog, then tea. '.repeat(60_000))
  await redis.client.xadd('posts', '*', 'id', 'no-text', 'body', 'the producer used the wrong field name')
  await redis.client.xadd('posts', '*', 'id', 'odd-format', 'text', 'hello', 'format', 'pdf')
  await pushPosts(redis.client, 'posts', 100, 100)

  const worker = startService(['worker', '--redis', redis.url, '--threads', '1', '--claim-idle', '0.5', '--max-attempts', '2', '--timeout', '2', '--max-bytes', '4000000'])
  try {
    await until(async () => (await redis.client.xlen('posts:dead')) >= 3, 60_000, 'three dead letters', worker.stderr)
    const reported = new Set<string>()
    await until(async () => {
      for (const report of await readStream(redis.client, 'reports')) reported.add(report['id']!)
      return reported.size >= 200
    }, 30_000, 'a report for each of the 200 good posts', worker.stderr)
    for (let index = 0; index < 200; index++) expect(reported.has(`post-${index}`)).toBe(true)
    expect(reported.has('poison')).toBe(false)

    const dead = Object.fromEntries((await readStream(redis.client, 'posts:dead')).map((letter) => [letter['id'], letter]))
    expect(Object.keys(dead).sort()).toEqual(['no-text', 'odd-format', 'poison'])
    expect(dead['poison']).toMatchObject({attempts: '2', error: expect.stringMatching(/^2 attempts failed; the last: not checked within 2000 ms/)})
    expect(dead['no-text']).toMatchObject({attempts: '1', error: 'the entry has no "text" field'})
    expect(dead['odd-format']!['error']).toMatch(/"format" must be one of text, markdown, mdx, html/)
    // The dead letter keeps the entry as it was sent, for whoever replays it.
    expect(JSON.parse(dead['no-text']!['fields']!)).toEqual({id: 'no-text', body: 'the producer used the wrong field name'})
    // Nothing is left pending: a dead letter is acknowledged.
    await until(async () => ((await redis.client.xpending('posts', 'safepost')) as [number])[0] === 0, 5000, 'nothing pending')
    expect(worker.stderr()).not.toContain('A long walk by the river')
    expect(await worker.stop('SIGTERM')).toBe(0)
  } finally {
    await worker.stop('SIGKILL')
  }
}, 90_000)
