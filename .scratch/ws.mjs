import {readFileSync, readdirSync} from 'node:fs'
import {createProcessor} from '../dist/src/index.js'
import {trained} from '../dist/src/generated/model.js'
import {useModel, modelClassIndex} from '../dist/src/model/active.js'
import {loadModel} from '../dist/src/model/trained.js'
import {windowsOf} from '../dist/src/model/windows.js'
import {windowSums} from '../dist/src/model/score.js'
import {modelSettings} from '../dist/src/model/settings.js'
import {checkSync} from '../dist/src/index.js'
const posts = readdirSync('corpus').filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync('corpus/' + f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text))
// get analyses via processor
const proc = createProcessor({preset: 'moderator'})
const windows = []
for (const p of posts) {
  const file = await proc.process(p)
  const analysis = file.data.safepostAnalysis
  if (!analysis) continue
  for (const w of windowsOf(analysis, modelClassIndex(), modelSettings)) windows.push(w)
}
const model = loadModel(trained)
console.log(windows.length, 'windows', windows.reduce((n, w) => n + w.features.length, 0), 'features')
for (let r = 0; r < 5; r++) { const s = performance.now(); for (const w of windows) windowSums(model, w); console.log((performance.now() - s).toFixed(1), 'ms') }
import {featureValues} from '../dist/src/model/score.js'
let s = performance.now(); for (const w of windows) featureValues(w.features); console.log('featureValues', (performance.now() - s).toFixed(1))
s = performance.now(); let x = 0; for (const w of windows) for (const f of w.features) x += model.rowOf(f.hash); console.log('rowOf', (performance.now() - s).toFixed(1))
s = performance.now(); for (const w of windows) for (const f of w.features) x += f.hash; console.log('iterate', (performance.now() - s).toFixed(1))
s = performance.now(); for (const w of windows) for (const f of w.features) x += model.rowOf(f.hash); console.log('rowOf', (performance.now() - s).toFixed(1))
