// The library never throws on text: a post that nests deeper than a parser
// can follow is checked as plain text, and the report says so; a paragraph
// with more markup than the parser can pair up in good time likewise.
import {describe, expect, it} from 'vitest'
import {check, fix} from '../../src/index.js'
import {MAX_MARKS} from '../../src/chunk/markup-budget.js'
import type {InputFormat} from '../../src/types.js'

const crisis = 'I want to die tonight'

const nested: Array<[string, InputFormat, string]> = [
  ['3,150 nested block quotes', 'markdown', '>'.repeat(3150) + ' ' + crisis],
  ['1,570 nested list items', 'markdown', '- '.repeat(1570) + crisis],
  ['1,800 nested HTML elements', 'html', '<div>'.repeat(1800) + crisis],
  ['1,570 nested list items in MDX', 'mdx', '- '.repeat(1570) + crisis]
]

describe('deep nesting is read as plain text, and said so', () => {
  for (const [name, format, text] of nested) {
    it(`${name}: the crisis line is still found`, async () => {
      const report = await check(text, {format, preset: 'moderator'})
      expect(report.messages.map((m) => m.ruleId)).toContain('crisis-signal')
      expect(report.priority).toBe((await check(crisis, {preset: 'moderator'})).priority)
      const note = report.messages.find((m) => m.ruleId === 'read-as-plain-text')
      expect(note?.severity).toBe('info')
      expect(note?.level).toBe('none')
      expect(() => fix(text, {format})).not.toThrow()
    }, 60_000)
  }

  it('nesting a parser follows is read as usual, with no such message', async () => {
    const report = await check('> > > - - ' + crisis, {format: 'markdown', preset: 'moderator'})
    expect(report.messages.map((m) => m.ruleId)).toEqual(['crisis-signal'])
  })
})

describe('a paragraph over the markup budget is read as plain text', () => {
  const emphasis = (pairs: number) => '*a '.repeat(pairs) + crisis + ' a*'.repeat(pairs)

  it('only the paragraph over budget: the paragraphs around it are read as Markdown', async () => {
    const text = `A **bold** start.\n\n${emphasis(MAX_MARKS)}\n\nThe [end](https://example.com) of it.\n`
    const report = await check(text, {format: 'markdown', preset: 'moderator'})
    const note = report.messages.find((m) => m.ruleId === 'read-as-plain-text')!
    expect(text.slice(note.offset, note.endOffset).trim()).toBe(emphasis(MAX_MARKS))
    expect(report.messages.map((m) => m.ruleId)).toContain('crisis-signal')
  })

  it('a paragraph within budget gives no such message', async () => {
    const report = await check(emphasis(20), {format: 'markdown'})
    expect(report.messages.map((m) => m.ruleId)).not.toContain('read-as-plain-text')
  })

  it('marks inside fenced code and code spans do not count', async () => {
    const code = '```js\n' + '{*[<'.repeat(MAX_MARKS) + '\n```\n\n' + '| `a_b_c_d` | `e_f_g_h` |\n'.repeat(MAX_MARKS / 4)
    const report = await check(code, {format: 'markdown'})
    expect(report.messages).toEqual([])
  })

  it('nor do the tags of an HTML table in Markdown', async () => {
    const table = '<table>\n' + '<tr><td align="center"><a href="https://example.com"><img src="a.png"/></a></td></tr>\n'.repeat(MAX_MARKS) + '</table>\n'
    expect((await check(table, {format: 'markdown'})).messages).toEqual([])
  })
})
