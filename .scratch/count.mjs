import {readFileSync, readdirSync} from 'node:fs'
import * as score from '../dist/src/model/score.js'
const posts = readdirSync('corpus').filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync('corpus/' + f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text))
console.log(posts.length)
