// One trained model from some hands: thresholds chosen by leaving each of
// those hands out in turn (scores on the hand left out), weights from all
// of them together. `extras` (training-only sets) are learned from in every
// fold and never scored.
import {examplesOf, train} from './learn.mjs'
import {pack, postScores} from './pack.mjs'
import {chooseThresholds} from './thresholds.mjs'
import {trainWide} from './wide.mjs'

/** Both readings trained on these posts, packed as the core reads them (`info`: thresholds and what it was trained on). */
export function trainModel(posts, settings, info = {hands: []}) {
  return pack(train(examplesOf(posts, settings['min-posts']), settings), {...info, posts: posts.length, wide: trainWide(posts, settings)})
}

export function fit(hands, settings, extras = []) {
  const extraPosts = extras.flatMap((h) => h.posts)
  const records = []
  for (const left of hands) {
    const data = trainModel([...hands.filter((h) => h !== left).flatMap((h) => h.posts), ...extraPosts], settings)
    for (const post of left.posts) records.push({post, scores: {moderator: postScores(data, post, 'moderator'), writer: postScores(data, post, 'writer')}})
  }
  const thresholds = chooseThresholds(records, settings.presets)
  return trainModel([...hands.flatMap((h) => h.posts), ...extraPosts], settings, {thresholds, hands: [...hands, ...extras].map((h) => h.name)})
}
