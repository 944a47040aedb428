// No input of under 10 kB takes long to check: markup that parsers pair up
// with work growing with the square of its count (emphasis, brackets, MDX
// braces), containers nested thousands deep, and long runs with no space are
// each bounded per paragraph. The budget is 200 ms on an idle machine; on a
// shared one, the time is compared with ordinary prose of the same length
// checked just before (markup-dense text makes several times as many tokens
// and nodes as prose: up to 6 times its time is linear work), so that a busy
// machine does not fail the property. An input over budget is timed twice
// more and its quickest run counts: load on a shared machine (a garbage
// collection, another test file's process) only ever adds time, while work
// that grows faster than the input is slow every time.
import fc from 'fast-check'
import {beforeAll, describe, expect, it} from 'vitest'
import {check} from '../../src/index.js'
import type {InputFormat} from '../../src/types.js'

const LIMIT = 10_000
const prose = 'We walked to the river after lunch and talked about the weather. '

async function timeOf(text: string, format: InputFormat): Promise<number> {
  const started = performance.now()
  await check(text, {format})
  return performance.now() - started
}

async function quickestOf(text: string, format: InputFormat, tries = 3): Promise<number> {
  let best = Infinity
  for (let run = 0; run < tries && best >= budget; run++) best = Math.min(best, await timeOf(text, format))
  return best
}

let budget = 200
beforeAll(async () => {
  await timeOf(prose, 'markdown') // load and warm up
  const times: number[] = []
  for (let run = 0; run < 3; run++) times.push(await timeOf(prose.repeat(Math.floor(LIMIT / prose.length)), 'markdown'))
  budget = Math.max(200, 6 * times.sort((a, b) => a - b)[1]!)
}, 60_000)

/** Repeat `unit` to just under 10 kB (leaving room for `rest`), or wrap `middle` in as many `open`/`close` as fit. */
const filled = (unit: string, rest = '') => unit.repeat(Math.floor((LIMIT - 1 - rest.length) / unit.length)) + rest
const wrapped = (open: string, middle: string, close: string) => {
  const n = Math.floor((LIMIT - 1 - middle.length) / (open.length + close.length))
  return open.repeat(n) + middle + close.repeat(n)
}

const hostile: Array<[string, InputFormat, string]> = [
  ['emphasis that never closes until the end', 'markdown', wrapped('*a ', 'x', ' a*')],
  ['underscores likewise', 'markdown', wrapped('_a ', 'x', ' a_')],
  ['brackets', 'markdown', wrapped('[', 'x', ']')],
  ['MDX braces', 'mdx', wrapped('{', 'x', '}')],
  ['nested block quotes', 'markdown', filled('>', ' x')],
  ['nested list items', 'markdown', filled('- ', 'x')],
  ['nested HTML elements', 'html', filled('<b>', 'x')],
  ['"s." with no space', 'text', filled('s.')],
  ['"a-" with no space', 'text', filled('a-')],
  ['a long address-like run', 'text', filled('a.b_')]
]

describe('no input under 10 kB takes longer than the budget', () => {
  for (const [name, format, text] of hostile) {
    it(`${name} (${format}, ${text.length} characters)`, async () => {
      expect(text.length).toBeLessThan(LIMIT)
      expect(await quickestOf(text, format)).toBeLessThan(budget)
    }, 60_000)
  }

  it('nor any mix of markup characters', async () => {
    const mark = fc.constantFrom('*', '_', '[', ']', '{', '}', '<', '>', '`', '~', '- ', '> ', 'a', ' ', '.', '\n', '\n\n', '(', ')', '!', '#', '|')
    const text = fc.array(mark, {minLength: 1000, maxLength: 2000}).chain((marks) => fc.integer({min: 1, max: 5}).map((times) => marks.join('').repeat(times).slice(0, LIMIT - 1)))
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom<InputFormat>('markdown', 'mdx', 'text'), async (input, format) => (await quickestOf(input, format)) < budget),
      {numRuns: 8, endOnFailure: true}
    )
  }, 300_000)
})
