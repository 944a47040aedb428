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
//   npm run build && node scripts/model/reach.mjs [--audience moderator|writer] [--budget 0.04] [l2=0.01 epochs=12 wide.l2=0.0003 ...]
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadExtras, loadHands, readHands} from './corpus.mjs'
import {trainModel} from './fit.mjs'
import {postScores} from './pack.mjs'
import {trainingSettings} from './settings.mjs'
import {casesOf, countAt} from './thresholds.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const argument = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback)
const audience = argument('--audience', 'moderator')
const budget = Number(argument('--budget', '0.04'))
const settings = trainingSettings(join(root, 'dictionaries', 'model.yml'))
// training settings given as name=value override model.yml's
for (const pair of process.argv.slice(2).filter((a) => /^[a-z.-]+=[\d.]+$/.test(a))) {
  const [name, value] = pair.split('=')
  const [head, tail] = name.split('.')
  if (tail) settings[head][tail] = Number(value)
  else settings[name] = Number(value)
}

const OUTPUTS = ['crisis-signal', 'encouraging-harm', 'method-detail', 'priority:high']
const hands = readHands(loadHands(join(root, 'corpus')))
const extras = readHands(loadExtras(join(root, 'corpus'))).flatMap((h) => h.posts)

const f1 = ({tp, fp, fn}) => (tp ? (2 * tp) / (2 * tp + fn + fp) : 0)

const worst = Object.fromEntries(OUTPUTS.map((o) => [o, 1]))
console.log(`| hand | ${OUTPUTS.map((o) => `${o}: rules -> best (threshold)`).join(' | ')} |`)
console.log(`|${' --- |'.repeat(OUTPUTS.length + 1)}`)
for (const hand of hands) {
  const data = trainModel([...hands.filter((h) => h !== hand).flatMap((h) => h.posts), ...extras], settings)
  const records = hand.posts.map((post) => ({post, scores: {[audience]: postScores(data, post, audience)}}))
  const cells = OUTPUTS.map((output) => {
    const cases = casesOf(records, output, audience)
    const negatives = cases.filter((c) => c.negative).length || 1
    const rules = f1(countAt(cases, null))
    let best = {f1: rules, threshold: null}
    for (const t of new Set(cases.map((c) => c.score))) {
      const counts = countAt(cases, t)
      if (counts.flaggedNegatives / negatives <= budget && f1(counts) > best.f1) best = {f1: f1(counts), threshold: t}
    }
    worst[output] = Math.min(worst[output], best.f1)
    return `${rules.toFixed(2)} -> ${best.f1.toFixed(2)} (${best.threshold === null ? '-' : best.threshold.toFixed(2)})`
  })
  console.log(`| ${hand.name} | ${cells.join(' | ')} |`)
}
console.log(`| worst | ${OUTPUTS.map((o) => worst[o].toFixed(3)).join(' | ')} |`)
