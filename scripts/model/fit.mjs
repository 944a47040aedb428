// One trained model from some hands: thresholds chosen by leaving each of
// those hands out in turn (scores on the hand left out), weights from all
// of them together.
import {examplesOf, train} from './learn.mjs'
import {pack, postScores} from './pack.mjs'
import {chooseThresholds} from './thresholds.mjs'

export function fit(hands, settings) {
  const records = []
  for (const left of hands) {
    const rest = hands.filter((h) => h !== left).flatMap((h) => h.posts)
    const data = pack(train(examplesOf(rest, settings['min-posts']), settings), {hands: [], posts: rest.length})
    for (const post of left.posts) records.push({post, scores: postScores(data, post)})
  }
  const thresholds = chooseThresholds(records, settings.presets)
  const posts = hands.flatMap((h) => h.posts)
  return pack(train(examplesOf(posts, settings['min-posts']), settings), {
    thresholds,
    hands: hands.map((h) => h.name),
    posts: posts.length
  })
}
