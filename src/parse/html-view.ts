// The reader's view (reader-view.ts) of HTML: an HTML page, or raw HTML in
// Markdown. Text is decoded by the parser; inline elements and comments never
// split a word; block elements end a passage; comments, <template> content
// and the attributes a reader or a screen reader meets (alt, title,
// aria-label, placeholder) are read as passages of their own. Scripts and
// styles are not prose.
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {ViewBuilder, type ReaderView} from './reader-view.js'

interface HastNode {
  type: string
  tagName?: string
  value?: string
  properties?: Record<string, unknown>
  children?: HastNode[]
  content?: HastNode
  position?: {start: {offset?: number}; end: {offset?: number}}
}

const NOT_PROSE = new Set(['script', 'style'])
const READ_ATTRIBUTES = ['alt', 'title', 'ariaLabel', 'placeholder']
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'option', 'textarea', 'html', 'head', 'title'
])

const parser = unified().use(rehypeParse, {fragment: true})

/** Read an HTML fragment that stands at `offset` in the builder's source. */
export function readHtml(view: ViewBuilder, html: string, offset: number): void {
  walk(view, parser.parse(html) as HastNode, offset)
}

function walk(view: ViewBuilder, node: HastNode, offset: number): void {
  const from = (node.position?.start.offset ?? 0) + offset
  const to = (node.position?.end.offset ?? 0) + offset
  switch (node.type) {
    case 'text':
      view.aligned(node.value ?? '', from, to)
      return
    case 'comment': {
      const value = node.value ?? ''
      view.aside(() => view.literal(value, from, to))
      return
    }
    case 'element': {
      const tag = node.tagName ?? ''
      if (NOT_PROSE.has(tag)) return
      for (const name of READ_ATTRIBUTES) {
        const value = node.properties?.[name]
        if (typeof value === 'string' && value.trim()) view.aside(() => view.literal(value, from, to))
      }
      if (tag === 'br') return view.lineBreak()
      const block = BLOCK.has(tag)
      if (block) view.passage()
      for (const child of node.children ?? []) walk(view, child, offset)
      if (node.content) {
        const content = node.content
        view.aside(() => walk(view, content, offset))
      }
      if (block) view.passage()
      return
    }
    default:
      for (const child of node.children ?? []) walk(view, child, offset)
  }
}

/** The reader's view of an HTML document or fragment. */
export function htmlView(text: string): ReaderView {
  const view = new ViewBuilder(text)
  readHtml(view, text, 0)
  return view.done()
}
