// 20,000 posts, two workers, one killed with SIGKILL in the middle of the
// run: no post is lost, and every post from someone in crisis reaches the
// urgent stream an on-call moderator follows.
import {afterAll, beforeAll, expect, test} from 'vitest'
import {check} from '../../src/index.js'
import {removeTemporaryFolders} from '../temporary-folders.js'
import {pushPosts, readStream, tweetFor, tweets, until} from './posts.js'
import {startRedis, type RedisServer} from './redis-server.js'
import {startService} from './services.js'
import {trained} from '../../src/generated/model.js'
import {useModel} from '../../src/model/active.js'

let redis: RedisServer
beforeAll(async () => {
  redis = await startRedis()
})
afterAll(async () => {
  await redis?.stop()
  removeTemporaryFolders()
})

const total = 20_000

test('a worker killed mid-run loses no post: the other takes over what it held', async () => {
  const crisisTweets = new Set<string>()
  // the workers check with the trained scorer, so the expectation is worked out with it too
  useModel(trained)
  for (const text of tweets) {
    const {priority} = await check(text, {preset: 'moderator'})
    if (priority === 'high' || priority === 'urgent') crisisTweets.add(text)
  }
  expect(crisisTweets.size).toBeGreaterThan(0)
  expect(crisisTweets.size).toBeLessThan(tweets.length)

  await pushPosts(redis.client, 'posts', total)
  const worker = (name: string) => startService(['worker', '--redis', redis.url, '--consumer', name, '--threads', '1', '--claim-idle', '1'])
  const doomed = worker('doomed')
  const survivor = worker('survivor')
  try {
    await until(async () => (await redis.client.xlen('reports')) >= total / 5, 60_000, 'a fifth of the reports')
    // Frozen while it holds posts (pending in its name), then killed: it dies with them in hand.
    await until(async () => {
      doomed.process.kill('SIGSTOP')
      const held = await redis.client.xpending('posts', 'safepost', '-', '+', 1000, 'doomed') as unknown[]
      if (held.length === 0) doomed.process.kill('SIGCONT')
      return held.length > 0
    }, 30_000, 'the doomed worker holding posts')
    expect(await doomed.stop('SIGKILL')).toBe('SIGKILL')

    const reported = new Set<string>()
    await until(async () => {
      if ((await redis.client.xlen('reports')) < total) return false
      for (const report of await readStream(redis.client, 'reports')) reported.add(report['id']!)
      return reported.size === total
    }, 90_000, 'a report for every post', survivor.stderr)
    for (let index = 0; index < total; index++) expect(reported.has(`post-${index}`)).toBe(true)
    expect(await redis.client.xpending('posts', 'safepost')).toEqual([0, null, null, null])

    const urgent = new Set((await readStream(redis.client, 'reports:urgent')).map((report) => report['id']))
    for (let index = 0; index < total; index++) {
      expect(urgent.has(`post-${index}`)).toBe(crisisTweets.has(tweetFor(index)))
    }
    expect(await survivor.stop('SIGTERM')).toBe(0)
  } finally {
    await doomed.stop('SIGKILL')
    await survivor.stop('SIGKILL')
  }
}, 150_000)
