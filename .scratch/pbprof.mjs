import fc from 'fast-check'
import {check} from '../dist/src/index.js'
const LIMIT = 10_000
const mark = fc.constantFrom('*', '_', '[', ']', '{', '}', '<', '>', '`', '~', '- ', '> ', 'a', ' ', '.', '\n', '\n\n', '(', ')', '!', '#', '|')
const text = fc.array(mark, {minLength: 1000, maxLength: 2000}).chain((marks) => fc.integer({min: 1, max: 5}).map((times) => marks.join('').repeat(times).slice(0, LIMIT - 1)))
const input = fc.sample(text, {seed: 486146663, numRuns: 3})[2]
for (let i = 0; i < 20; i++) { const s = performance.now(); await check(input, {format: 'markdown'}); if (i % 5 == 0 || i == 19) console.log(i, (performance.now() - s).toFixed(0)) }
