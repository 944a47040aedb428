// What counts as prose in each input format: code, JSX, expressions,
// imports, scripts, styles, attributes and front matter (but its title, description and summary) never fire, and every
// offset points into the original file, markup included.
import {describe, expect, it} from 'vitest'
import {checkSync} from '../src/index.js'
import type {InputFormat} from '../src/types.js'

const phrase = 'committed suicide'
/** The offsets of each message, checked against the original text. */
function flagged(text: string, format: InputFormat): string[] {
  return checkSync(text, {format}).messages.map((m) => {
    expect(text.slice(m.offset, m.endOffset)).toBe(m.actual)
    const lines = text.split('\n')
    expect(lines[m.line - 1]!.slice(m.column - 1)).toMatch(new RegExp('^' + m.actual.split('\n')[0]!.replace(/[*]/g, '\\*')))
    return m.actual
  })
}

describe('MDX', () => {
  const mdx = `---
slug: He ${phrase}
---
import {Chart} from './chart.js'
export const note = '${phrase}'

# A hard year

<Chart caption="${phrase}" data={{label: '${phrase}'}} />

{/* ${phrase} in a comment */}

The total was {count('${phrase}')} this year.

Prose: my uncle ${phrase} in 2019.

\`\`\`js
const s = '${phrase}'
\`\`\`
`
  it('checks prose only: not front matter, imports, exports, JSX attributes, expressions, comments or code', () => {
    expect(flagged(mdx, 'mdx')).toEqual([phrase])
  })

  it('points into the original file', () => {
    const [m] = checkSync(mdx, {format: 'mdx'}).messages
    expect(m!.offset).toBe(mdx.indexOf('my uncle ') + 'my uncle '.length)
    expect(m!.line).toBe(15)
  })

  it('checks the text inside JSX elements', () => {
    expect(flagged('<Callout>\n\nShe ' + phrase + ' last year.\n\n</Callout>\n', 'mdx')).toEqual([phrase])
  })
})

describe('HTML', () => {
  const html = `<!doctype html>
<html><head><title>notes</title>
<style>.x::after { content: "${phrase}" }</style>
<script>const s = "${phrase}"</script>
</head><body>
<p title="${phrase}" data-x="${phrase}">Our neighbour <em>${phrase}</em> last spring.</p>
<pre><code>${phrase}</code></pre>
<p>See <code>${phrase}</code> and <a href="/${phrase.replace(' ', '-')}">the guide</a>.</p>
</body></html>
`
  it('checks prose only: not scripts, styles, attributes or code', () => {
    expect(flagged(html, 'html')).toEqual([phrase])
  })

  it('points into the original file, markup included', () => {
    const [m] = checkSync(html, {format: 'html'}).messages
    expect(m!.offset).toBe(html.indexOf('<em>') + 4)
    expect(m!.line).toBe(6)
  })
})

describe('Markdown', () => {
  it('checks headings, table cells and link text, not link targets, code or front matter', () => {
    const md = `---
slug: ${phrase}
---

# He ${phrase}

| year | what |
| --- | --- |
| 2019 | she ${phrase} |

[they ${phrase}](https://example.org/${phrase.replace(' ', '-')}) and \`${phrase}\`
`
    expect(flagged(md, 'markdown')).toEqual([phrase, phrase, phrase])
    expect(checkSync(md, {format: 'markdown'}).messages.map((m) => m.line)).toEqual([5, 9, 11])
  })

  it('reads bare links and addresses as literal, and checks footnotes, struck text and task lists as prose', () => {
    const slug = phrase.replace(' ', '-')
    const md = `See https://example.org/${slug}, www.example.org/${slug} or write to ${slug}@example.org.

- [ ] ask why she ${phrase}
- [x] ~~he ${phrase}~~

Footnoted.[^1]

[^1]: They ${phrase}.
`
    const messages = checkSync(md, {format: 'markdown'}).messages.filter((m) => m.ruleId === 'suicide-language')
    expect(messages.map((m) => [m.line, md.slice(m.offset, m.endOffset)])).toEqual([[3, phrase], [4, phrase], [8, phrase]])
  })
})

describe('messages about a phrase that runs across markup', () => {
  it('quote the words, not the tags or emphasis marks between them', () => {
    const html = '<p>He <em>committed</em> suicide in 2019.</p>'
    const [fromHtml] = checkSync(html, {format: 'html'}).messages
    expect(fromHtml).toMatchObject({actual: 'committed suicide', message: 'Say "died by suicide" instead of "committed suicide"'})
    // the offsets still cover the phrase as written, markup included
    expect(html.slice(fromHtml!.offset, fromHtml!.endOffset)).toBe('committed</em> suicide')
    const [fromMarkdown] = checkSync('He *committed* suicide in 2019.', {format: 'markdown'}).messages
    expect(fromMarkdown).toMatchObject({actual: 'committed suicide', message: 'Say "died by suicide" instead of "committed suicide"'})
  })
})

describe('the most visible text of a post', () => {
  const at = (text: string, format: InputFormat) => checkSync(text, {format}).messages.filter((m) => m.ruleId === 'suicide-language').map((m) => {
    expect(text.slice(m.offset, m.endOffset)).toBe(m.actual)
    return `${m.line}:${m.column}`
  })

  it('checks front-matter title, description and summary, at their place in the file', () => {
    const post = '---\ntitle: How my uncle committed suicide\ndescription: "A cousin committed suicide too"\nsummary: \'Another committed suicide\'\ndraft: He committed suicide\n---\n\nA quiet post.\n'
    expect(at(post, 'markdown')).toEqual(['2:21', '3:24', '4:19'])
    expect(at(post, 'mdx')).toEqual(['2:21', '3:24', '4:19'])
  })

  it('checks an HTML page\'s title, meta description and alt text, at their place in the file', () => {
    const page = '<html><head><title>He committed suicide</title>\n<meta name="description" content="She committed suicide">\n</head><body><p>A quiet page.</p>\n<img src="x.png" alt=\'They committed suicide\'></body></html>'
    expect(at(page, 'html')).toEqual(['1:23', '2:39', '4:28'])
  })

  it('leaves other front-matter fields and attributes alone', () => {
    expect(at('---\nslug: committed suicide\ntags: [committed suicide]\n---\n\nFine.\n', 'markdown')).toEqual([])
    expect(at('<a href="/committed-suicide" title="x">link</a><meta name="keywords" content="committed suicide">', 'html')).toEqual([])
  })
})
