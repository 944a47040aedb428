#!/usr/bin/env node
// Technical writing must stay quiet: both real-text corpora (bench/corpora.mjs)
// checked with the default writer preset. Prints, per corpus, its size, the
// messages per rule, crisis-signal messages (the goal: 0) and messages per
// 100,000 words (the goal: at most 2); `--show` lists each message in context.
//   node bench/false-alarms.mjs [--max-mb 3] [--show]
import {checkSync} from '../dist/src/index.js'
import {machineCorpus, nodeModulesCorpus} from './corpora.mjs'

const args = process.argv.slice(2)
const maxBytes = Number(args.includes('--max-mb') ? args[args.indexOf('--max-mb') + 1] : 3) * 1e6
const show = args.includes('--show')
const words = (text) => (text.match(/\p{L}+/gu) ?? []).length

for (const [name, gather] of [['node_modules Markdown', nodeModulesCorpus], ['this machine: /usr/share/doc and man pages', machineCorpus]]) {
  const {corpus, bytes} = gather(maxBytes)
  let wordCount = 0
  const byRule = {}
  for (const file of corpus) {
    wordCount += words(file.text)
    for (const m of checkSync(file.text, {format: file.format}).messages) {
      byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1
      if (show) console.log(`  ${m.ruleId} ${file.path}:${m.line}: ${JSON.stringify(file.text.slice(Math.max(0, m.offset - 60), m.endOffset + 60))}`)
    }
  }
  const total = Object.values(byRule).reduce((a, b) => a + b, 0)
  console.log(`${name}: ${corpus.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${wordCount} words`)
  console.log(`  messages ${total} (${((total / wordCount) * 1e5).toFixed(2)} per 100,000 words), crisis-signal ${byRule['crisis-signal'] ?? 0}; by rule ${JSON.stringify(byRule)}`)
}
