// Which parser reads which input format. The text parser is always here; the
// Markdown, MDX and HTML parsers are registered by the modules beside this one,
// so a program that only checks plain text never loads them (the command line
// starts faster), while `import 'safepost'` registers them all.
import type {Processor} from 'unified'
import type {InputFormat} from '../types.js'
import {useTextParser} from './text.js'

// unified's processor types change with every plugin; parsers are wired by
// format at run time, so they are typed as a plain processor here.
export type AnyProcessor = Processor<any, any, any, any, any>
export type ParserSetup = (processor: AnyProcessor) => AnyProcessor

const parsers = new Map<InputFormat, ParserSetup>([['text', useTextParser]])

export function registerParser(format: InputFormat, setup: ParserSetup): void {
  parsers.set(format, setup)
}

export function useParser(processor: AnyProcessor, format: InputFormat): AnyProcessor {
  const setup = parsers.get(format)
  if (!setup) {
    throw new Error(`safepost: no parser for "${format}" is loaded; import "safepost" (or "safepost/${format}") to check ${format}`)
  }
  return setup(processor)
}

/** Load the parser of a format on demand (for programs that import the core only). */
export async function loadParser(format: InputFormat): Promise<void> {
  if (parsers.has(format)) return
  if (format === 'markdown') await import('./markdown.js')
  else if (format === 'mdx') await import('./mdx.js')
  else if (format === 'html') await import('./html.js')
}
