// The reader's view (reader-view.ts) of Markdown and MDX: what the page shows,
// raw HTML read as HTML (html-view.ts), and what hides in the source read as
// passages of its own: link and image titles, `[//]: # (...)` comments and
// other definitions' titles, JSX string attributes and string literals in
// expressions. Front matter and import/export lines are not read.
import type {Root as MdastRoot} from 'mdast'
import {readHtml} from './html-view.js'
import {stringLiterals, ViewBuilder, type ReaderView} from './reader-view.js'

interface MdastNode {
  type: string
  value?: string
  alt?: string | null
  title?: string | null
  attributes?: Array<{type: string; name?: string; value?: unknown}>
  children?: MdastNode[]
  position?: {start: {offset?: number}; end: {offset?: number}}
}

const BLOCK = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'code', 'tableCell', 'footnoteDefinition', 'mdxJsxFlowElement', 'thematicBreak'])
const NOT_READ = new Set(['yaml', 'toml', 'mdxjsEsm'])

function walk(view: ViewBuilder, node: MdastNode): void {
  const from = node.position?.start.offset ?? 0
  const to = node.position?.end.offset ?? from
  if (NOT_READ.has(node.type)) return
  const block = BLOCK.has(node.type)
  if (block) view.passage()
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      view.aligned(node.value ?? '', from, to)
      break
    case 'html':
      readHtml(view, node.value ?? '', from)
      break
    case 'break':
      view.lineBreak()
      break
    case 'image':
    case 'imageReference':
      if (node.alt) view.literal(node.alt, from, to)
      break
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      expression(view, node.value ?? '', from, to)
      break
    default:
      for (const child of node.children ?? []) walk(view, child)
  }
  const title = node.title
  if (title && title.trim()) view.aside(() => view.literal(title, from, to))
  for (const attribute of node.attributes ?? []) {
    const value = attribute.value
    if (typeof value === 'string' && value.trim()) view.aside(() => view.literal(value, from, to))
    else if (value && typeof value === 'object' && typeof (value as {value?: unknown}).value === 'string') expression(view, (value as {value: string}).value, from, to)
    else if (attribute.type === 'mdxJsxExpressionAttribute' && typeof value === 'string') expression(view, value, from, to)
  }
  if (block) view.passage()
}

function expression(view: ViewBuilder, code: string, from: number, to: number): void {
  const at = view.source.indexOf(code, from)
  for (const literal of stringLiterals(code)) {
    if (!literal.value.trim()) continue
    view.aside(() => (at >= 0 ? view.literal(literal.value, at + literal.at, to) : view.literal(literal.value, from, to)))
  }
}

/** The reader's view of a Markdown or MDX document, from its syntax tree. */
export function markdownView(text: string, tree: MdastRoot): ReaderView {
  const view = new ViewBuilder(text)
  walk(view, tree as unknown as MdastNode)
  return view.done()
}
