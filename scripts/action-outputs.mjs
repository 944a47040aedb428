#!/usr/bin/env node
// The GitHub Action's outputs, from a `safepost --format json` report: how many
// errors, warnings and infos, and the highest review priority. Appends
// `name=value` lines to the file named by GITHUB_OUTPUT (or prints them).
import {appendFileSync, readFileSync} from 'node:fs'

const order = ['none', 'low', 'medium', 'high', 'urgent']
const report = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const counts = {error: 0, warning: 0, info: 0}
let highest = 'none'
for (const entry of report) {
  for (const message of entry.messages) counts[message.severity]++
  if (order.indexOf(entry.priority) > order.indexOf(highest)) highest = entry.priority
}
const lines = [`errors=${counts.error}`, `warnings=${counts.warning}`, `infos=${counts.info}`, `problems=${counts.error + counts.warning + counts.info}`, `highest-priority=${highest}`]
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, lines.join('\n') + '\n')
else console.log(lines.join('\n'))
