// The generated moderation queue the --batch benchmarks read: POSTS lines of
// {"id", "text"} from the posts of sample-posts.mjs, in a fixed order.
import fs from 'node:fs'
import {samplePosts} from './sample-posts.mjs'

export function writeQueue(file, posts) {
  const out = fs.openSync(file, 'w')
  for (let start = 0; start < posts; start += 10_000) {
    let block = ''
    for (let n = start; n < Math.min(posts, start + 10_000); n++) {
      block += JSON.stringify({id: `p${n}`, text: `${samplePosts[(n * 7) % samplePosts.length]} (${n % 97})`}) + '\n'
    }
    fs.writeSync(out, block)
  }
  fs.closeSync(out)
}
