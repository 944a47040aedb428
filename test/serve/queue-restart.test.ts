// Redis itself restarts in the middle of a run (killed, with its append-only
// file on): the worker waits for it, carries on, and no post is lost.
import {afterAll, beforeAll, expect, test} from 'vitest'
import {removeTemporaryFolders} from '../temporary-folders.js'
import {pushPosts, readStream, until} from './posts.js'
import {startRedis, type RedisServer} from './redis-server.js'
import {startService} from './services.js'

let redis: RedisServer
beforeAll(async () => {
  redis = await startRedis({appendOnly: true})
})
afterAll(async () => {
  await redis?.stop()
  removeTemporaryFolders()
})

const total = 3000

test('Redis killed and restarted from its append-only file mid-run: every post still gets its report', async () => {
  await pushPosts(redis.client, 'posts', total)
  const worker = startService(['worker', '--redis', redis.url, '--threads', '1', '--claim-idle', '1'])
  try {
    await until(async () => (await redis.client.xlen('reports')) >= total / 5, 60_000, 'a fifth of the reports')
    await redis.restart()
    // What was written before the kill came back from the file: the posts, the group, the reports so far.
    expect(await redis.client.xlen('posts')).toBe(total)
    expect(await redis.client.xlen('reports')).toBeGreaterThan(0)

    const reported = new Set<string>()
    await until(async () => {
      for (const report of await readStream(redis.client, 'reports')) reported.add(report['id']!)
      return reported.size === total
    }, 60_000, 'a report for every post', () => worker.stderr())
    expect(await redis.client.xpending('posts', 'safepost')).toEqual([0, null, null, null])
    expect(await worker.stop('SIGTERM')).toBe(0)
  } finally {
    await worker.stop('SIGKILL')
  }
}, 120_000)
