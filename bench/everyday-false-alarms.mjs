#!/usr/bin/env node
// Everyday posts that need no flag, read as a moderator and as a writer would
// have them read: how many draw a message from the trained scorer, and which.
// The posts (bench/everyday-posts.txt, one per line) were written to probe
// the scorer with everyday uses of crisis wording ("I've had enough of this
// rain", "my plan for tonight"); none is in corpus/ and none is trained on.
// `--posts bench/medicine-posts.txt` reads 30 posts about taking medicine
// (dosing, prescriptions, side effects, pets' tablets) instead.
//
//   npm run build && node bench/everyday-false-alarms.mjs [--list] [--posts FILE]
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {checkSync} from '../dist/src/index.js'

const {values} = parseArgs({options: {list: {type: 'boolean'}, posts: {type: 'string'}}})
const file = values.posts ?? new URL('everyday-posts.txt', import.meta.url)
const posts = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim())
const list = values.list

for (const preset of ['moderator', 'writer']) {
  const byRule = {}
  let raised = 0
  for (const text of posts) {
    const report = checkSync(text, {preset})
    const rules = [...new Set(report.messages.filter((m) => m.entryId === 'model').map((m) => m.ruleId))]
    for (const rule of rules) byRule[rule] = (byRule[rule] ?? 0) + 1
    if (report.priority === 'high' || report.priority === 'urgent') raised++
    if (list && rules.length) console.log(`  ${preset} ${report.priority ?? ''} ${rules.join(',')} | ${text}`)
  }
  console.log(`${preset}: ${posts.length} posts; from the scorer, by rule ${JSON.stringify(byRule)}; raised to high or urgent ${raised}`)
}
