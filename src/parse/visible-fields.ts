// The most visible text of a post is not in its body: a front-matter title,
// description and summary; an HTML page's <title>, meta description and
// image alt text. Each is handed to the prose bridge as a paragraph of its
// own, positioned on the value in the original file, so it is checked like
// the body and its messages point at the right place.
import {location} from 'vfile-location'

interface Point {line: number, column: number, offset: number}
interface Position {start: Point, end: Point}
interface Node {type: string, value?: string, tagName?: string, properties?: Record<string, unknown>, children?: Node[], position?: Position}

/** A text node over `[start, end)` of `text`, with the source as its value (the bridge tokenizes it and counts positions from `start`). */
function textAt(text: string, start: number, end: number): Node | undefined {
  if (end <= start || text.slice(start, end).trim() === '') return undefined
  const place = location(text)
  const from = place.toPoint(start)
  const to = place.toPoint(end)
  if (!from || !to) return undefined
  const position = {start: {...from, offset: start}, end: {...to, offset: end}} as Position
  return {type: 'text', value: text.slice(start, end), position}
}

const FRONT_MATTER_FIELD = /^(title|description|summary)[ \t]*:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\n#"'|>][^\n]*?))[ \t]*(?:#.*)?$/gm

/** remark: the title, description and summary of YAML front matter, as paragraphs where it was. */
export function remarkFrontMatterFields() {
  return (tree: Node, file: {value: unknown}): void => {
    const text = String(file.value)
    const children = tree.children ?? []
    const at = children.findIndex((node) => node.type === 'yaml')
    const yaml = children[at]
    if (!yaml?.position || !yaml.value) return
    const bodyStart = text.indexOf(yaml.value, yaml.position.start.offset)
    if (bodyStart === -1) return
    const paragraphs: Node[] = []
    for (const match of yaml.value.matchAll(FRONT_MATTER_FIELD)) {
      const value = match[2] ?? match[3] ?? match[4] ?? ''
      const start = bodyStart + match.index + match[0].indexOf(value, match[1]!.length + 1)
      const node = textAt(text, start, start + value.length)
      if (node) paragraphs.push({type: 'paragraph', children: [node], position: node.position!})
    }
    // in place of the front matter node, which the bridge skips anyway (a sibling
    // that ends after the paragraphs start would confuse its line counting)
    if (paragraphs.length) children.splice(at, 1, ...paragraphs)
  }
}

/** The source range of attribute `name`'s value inside the tag at `[start, end)`. */
function attributeRange(text: string, start: number, end: number, name: string): [number, number] | undefined {
  const tag = text.slice(start, end)
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag)
  if (!match) return undefined
  const value = match[1] ?? match[2] ?? match[3] ?? ''
  const from = start + match.index + match[0].lastIndexOf(value)
  return [from, from + value.length]
}

/** rehype: <title>, <meta name="description" content> and alt text, as paragraphs the bridge reads. */
export function visibleHtmlFields(tree: Node, text: string): Node[] {
  const found: Node[] = []
  const visit = (node: Node): void => {
    const position = node.position
    if (node.type === 'element' && position) {
      let field: Node | undefined
      if (node.tagName === 'title') {
        const first = node.children?.[0]
        const last = node.children?.at(-1)
        if (first?.position && last?.position) field = textAt(text, first.position.start.offset, last.position.end.offset)
      } else if (node.tagName === 'meta' && String(node.properties?.['name'] ?? '').toLowerCase() === 'description') {
        const range = attributeRange(text, position.start.offset, position.end.offset, 'content')
        if (range) field = textAt(text, ...range)
      } else if (node.properties?.['alt'] !== undefined) {
        const range = attributeRange(text, position.start.offset, position.end.offset, 'alt')
        if (range) field = textAt(text, ...range)
      }
      if (field) found.push({type: 'element', tagName: 'p', properties: {}, children: [field], position: field.position!})
    }
    if (node.tagName !== 'title') for (const child of node.children ?? []) visit(child)
  }
  visit(tree)
  return found
}
