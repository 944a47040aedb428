// The generated moderation queue the --batch benchmarks read: POSTS lines of
// {"id", "text"} from a deterministic mix of everyday, stigmatising and crisis posts.
import fs from 'node:fs'

const mix = [
  'Had a lovely walk by the river today, the dog loved it.',
  'my brother committed suicide last year and people still whisper about it',
  'this homework makes me want to die lol',
  'I want to die. I have the pills saved up and tonight is the night.',
  'day 3 of #thinspo, down to 40kg, only 500 calories today',
  'We talked about self-harm at the meetup and shared resources.',
  'Anyone else feel like the mentally ill get ignored by the news?',
  'so OCD about my desk lol',
  'I used to self-harm, two years clean now and proud of it.',
  'just kill yourself already, nobody wants you here',
  'Reminder: the bake sale is on Friday, bring a tray if you can!',
  'she was a suicide victim, the article said, found with a rope'
]

export function writeQueue(file, posts) {
  const out = fs.openSync(file, 'w')
  for (let start = 0; start < posts; start += 10_000) {
    let block = ''
    for (let n = start; n < Math.min(posts, start + 10_000); n++) {
      block += JSON.stringify({id: `p${n}`, text: `${mix[(n * 7) % mix.length]} (${n % 97})`}) + '\n'
    }
    fs.writeSync(out, block)
  }
  fs.closeSync(out)
}
