// Where a post-level fix goes and what it inserts, in the post's own format:
// a line at the top or a paragraph at the end, as text or as an HTML <p>
// inside the post's wrapper element, with the post's line breaks and indent.
import type {Token} from '../../src/engine/tokenize.js'
import {eolOf, lineStart} from './text-lines.js'

/** The post (or the chunk of it where the insertion goes), as read-post.ts reads it. */
export interface InsertPlace {
  text: string
  contentStart: number
  firstWord: Token | undefined
  lastEnd: number
  /** For a chunk: the whole post's line break and whether the post is HTML. */
  eol?: string
  html?: boolean
}

export interface Insertion {
  /** Raw offset to insert at. */
  at: number
  text: string
}

const BLOCK_TAG = /<(p|h[1-6]|blockquote|ul|ol|dl|table|pre|figure|details|div|section|article|header|main|aside|hr)\b[^>]*>/gi
const INNER_TAGS = new Set(['li', 'td', 'th', 'tr', 'tbody', 'thead', 'dt', 'dd', 'summary', 'figcaption'])
const WRAPPER_TAGS = new Set(['article', 'main', 'section', 'div', 'body', 'html', 'aside', 'header', 'footer'])
const CLOSING_TAG = /^\s*<\/([a-zA-Z][\w-]*)\s*>/

/** Whether the post is HTML: its content opens with a tag and it closes block elements. */
export function isHtml(post: InsertPlace): boolean {
  if (post.html !== undefined) return post.html
  const content = post.text.slice(post.contentStart)
  return /^<(!doctype|html|body|article|main|section|div|header|p|h[1-6]|blockquote|ul|ol|figure|table|details|aside)\b/i.test(content) && /<\/(p|h[1-6]|div|li|blockquote|article|section|main|body)\s*>/i.test(content)
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** One line of text at the top of the post: before its first block element in HTML, after its front matter otherwise. */
export function insertAtTop(post: InsertPlace, line: string): Insertion {
  const eol = post.eol ?? eolOf(post.text)
  if (isHtml(post) && post.firstWord) {
    const before = post.text.slice(post.contentStart, post.firstWord.start)
    let at = post.contentStart
    let block: RegExpExecArray | undefined
    for (const m of before.matchAll(BLOCK_TAG)) {
      const name = m[1]!.toLowerCase()
      if (WRAPPER_TAGS.has(name)) {
        // inside the wrapper: after its opening tag
        at = post.contentStart + m.index + m[0].length
        block = undefined
        continue
      }
      if (!INNER_TAGS.has(name) && !block) block = m as RegExpExecArray
      if (block) break
    }
    if (block) at = post.contentStart + block.index
    const indent = /[ \t]*$/.exec(post.text.slice(lineStart(post.text, at), at))?.[0] ?? ''
    const onOwnLine = /^[ \t]*$/.test(post.text.slice(lineStart(post.text, at), at))
    return onOwnLine ? {at, text: `<p>${escapeHtml(line)}</p>${eol}${indent}`} : {at, text: `${eol}${indent}<p>${escapeHtml(line)}</p>${eol}${indent}`}
  }
  return {at: post.contentStart, text: `${line}${eol}${eol}`}
}

/** One paragraph at the end of the post: after its last block element (inside any wrapper) in HTML. */
export function appendAtEnd(post: InsertPlace, paragraph: string): Insertion {
  const eol = post.eol ?? eolOf(post.text)
  if (isHtml(post) && post.firstWord) {
    let at = post.lastEnd
    for (;;) {
      const m = CLOSING_TAG.exec(post.text.slice(at))
      if (!m || WRAPPER_TAGS.has(m[1]!.toLowerCase())) break
      at += m[0].length
    }
    const indent = /^[ \t]*/.exec(post.text.slice(lineStart(post.text, post.lastEnd), post.lastEnd))?.[0] ?? ''
    return {at, text: `${eol}${indent}<p>${escapeHtml(paragraph)}</p>`}
  }
  return {at: post.text.trimEnd().length, text: `${eol}${eol}${paragraph}`}
}
