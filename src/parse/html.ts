// HTML: scripts, styles and code are not prose (hast-util-to-nlcst).
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import {registerParser, type AnyProcessor} from './registry.js'

export function useHtmlParser(processor: AnyProcessor): AnyProcessor {
  return processor.use(rehypeParse, {fragment: true}).use(positionEmptyRoot).use(rehypeRetext, ParseEnglish as never)
}

// rehype gives an empty document a root without a position, and the bridge to
// nlcst throws on that: give it the (empty) span of the input.
function positionEmptyRoot() {
  return (tree: {position?: unknown}, file: {value: unknown}): void => {
    if (tree.position) return
    const text = String(file.value)
    const lines = text.split(/\r\n|\r|\n/)
    const end = {line: lines.length, column: lines[lines.length - 1]!.length + 1, offset: text.length}
    tree.position = {start: {line: 1, column: 1, offset: 0}, end}
  }
}

registerParser('html', useHtmlParser)
