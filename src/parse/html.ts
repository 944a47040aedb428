// HTML: scripts, styles and code are not prose (hast-util-to-nlcst).
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import {registerParser, type AnyProcessor} from './registry.js'

export function useHtmlParser(processor: AnyProcessor): AnyProcessor {
  return processor.use(rehypeParse, {fragment: true}).use(rehypeRetext, ParseEnglish as never)
}

registerParser('html', useHtmlParser)
