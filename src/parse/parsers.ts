// How each input format becomes an nlcst tree. Code, URLs, front matter,
// JSX, scripts and styles become syntax, not prose; every position points
// into the original input.
import type {Processor} from 'unified'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import remarkRetext from 'remark-retext'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import type {InputFormat} from '../types.js'

// unified's processor types change with every plugin; the parsers are wired
// dynamically by format, so they are typed as a plain processor here.
type AnyProcessor = Processor<any, any, any, any, any>

export function useParser(processor: AnyProcessor, format: InputFormat): AnyProcessor {
  switch (format) {
    case 'markdown':
      return processor.use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkRetext, ParseEnglish as never)
    case 'mdx':
      return processor.use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkRetext, ParseEnglish as never)
    case 'html':
      return processor.use(rehypeParse, {fragment: true}).use(rehypeRetext, ParseEnglish as never)
    case 'text':
      return processor.use(retextEnglish)
  }
}
