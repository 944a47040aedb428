// Which parser reads which input format. The text parser is always here; the
// Markdown, MDX and HTML parsers are registered by the modules beside this one,
// so a program that only checks plain text never loads them (the command line
// starts faster), while `import 'safepost'` registers them all.
import type {Processor} from 'unified'
import type {InputFormat} from '../types.js'
import type {ReaderView} from './reader-view.js'
import {useTextParser} from './text.js'

// unified's processor types change with every plugin; parsers are wired by
// format at run time, so they are typed as a plain processor here.
export type AnyProcessor = Processor<any, any, any, any, any>
export type ParserSetup = (processor: AnyProcessor) => AnyProcessor

const parsers = new Map<InputFormat, ParserSetup>([['text', useTextParser]])

/** What a reader sees of a marked-up document (reader-view.ts): what a moderator's check reads. */
export type ReaderViewOf = (text: string) => ReaderView
const readerViews = new Map<InputFormat, ReaderViewOf>()

export function registerParser(format: InputFormat, setup: ParserSetup, readerView?: ReaderViewOf): void {
  parsers.set(format, setup)
  if (readerView) readerViews.set(format, readerView)
}

/** The reader's view of a format with markup; undefined for plain text. */
export function readerViewFor(format: InputFormat | undefined): ReaderViewOf | undefined {
  return format ? readerViews.get(format) : undefined
}

export function useParser(processor: AnyProcessor, format: InputFormat): AnyProcessor {
  const setup = parsers.get(format)
  if (!setup) {
    throw new Error(`safepost: no parser for "${format}" is loaded; import "safepost" (or "safepost/${format}") to check ${format}`)
  }
  return setup(processor).data('safepostFormat', format)
}

/** Load the parser of a format on demand (for programs that import the core only). */
export async function loadParser(format: InputFormat): Promise<void> {
  if (parsers.has(format)) return
  if (format === 'markdown') await import('./markdown.js')
  else if (format === 'mdx') await import('./mdx.js')
  else if (format === 'html') await import('./html.js')
}
