import fc from 'fast-check'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import {describe, expect, it} from 'vitest'
import {checkSync, fix, fixChunks} from '../src/index.js'
import {textChunks} from '../src/cli/file-chunks.js'
import {applyFixes} from '../src/fix.js'
import type {ReportMessage} from '../src/types.js'

describe('fix', () => {
  it('applies the safe rewrites, keeping inflection and capitals', () => {
    expect(fix('Committed suicide, they said. She commits suicide in the book.').text).toBe(
      'Died by suicide, they said. She dies by suicide in the book.'
    )
  })

  it('reports what it applied and what remains', () => {
    const result = fix('He committed suicide. She is a lunatic.')
    expect(result.applied.map((m) => m.actual)).toEqual(['committed suicide'])
    expect(result.text).toBe('He died by suicide. She is a lunatic.')
    expect(result.remaining.every((m) => !m.fix)).toBe(true)
  })

  it('never rewrites quotes, code or text across markup', () => {
    const post = 'The phrase "committed suicide" is outdated. `committed suicide` in code. He **committed** suicide.'
    expect(fix(post, {format: 'markdown'}).text).toBe(post)
  })

  it('never applies two overlapping rewrites in one pass', () => {
    const m = (start: number, end: number, text: string) => ({fix: {range: [start, end], text}}) as ReportMessage
    const out = applyFixes('abcdef', [m(0, 3, 'X'), m(2, 4, 'Y'), m(4, 6, 'Z')])
    expect(out.text).toBe('XdZ')
    expect(out.applied).toHaveLength(2)
  })
})

// Posts built from pieces a writer might use: fixable phrases, lookalikes and Markdown.
const pieces = [
  'committed suicide', 'commits suicide', 'committing suicide', 'Committed suicide', 'COMMITTED SUICIDE', 'has committed suicide',
  'suicide prevention', 'attempted suicide', 'died by suicide', 'the phrase "committed suicide"', '`committed suicide`',
  '**committed** suicide', 'my uncle', 'last year', 'the team', 'and', 'but', 'we talked', '.', ',', '\n', '\n\n', '# Heading\n\n', '- item ', '> quote ',
  '[a link](https://example.org/committed-suicide)', '😭', 'é', '—'
]
const post = fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((parts) => parts.join(' '))

function shape(markdown: string): unknown {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown)
  const strip = (node: any): unknown => ({type: node.type, depth: node.depth, ordered: node.ordered, children: node.children?.map(strip)})
  return strip(tree)
}

describe('fix properties', () => {
  it('is idempotent: a second fix changes nothing', () => {
    fc.assert(
      fc.property(post, (text) => {
        const once = fix(text, {format: 'markdown'}).text
        expect(fix(once, {format: 'markdown'}).text).toBe(once)
      }),
      {numRuns: 150}
    )
  })

  it('changes only the reported ranges', () => {
    fc.assert(
      fc.property(post, (text) => {
        const {messages} = checkSync(text, {format: 'markdown'})
        const {text: out, applied} = applyFixes(text, messages)
        // rebuild the output from the untouched stretches and the fix texts
        let rebuilt = ''
        let last = 0
        for (const m of applied) {
          rebuilt += text.slice(last, m.fix!.range[0]) + m.fix!.text
          last = m.fix!.range[1]
        }
        expect(out).toBe(rebuilt + text.slice(last))
        for (const m of applied) expect(text.slice(...m.fix!.range)).toBe(m.actual)
      }),
      {numRuns: 150}
    )
  })

  it('keeps the Markdown structure', () => {
    fc.assert(
      fc.property(post, (text) => {
        expect(shape(fix(text, {format: 'markdown'}).text)).toEqual(shape(text))
      }),
      {numRuns: 150}
    )
  })

  it('gives the same result checked a chunk at a time (fixChunks) as checked whole', async () => {
    await fc.assert(
      fc.asyncProperty(post, fc.integer({min: 8, max: 200}), async (text, chunkSize) => {
        const pieces = (current: string) => [...textChunks(current, 'markdown', chunkSize)].map((chunk) => chunk.text)
        expect(await fixChunks(text, {format: 'markdown'}, pieces)).toEqual(fix(text, {format: 'markdown'}))
      }),
      {numRuns: 100}
    )
  })
})
