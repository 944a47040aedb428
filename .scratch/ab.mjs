// node ab.mjs <repoA> <repoB> [format] [preset]: the dense corpus checked by both builds, interleaved; median time each and median per-run ratio
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
const [a, b, format = 'markdown', preset = 'writer', mode = 'all'] = process.argv.slice(2)
const posts = readdirSync('/work/main/corpus').filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync('/work/main/corpus/' + f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text))
async function load(repo) {
  const lib = await import(join(repo, 'dist/src/index.js'))
  const {trained} = await import(join(repo, 'dist/src/generated/model.js'))
  const {useModel} = await import(join(repo, 'dist/src/model/active.js'))
  const allOff = Object.fromEntries(Object.keys(lib.rules).map((id) => [id, 'off']))
  return () => { useModel(mode === 'nomodel' ? null : trained); for (const p of posts) lib.checkSync(p, {preset, format, ...(mode === 'parse' ? {rules: allOff} : {})}) }
}
const runs = {A: await load(a), B: await load(b)}
const t = {A: [], B: []}
for (let r = 0; r < 7; r++) for (const k of r % 2 ? ['B', 'A'] : ['A', 'B']) { const s = performance.now(); runs[k](); t[k].push(performance.now() - s) }
const med = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)]
const ratios = t.A.slice(1).map((x, i) => t.B[i + 1] / x)
console.log(`${format} ${preset} ${mode}: A ${med(t.A.slice(1)).toFixed(0)} ms, B ${med(t.B.slice(1)).toFixed(0)} ms, B/A ${med(ratios).toFixed(2)}`)
