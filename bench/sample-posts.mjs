// The tweet-sized posts the batch and service benchmarks feed safepost: a
// fixed mix of everyday, stigmatising and crisis posts, so every benchmark of
// a queue reads the same kind of queue.
export const samplePosts = [
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
  'she was a suicide victim, the article said, found with a rope',
  'nobody would even notice if I was gone, I have a plan'
]
