// node dump.mjs <repo> <out>: every corpus post and the technical Markdown, every preset and format, model on
import {readFileSync, readdirSync, writeFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
const repo = process.argv[2]
const {checkSync} = await import(join(repo, 'dist/src/index.js'))
const {trained} = await import(join(repo, 'dist/src/generated/model.js'))
const {useModel} = await import(join(repo, 'dist/src/model/active.js'))
useModel(trained)
const posts = readdirSync('/work/main/corpus').filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync('/work/main/corpus/' + f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text))
const md = []
const walk = (d) => { for (const n of readdirSync(d).sort()) { const p = join(d, n); const s = statSync(p, {throwIfNoEntry: false}); if (!s) continue; if (s.isDirectory()) walk(p); else if (n.endsWith('.md') && s.size < 100000 && md.length < 150) md.push(readFileSync(p, 'utf8')) } }
walk('/work/main/node_modules')
const out = []
for (const preset of ['writer', 'moderator', 'ci']) for (const format of ['text', 'markdown']) {
  for (const p of posts) out.push(JSON.stringify(checkSync(p, {preset, format})))
  if (format === 'markdown') for (const p of md) out.push(JSON.stringify(checkSync(p, {preset, format})))
}
writeFileSync(process.argv[3], out.join('\n'))
console.log(out.length, 'reports')
