import fc from 'fast-check'
import {it} from 'vitest'
import {check} from '../src/index.js'
const LIMIT = 10_000
const prose = 'We walked to the river after lunch and talked about the weather. '
it('x', async () => {
  await check(prose, {format: 'markdown'})
  for (let i = 0; i < 3; i++) { let t = performance.now(); await check(prose.repeat(150), {format: 'markdown'}); console.log('prose', performance.now() - t) }
  const mark = fc.constantFrom('*', '_', '[', ']', '{', '}', '<', '>', '`', '~', '- ', '> ', 'a', ' ', '.', '\n', '\n\n', '(', ')', '!', '#', '|')
  const text = fc.array(mark, {minLength: 1000, maxLength: 2000}).chain((marks) => fc.integer({min: 1, max: 5}).map((times) => marks.join('').repeat(times).slice(0, LIMIT - 1)))
  await fc.assert(fc.asyncProperty(text, fc.constantFrom('markdown', 'mdx', 'text'), async (input, format) => {
    const s = performance.now(); await check(input, {format: format as any}); console.log(format, input.length, (performance.now() - s).toFixed(0)); return true
  }), {seed: 486146663, numRuns: 8})
}, 300000)
