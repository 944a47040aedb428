// Inputs the property tests found that broke the engine, kept as plain cases.
import {describe, expect, it} from 'vitest'
import {check, checkSync, fix} from '../../src/index.js'

describe('found by the property tests', () => {
  it('an empty or blank HTML document is checked, not thrown on', () => {
    expect(checkSync('', {format: 'html'})).toEqual({priority: 'none', messages: []})
    expect(checkSync(' \n', {format: 'html'})).toEqual({priority: 'none', messages: []})
    expect(fix('', {format: 'html'}).text).toBe('')
  })

  it('MDX that does not parse is checked as Markdown, so its words are not lost', async () => {
    for (const text of ['<\n', '<b> he committed suicide', 'a { b he committed suicide']) {
      const report = checkSync(text, {format: 'mdx'})
      expect(report.messages.map((m) => text.slice(m.offset, m.endOffset))).toEqual(text.includes('suicide') ? ['committed suicide'] : [])
      expect(await check(text, {format: 'mdx'})).toEqual(report)
    }
  })
})

describe('found by the security test', () => {
  it('text at the top of an HTML fragment is checked, not only text inside elements', () => {
    for (const text of ['He committed suicide.', 'He committed suicide. <img src="x.png">', '<b>Note:</b> he committed suicide', '<p>A calm post.</p>\nHe committed suicide.']) {
      const report = checkSync(text, {format: 'html'})
      expect(report.messages.map((m) => text.slice(m.offset, m.endOffset))).toContain('committed suicide')
    }
    // scripts, styles and code stay out of it
    expect(checkSync('<script>committed suicide</script><code>committed suicide</code>', {format: 'html'}).messages).toEqual([])
  })
})
