#!/usr/bin/env node
// How far the scorer could reach, leaving one hand out, if its threshold
// were chosen on the hand itself: for each hand, train on the other four (and
// the extras), then for each output find the threshold that gives the best
// post-level F1 of the rules OR the scorer while flagging at most --budget of
// the hand's posts that need nothing. An upper bound, never a result to
// report as one (`npm run eval` chooses thresholds without the hand). Quick
// (seconds per hand), so it can compare what the scorer reads and how it
// learns before a full `npm run eval`.
//
//   npm run build && node scripts/model/reach.mjs [--audience moderator|writer] [--budget 0.04] [l2=0.01 epochs=12 ...]
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {levelIndex, loadExtras, loadHands, readHands} from './corpus.mjs'
import {examplesOf, train} from './learn.mjs'
import {pack, postScores} from './pack.mjs'
import {trainingSettings} from './settings.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const argument = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback)
const audience = argument('--audience', 'moderator')
const budget = Number(argument('--budget', '0.04'))
const settings = trainingSettings(join(root, 'dictionaries', 'model.yml'))
// training settings given as name=value override model.yml's
for (const pair of process.argv.slice(2).filter((a) => /^[a-z-]+=[\d.]+$/.test(a))) {
  const [name, value] = pair.split('=')
  settings[name] = Number(value)
}

const OUTPUTS = ['crisis-signal', 'encouraging-harm', 'method-detail', 'priority:high']
const hands = readHands(loadHands(join(root, 'corpus')))
const extras = readHands(loadExtras(join(root, 'corpus'))).flatMap((h) => h.posts)

/** The post-level cases of one output on one hand: what the gold says, what the rules did, and the score. */
function casesOf(records, output) {
  const level = output.startsWith('priority:') ? output.slice('priority:'.length) : null
  return records
    .filter(({post}) => level || !post.optional.includes(output))
    .map(({post, scores}) => ({
      truth: level ? levelIndex(post.priority) >= levelIndex(level) : post.expect.some((e) => e.rule === output),
      byRules: level ? levelIndex(post.reading.rulePriority) >= levelIndex(level) : post.reading.rulesFired.includes(output),
      negative: level ? post.priority === 'none' : post.expect.length === 0,
      score: scores[output]
    }))
}

function f1(cases, threshold) {
  let tp = 0
  let fp = 0
  let fn = 0
  let flagged = 0
  for (const c of cases) {
    const byScorer = threshold !== null && c.score >= threshold
    const predicted = c.byRules || byScorer
    if (predicted && c.truth) tp++
    else if (predicted) fp++
    else if (c.truth) fn++
    if (!c.byRules && byScorer && c.negative) flagged++
  }
  return {f1: tp ? (2 * tp) / (2 * tp + fn + fp) : 0, flagged}
}

const worst = Object.fromEntries(OUTPUTS.map((o) => [o, 1]))
console.log(`| hand | ${OUTPUTS.map((o) => `${o}: rules -> best (threshold)`).join(' | ')} |`)
console.log(`|${' --- |'.repeat(OUTPUTS.length + 1)}`)
for (const hand of hands) {
  const rest = [...hands.filter((h) => h !== hand).flatMap((h) => h.posts), ...extras]
  const data = pack(train(examplesOf(rest, settings['min-posts']), settings), {hands: [], posts: rest.length})
  const records = hand.posts.map((post) => ({post, scores: postScores(data, post, audience)}))
  const cells = OUTPUTS.map((output) => {
    const cases = casesOf(records, output)
    const negatives = cases.filter((c) => c.negative).length || 1
    let best = {f1: f1(cases, null).f1, threshold: null}
    for (const t of new Set(cases.map((c) => c.score))) {
      const result = f1(cases, t)
      if (result.flagged / negatives <= budget && result.f1 > best.f1) best = {f1: result.f1, threshold: t}
    }
    worst[output] = Math.min(worst[output], best.f1)
    return `${f1(cases, null).f1.toFixed(2)} -> ${best.f1.toFixed(2)} (${best.threshold === null ? '-' : best.threshold.toFixed(2)})`
  })
  console.log(`| ${hand.name} | ${cells.join(' | ')} |`)
}
console.log(`| worst | ${OUTPUTS.map((o) => worst[o].toFixed(3)).join(' | ')} |`)
