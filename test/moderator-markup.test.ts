// Markup that hid words from the moderator (issue 18, item 7). Under the
// moderator preset, the text a reader sees (or the platform renders, or the
// source hides) is read, entities decoded, and markup inside a word does not
// split it; each message points at the words as written. Writers keep the
// plain reading. docs/moderator-reading.md is the list this file checks.
import {describe, expect, it} from 'vitest'
import {checkSync, createProcessor} from '../src/index.js'
import {readerViewFor} from '../src/parse/registry.js'
import type {InputFormat} from '../src/types.js'

interface Hidden {
  format: InputFormat
  text: string
  /** The words the crisis-signal message points at, as written in the file. */
  span: string
}

const hidden: Hidden[] = [
  {format: 'markdown', text: '<div>I want to die tonight</div>', span: 'I want to die'},
  {format: 'markdown', text: '<p>\nI want to die tonight\n</p>', span: 'I want to die'},
  {format: 'markdown', text: 'nice weather <!-- I want to die tonight --> today', span: 'I want to die'},
  {format: 'markdown', text: 'see [the picture](https://example.org "I want to die tonight")', span: 'I want to die'},
  {format: 'markdown', text: '[//]: # (I want to die tonight)\n\nnice weather today', span: 'I want to die'},
  {format: 'markdown', text: 'I want to d<!-- -->ie tonight', span: 'I want to d<!-- -->ie'},
  {format: 'markdown', text: 'I want to d&#105;e tonight', span: 'I want to d&#105;e'},
  {format: 'markdown', text: '![I want to die tonight](cat.png)', span: 'I want to die'},
  {format: 'markdown', text: 'all fine:\n\n```\nI want to die tonight\n```', span: 'I want to die'},
  {format: 'html', text: '<p>I want to d<b></b>ie tonight</p>', span: 'I want to d<b></b>ie'},
  {format: 'html', text: '<p>I want to d&#x69;e tonight</p>', span: 'I want to d&#x69;e'},
  {format: 'html', text: '<p>I want to d&shy;ie tonight</p>', span: 'I want to d&shy;ie'},
  {format: 'html', text: '<p>I&nbsp;want to die tonight</p>', span: 'I&nbsp;want to die'},
  {format: 'html', text: '<template><p>I want to die tonight</p></template><p>hello</p>', span: 'I want to die'},
  {format: 'html', text: '<img src="cat.png" alt="I want to die tonight">', span: 'I want to die'},
  {format: 'html', text: '<p>hi</p><!-- I want to die tonight -->', span: 'I want to die'},
  {format: 'mdx', text: '<Note title="I want to die tonight" />', span: 'I want to die'},
  {format: 'mdx', text: 'hello {"I want to die tonight"} there', span: 'I want to die'},
  {format: 'mdx', text: "<Note>{'I want to die tonight'}</Note>", span: 'I want to die'}
]

const crisisSpans = (text: string, format: InputFormat, preset: 'writer' | 'moderator') =>
  checkSync(text, {format, preset})
    .messages.filter((m) => m.ruleId === 'crisis-signal')
    .map((m) => text.slice(m.offset, m.endOffset))

describe('markup cannot hide words from a moderator', () => {
  for (const c of hidden) {
    it(`${c.format}: reads ${JSON.stringify(c.text)}`, () => {
      expect(crisisSpans(c.text, c.format, 'moderator')).toEqual([c.span])
      expect(checkSync(c.text, {format: c.format, preset: 'moderator'}).priority).toBe('high')
    })
  }
})

describe('what a moderator does not read', () => {
  const unread: Array<[InputFormat, string]> = [
    ['markdown', '---\ntitle: I want to die tonight\n---\n\nA post about gardening.'],
    ['html', '<script>const s = "I want to die tonight"</script><p>A post about gardening.</p>'],
    ['html', '<a href="https://example.org/i-want-to-die-tonight">a link</a>'],
    ['mdx', 'export const line = "I want to die tonight"\n\nA post about gardening.']
  ]
  for (const [format, text] of unread) {
    it(`${format}: leaves ${JSON.stringify(text)} unread`, () => {
      expect(crisisSpans(text, format, 'moderator')).toEqual([])
    })
  }
})

describe('writers keep the plain reading of markup', () => {
  // alt text is the one hidden place a writer's check reads too: a reader of the page sees it (issue 12)
  for (const c of hidden.filter((h) => /<!--|\(\/\/|title=|\{|template|```/.test(h.text))) {
    it(`${c.format}: does not read ${JSON.stringify(c.text)} as prose`, () => {
      expect(crisisSpans(c.text, c.format, 'writer')).toEqual([])
    })
  }

  it('reads ordinary markup the same way for both', () => {
    const text = '# After the exam\n\nMy friend **committed suicide** last spring.'
    const spans = (preset: 'writer' | 'moderator') =>
      checkSync(text, {format: 'markdown', preset})
        .messages.filter((m) => m.ruleId === 'suicide-language')
        .map((m) => text.slice(m.offset, m.endOffset))
    expect(spans('moderator')).toEqual(spans('writer'))
  })
})

describe("a moderator's reading of Markdown costs one parse", () => {
  const documents: Array<[InputFormat, string]> = [
    ['markdown', '---\ntitle: I want to die\n---\n\n| when | what |\n| - | - |\n| may | he committed suicide |\n\nnice weather <!-- I want to die tonight --> today'],
    ['markdown', '# Notes\n\n- [ ] call mum\n- [x] I want to d&#105;e tonight[^1]\n\n[^1]: ~~not really~~'],
    ['mdx', '---\ndescription: a calm post\n---\n\nimport X from "./x.js"\n\n<Note text="I want to die tonight" />\n\n| a | b |\n| - | - |\n| {"kms"} | ok |']
  ]

  it.each(documents)('the view is made from the tree as parsed, the same as a second parse of its own would give (%s)', (format, text) => {
    const file = createProcessor({preset: 'moderator', format}).processSync(text)
    expect(file.data.safepostReaderView).toEqual(readerViewFor(format)!(text))
  })

  it('and only for a moderator', () => {
    expect(createProcessor({preset: 'writer', format: 'markdown'}).processSync(documents[0]![1]).data.safepostReaderView).toBeUndefined()
  })
})
