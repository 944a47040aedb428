#!/usr/bin/env node
// How many posts of a set draw a message of one rule (`--rule`, default
// crisis-signal), for a writer and a moderator, with the trained scorer and
// with the rules alone, and the review priorities a moderator would see.
// The sets were written for it and are never in corpus/:
// - bench/crisis-posts.txt: 20 first-person crisis posts in many registers
//   (a plan and the means, a farewell, method-seeking, a height); the goal is
//   every one. The rules of the eighth stop were written with these in view,
//   so the rules-alone count on them is not a held-out figure.
// - bench/published-posts.txt: 20 pieces of published writing about suicide,
//   self-harm, eating disorders and ordinary life (a charity release, an
//   inquest report, a recovery blog); the goal is none.
// - bench/scene-reports-{dev,test}.txt (20 each) and
//   bench/scene-lookalikes-{dev,test}.txt (10 each), for --rule method-detail:
//   report sentences that tell how or where, and ones that must not be
//   flagged. The eighth stop's patterns were written from the dev sets; the
//   test sets were written before them and read only after. The same for
//   self-harm technique: bench/self-harm-technique-{dev,test}.txt (14 each)
//   and bench/self-harm-lookalikes-{dev,test}.txt (8 each).
// - bench/ed-numbers-{dev,test}.txt (20 each) and
//   bench/ed-lookalikes-{dev,test}.txt (10 each), the same for
//   --rule eating-disorder-numbers: numbers in posts with no eating-disorder
//   word, and diet, sport, recipe and medical numbers.
//
//   npm run build && node bench/rule-reach.mjs --posts bench/crisis-posts.txt [--rule crisis-signal] [--list]
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {checkSync} from '../dist/src/index.js'
import {useModel} from '../dist/src/model/active.js'

const {values} = parseArgs({options: {list: {type: 'boolean'}, posts: {type: 'string'}, rule: {type: 'string', default: 'crisis-signal'}}})
if (!values.posts) throw new Error('usage: node bench/rule-reach.mjs --posts FILE [--rule ID] [--list]')
const posts = readFileSync(values.posts, 'utf8').split('\n').filter((line) => line.trim())

function run(label, preset) {
  let flagged = 0
  const priorities = {}
  for (const text of posts) {
    const report = checkSync(text, {preset})
    const hits = report.messages.filter((m) => m.ruleId === values.rule)
    if (hits.length) flagged++
    const priority = report.priority ?? 'none'
    priorities[priority] = (priorities[priority] ?? 0) + 1
    if (values.list) console.log(`  ${label} ${priority.padEnd(7)} ${hits.length ? hits.map((m) => m.entryId).join(',') : '-'} | ${text}`)
  }
  console.log(`${label}: ${flagged} of ${posts.length} posts with a ${values.rule} message; priorities ${JSON.stringify(priorities)}`)
}

for (const preset of ['moderator', 'writer']) run(preset, preset)
useModel(null)
for (const preset of ['moderator', 'writer']) run(`${preset}, rules alone`, preset)
