import {readFileSync, readdirSync} from 'node:fs'
import {checkSync, rules} from '../dist/src/index.js'
import {trained} from '../dist/src/generated/model.js'
import {useModel} from '../dist/src/model/active.js'
const posts = readdirSync('corpus').filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync('corpus/' + f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text))
const allOff = Object.fromEntries(Object.keys(rules).map((id) => [id, 'off']))
const mode = process.argv[2] ?? 'all'
const preset = process.argv[3] ?? 'moderator'
useModel(mode === 'nomodel' ? null : trained)
const run = () => { for (const p of posts) checkSync(p, {preset, format: process.env.FMT ?? 'text', rules: mode === 'parse' ? allOff : undefined}) }
run()
const times = []
for (let i = 0; i < 5; i++) { const s = performance.now(); run(); times.push(performance.now() - s) }
times.sort((a, b) => a - b)
console.log(mode, preset, posts.length, 'posts', (posts.join('').length / 1e6).toFixed(2), 'MB', 'median ms', times[2].toFixed(0))
console.log(globalThis.W)
