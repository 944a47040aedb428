#!/usr/bin/env node
// npm run train: reads corpus/ and dictionaries/, trains the scorer on all
// five hands (thresholds chosen leaving one hand out at a time) and writes
// src/model/weights.json, which the build packs into the core. Deterministic:
// the same corpus, dictionaries and code give the same file, byte for byte.
//   --check   write nothing; exit 1 when the committed weights differ
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadExtras, loadHands, readHands} from './corpus.mjs'
import {fit} from './fit.mjs'
import {trainingSettings} from './settings.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const out = join(root, 'src', 'model', 'weights.json')
const check = process.argv.includes('--check')

const started = Date.now()
const settings = trainingSettings(join(root, 'dictionaries', 'model.yml'))
const hands = readHands(loadHands(join(root, 'corpus')))
const extras = readHands(loadExtras(join(root, 'corpus')))
const text = JSON.stringify(fit(hands, settings, extras), null, 1) + '\n'
const seconds = ((Date.now() - started) / 1000).toFixed(1)

if (check) {
  const same = existsSync(out) && readFileSync(out, 'utf8') === text
  console.log(same ? `model: the committed weights are what training gives (${seconds} s)` : 'model: src/model/weights.json is not what `npm run train` gives: run it and commit the result')
  process.exit(same ? 0 : 1)
}
writeFileSync(out, text)
const data = JSON.parse(text)
console.log(`model: ${data.trainedOn.posts} posts from ${data.trainedOn.hands.length} hands, ${data.trainedOn.features} features, ${(text.length / 1024).toFixed(0)} KiB -> src/model/weights.json (${seconds} s)`)
console.log('thresholds:', JSON.stringify(data.thresholds))
