// A big post is read a chunk at a time below the public API, so check,
// checkSync and fix take time that grows with its length and memory that
// follows the chunk size (bench/library-size.mjs measures both): the parser
// never sees the whole of a long post at once.
import {afterAll, describe, expect, it} from 'vitest'
import {check, checkSync, fix, registerParser} from '../../src/index.js'
import {useMarkdownParser} from '../../src/parse/markdown.js'

/** The length of every text the Markdown parser is handed. */
const parsed: number[] = []
registerParser('markdown', (processor) =>
  useMarkdownParser(processor).use(() => (_tree: unknown, file: {value: unknown}) => {
    parsed.push(String(file.value).length)
  })
)
afterAll(() => registerParser('markdown', useMarkdownParser))

const paragraphs = [
  'The meeting went on for an hour, and we talked about the garden, the weather and the new bus timetable.\n\n',
  'Our neighbour said he committed suicide last spring, and the whole street still feels it.\n\n',
  'Lunch was soup and bread; afterwards everyone walked to the river and back before the rain.\n\n'
]
const post = (length: number) => {
  let text = ''
  for (let n = 0; text.length < length; n++) text += paragraphs[n % paragraphs.length]
  return text
}

describe('a long post is read in chunks by the library itself', () => {
  const text = post(600_000)

  it('checkSync: no text handed to the parser is longer than a chunk and its last paragraph', () => {
    parsed.length = 0
    const report = checkSync(text, {format: 'markdown'})
    expect(Math.max(...parsed)).toBeLessThan(140_000)
    expect(parsed.reduce((a, b) => a + b, 0)).toBe(text.length)
    // every "committed suicide", in every chunk
    expect(report.messages.filter((m) => m.ruleId === 'suicide-language')).toHaveLength(text.split('committed suicide').length - 1)
  }, 120_000)

  it('check and fix likewise', async () => {
    parsed.length = 0
    await check(text.slice(0, 300_000), {format: 'markdown'})
    expect(Math.max(...parsed)).toBeLessThan(140_000)
    parsed.length = 0
    const fixed = fix(text.slice(0, 300_000), {format: 'markdown'})
    expect(Math.max(...parsed)).toBeLessThan(140_000)
    expect(fixed.text).not.toContain('committed suicide')
  }, 120_000)
})
