// Under `moderator`, the reader's view of a Markdown or MDX file (what the
// moderator's check reads: reader-view.ts) is made from the tree as parsed,
// before the transforms after this one (table cells and front matter fields
// turned into paragraphs) change it, so the view costs no second parse.
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {markdownView} from './markdown-view.js'
import type {ReaderView} from './reader-view.js'
import type {AnyProcessor} from './registry.js'

declare module 'vfile' {
  interface DataMap {
    safepostReaderView: ReaderView
  }
}

export function remarkKeepReaderView(this: AnyProcessor) {
  const processor = this
  return (tree: Root, file: VFile): void => {
    if (processor.data('safepostAudience') === 'moderator') file.data.safepostReaderView = markdownView(String(file.value), tree)
  }
}
