// Which safepost input format an editor document is, and how that format
// writes an inline directive (Markdown and HTML: `<!-- -->`, MDX: `{/* */}`,
// plain text: no comments at all).
import type {InputFormat} from '../types.js'

const byLanguageId: Record<string, InputFormat> = {
  markdown: 'markdown',
  mdx: 'mdx',
  html: 'html',
  plaintext: 'text',
  text: 'text'
}

const byExtension: Record<string, InputFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'mdx',
  html: 'html',
  htm: 'html',
  txt: 'text',
  text: 'text'
}

/** The format of a document: its language id when it is one of ours, else its file extension, else `undefined` (not ours). */
export function formatOf(languageId: string, uri: string): InputFormat | undefined {
  const known = byLanguageId[languageId]
  if (known) return known
  const path = uri.replace(/[?#].*$/, '')
  const dot = path.lastIndexOf('.')
  if (dot === -1 || dot < path.lastIndexOf('/')) return undefined
  return byExtension[path.slice(dot + 1).toLowerCase()]
}

/** An inline directive comment in the document's own syntax, or `undefined` where the format has no comments. */
export function directiveComment(format: InputFormat, body: string): string | undefined {
  if (format === 'mdx') return `{/* safepost-${body} */}`
  if (format === 'markdown' || format === 'html') return `<!-- safepost-${body} -->`
  return undefined
}
