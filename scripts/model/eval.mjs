#!/usr/bin/env node
// npm run eval: leave one hand out. For each of the five hands, train on the
// other four (thresholds chosen among those four, never on the fifth), check
// the fifth with the moderator preset, and score it with corpus/score.mjs.
// Prints one table for rules and scorer together and one for the rules
// alone, each with the minimum over the hands and the mean of the hands
// other than the dev set.
//   --hand NAME   only that hand     --json   the figures as JSON too
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {checkSync} from '../../dist/src/index.js'
import {useModel} from '../../dist/src/model/active.js'
import {loadExtras, loadHands, readHands} from './corpus.mjs'
import {fit} from './fit.mjs'
import {trainingSettings} from './settings.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const only = process.argv.includes('--hand') ? process.argv[process.argv.indexOf('--hand') + 1] : null
const settings = trainingSettings(join(root, 'dictionaries', 'model.yml'))
const hands = readHands(loadHands(join(root, 'corpus')))
const extras = readHands(loadExtras(join(root, 'corpus')))
const folder = mkdtempSync(join(tmpdir(), 'safepost-eval-'))

const RULES = ['crisis-signal', 'encouraging-harm', 'method-detail', 'trivializing', 'sensationalizing', 'suicide-language', 'self-harm-language', 'eating-disorder-language', 'mental-illness-stigma', 'eating-disorder-numbers', 'coded-terms', 'content-warning', 'help-resources']
const SHORT = ['crisis', 'encour', 'method', 'trivia', 'sensat', 'suic-l', 'sh-lan', 'ed-lan', 'stigma', 'ed-num', 'coded', 'cw', 'help']

function measure(hand) {
  const lines = hand.posts.map((post) => JSON.stringify({id: post.id, ...checkSync(post.text, {preset: 'moderator'})}))
  const pred = join(folder, hand.name + '.jsonl')
  writeFileSync(pred, lines.join('\n') + '\n')
  const output = execFileSync(process.execPath, [join(root, 'corpus', 'score.mjs'), '--set', hand.file, '--pred', pred, '--json'], {encoding: 'utf8'})
  const m = JSON.parse(output.split('\n')[0])
  const none = m.priority.confusion.none
  return {
    hand: hand.name,
    f1: Object.fromEntries(RULES.map((r) => [r, m.rules[r]?.support ? m.rules[r].f1 : null])),
    micro: m.micro.f1,
    fpRate: m.negatives.fpRate,
    highUrgentRecall: m.priority.highUrgentRecall,
    noneRaised: none.high + none.urgent,
    noneItems: Object.values(none).reduce((a, b) => a + b, 0)
  }
}

const rows = {model: [], rules: []}
for (const hand of hands) {
  if (only && hand.name !== only && !hand.name.includes(only)) continue
  const started = Date.now()
  useModel(fit(hands.filter((h) => h !== hand), settings, extras))
  rows.model.push(measure(hand))
  useModel(null)
  rows.rules.push(measure(hand))
  console.error(`${hand.name}: ${((Date.now() - started) / 1000).toFixed(0)} s`)
}
rmSync(folder, {recursive: true, force: true})

const f = (v) => (v === null || v === undefined ? '  -  ' : v.toFixed(3))
function table(title, list) {
  const head = ['hand'.padEnd(22), ...SHORT.map((s) => s.padStart(6)), 'micro', 'FP-neg', 'h+u R', 'none>high']
  console.log(`\n${title}\n`)
  console.log('| ' + head.join(' | ') + ' |')
  console.log('|' + head.map(() => ' --- ').join('|') + '|')
  const row = (name, r) => console.log('| ' + [name.padEnd(22), ...RULES.map((x) => f(r.f1[x]).padStart(6)), f(r.micro), f(r.fpRate), f(r.highUrgentRecall), `${r.noneRaised}/${r.noneItems}`].join(' | ') + ' |')
  for (const r of list) row(r.hand, r)
  const min = (key) => Math.min(...list.map((r) => r[key]).filter((v) => v !== null))
  const max = (key) => Math.max(...list.map((r) => r[key]))
  const worst = {
    f1: Object.fromEntries(RULES.map((x) => [x, Math.min(...list.map((r) => r.f1[x] ?? Infinity))].map((v) => (v === Infinity ? null : v)))),
    micro: min('micro'),
    fpRate: max('fpRate'),
    highUrgentRecall: min('highUrgentRecall'),
    noneRaised: max('noneRaised'),
    noneItems: list.find((r) => r.noneRaised === max('noneRaised'))?.noneItems ?? 0
  }
  row('worst (min; max FP)', worst)
  // the rules were tuned on the dev set (hand 0): the mean of the others is the fairer average
  const others = list.filter((r) => !r.hand.startsWith('hand-0'))
  if (others.length > 1) {
    const mean = (values) => {
      const known = values.filter((v) => v !== null && v !== undefined)
      return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null
    }
    row(`mean of ${others.length} (not dev)`, {
      f1: Object.fromEntries(RULES.map((x) => [x, mean(others.map((r) => r.f1[x]))])),
      micro: mean(others.map((r) => r.micro)),
      fpRate: mean(others.map((r) => r.fpRate)),
      highUrgentRecall: mean(others.map((r) => r.highUrgentRecall)),
      noneRaised: others.reduce((a, r) => a + r.noneRaised, 0),
      noneItems: others.reduce((a, r) => a + r.noneItems, 0)
    })
  }
}
table('Rules and trained scorer (moderator preset; each hand scored by a model trained on the other four)', rows.model)
table('Rules alone (moderator preset)', rows.rules)
if (process.argv.includes('--json')) console.log(JSON.stringify(rows))
