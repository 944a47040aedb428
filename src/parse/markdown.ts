// Markdown (CommonMark + GFM + front matter) bridged into nlcst: code, URLs
// and front matter become syntax, not prose; positions point into the file.
import {ParseEnglish} from 'parse-english'
import remarkParse from 'remark-parse'
import remarkGfmProse from './gfm-prose.js'
import remarkFrontmatter from 'remark-frontmatter'
import {remarkFrontMatterFields} from './visible-fields.js'
import remarkRetext from 'remark-retext'
import remarkTableCellsAsParagraphs from './table-cells.js'
import {unified} from 'unified'
import {markdownView} from './markdown-view.js'
import {remarkKeepReaderView} from './keep-reader-view.js'
import {registerParser, type AnyProcessor} from './registry.js'

export function useMarkdownParser(processor: AnyProcessor): AnyProcessor {
  return processor.use(remarkParse).use(remarkGfmProse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkKeepReaderView).use(remarkFrontMatterFields).use(remarkTableCellsAsParagraphs).use(remarkRetext, ParseEnglish as never)
}

const viewParser = unified().use(remarkParse).use(remarkGfmProse).use(remarkFrontmatter, ['yaml', 'toml'])

registerParser('markdown', useMarkdownParser, (text) => markdownView(text, viewParser.parse(text)))
