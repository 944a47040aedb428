#!/usr/bin/env node
// How many posts of a set draw a crisis-signal message, for a writer and a
// moderator, with the trained scorer and with the rules alone, and the review
// priorities a moderator would see. Two sets ship with it, written for it
// and never in corpus/:
// - bench/crisis-posts.txt: 20 first-person crisis posts in many registers
//   (a plan and the means, a farewell, method-seeking, a height); the goal is
//   every one. The rules of the eighth stop were written with these in view,
//   so the rules-alone count on them is not a held-out figure.
// - bench/published-posts.txt: 20 pieces of published writing about suicide,
//   self-harm, eating disorders and ordinary life (a charity release, an
//   inquest report, a recovery blog); the goal is none.
//
//   npm run build && node bench/crisis-reach.mjs --posts bench/crisis-posts.txt [--list]
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {checkSync} from '../dist/src/index.js'
import {useModel} from '../dist/src/model/active.js'

const {values} = parseArgs({options: {list: {type: 'boolean'}, posts: {type: 'string'}}})
if (!values.posts) throw new Error('usage: node bench/crisis-reach.mjs --posts FILE [--list]')
const posts = readFileSync(values.posts, 'utf8').split('\n').filter((line) => line.trim())

function run(label, preset) {
  let flagged = 0
  const priorities = {}
  for (const text of posts) {
    const report = checkSync(text, {preset})
    const crisis = report.messages.filter((m) => m.ruleId === 'crisis-signal')
    if (crisis.length) flagged++
    const priority = report.priority ?? 'none'
    priorities[priority] = (priorities[priority] ?? 0) + 1
    if (values.list) console.log(`  ${label} ${priority.padEnd(7)} ${crisis.length ? crisis.map((m) => m.entryId).join(',') : '-'} | ${text}`)
  }
  console.log(`${label}: ${flagged} of ${posts.length} posts with a crisis-signal message; priorities ${JSON.stringify(priorities)}`)
}

for (const preset of ['moderator', 'writer']) run(preset, preset)
useModel(null)
for (const preset of ['moderator', 'writer']) run(`${preset}, rules alone`, preset)
