// MDX: Markdown plus JSX and expressions, which are code, not prose.
import {ParseEnglish} from 'parse-english'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import remarkGfmProse from './gfm-prose.js'
import remarkFrontmatter from 'remark-frontmatter'
import {remarkFrontMatterFields} from './visible-fields.js'
import remarkRetext from 'remark-retext'
import remarkTableCellsAsParagraphs from './table-cells.js'
import {unified} from 'unified'
import {markdownView} from './markdown-view.js'
import {remarkKeepReaderView} from './keep-reader-view.js'
import {registerParser, type AnyProcessor} from './registry.js'

export function useMdxParser(processor: AnyProcessor): AnyProcessor {
  return processor.use(remarkParse).use(remarkMdx).use(remarkGfmProse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkKeepReaderView).use(remarkFrontMatterFields).use(remarkTableCellsAsParagraphs).use(remarkRetext, ParseEnglish as never)
}

const viewParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfmProse).use(remarkFrontmatter, ['yaml', 'toml'])

registerParser('mdx', useMdxParser, (text) => markdownView(text, viewParser.parse(text)))
