// HTML: scripts, styles and code are not prose (hast-util-to-nlcst).
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import {htmlView} from './html-view.js'
import {registerParser, type AnyProcessor} from './registry.js'
import {visibleHtmlFields} from './visible-fields.js'

export function useHtmlParser(processor: AnyProcessor): AnyProcessor {
  return processor.use(rehypeParse, {fragment: true}).use(prepareRoot).use(rehypeRetext, ParseEnglish as never)
}

interface Root {
  position?: unknown
  children: unknown[]
}

/**
 * Two fixes to the tree before the bridge to nlcst. rehype gives an empty
 * document a root without a position, and the bridge throws on that: give it
 * the (empty) span of the input. And the bridge looks for paragraphs only in
 * elements, so text at the top of a fragment ("He committed suicide. <img>")
 * would never be checked: hold the fragment in a `body`, where loose text
 * and inline elements make paragraphs as they do in a page.
 */
function prepareRoot() {
  return (node: unknown, file: {value: unknown}): void => {
    const tree = node as Root
    if (!tree.position) {
      const text = String(file.value)
      const lines = text.split(/\r\n|\r|\n/)
      const end = {line: lines.length, column: lines[lines.length - 1]!.length + 1, offset: text.length}
      tree.position = {start: {line: 1, column: 1, offset: 0}, end}
    }
    // the page's title, meta description and alt text first: what a reader sees before the body
    const fields = visibleHtmlFields(tree as never, String(file.value))
    // the <title> element itself stays out: its text is in `fields`
    const body = tree.children.filter((node) => (node as {tagName?: string}).tagName !== 'title')
    tree.children = [{type: 'element', tagName: 'body', properties: {}, children: [...fields, ...body], position: tree.position}]
  }
}

registerParser('html', useHtmlParser, htmlView)
