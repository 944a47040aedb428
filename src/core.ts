// The library without the Markdown, MDX and HTML parsers: check, fix and the
// processor for plain text, with the other formats loaded on demand by
// `loadParser`. `safepost` (src/index.ts) is this plus every parser.
import {VFile} from 'vfile'
import {fixText} from './fix.js'
import {processorFor} from './processor.js'
import {toReport} from './report.js'
import type {CheckOptions, FixResult, Report} from './types.js'
import {loadParser} from './parse/registry.js'

export type * from './types.js'
export {createProcessor} from './processor.js'
export {presets} from '../rules/presets.js'
export {rules} from '../rules/index.js'
export * from '../rules/index.js'
export {priorityOf} from './priority.js'
export {loadParser, registerParser} from './parse/registry.js'
export {OptionsError} from './check-options.js'

/** Check one post. Plain text unless `options.format` says otherwise. */
export async function check(text: string, options: CheckOptions = {}): Promise<Report> {
  await loadParser(options.format ?? 'text')
  if (options.format === 'mdx') await loadParser('markdown') // the fallback of `runChecks`
  return toReport(runChecks(text, options), options)
}

/** `check`, synchronously (the format's parser must be loaded: `import 'safepost'` loads them all). */
export function checkSync(text: string, options: CheckOptions = {}): Report {
  return toReport(runChecks(text, options), options)
}

function runChecks(text: string, options: CheckOptions): VFile {
  const run = (settings: CheckOptions): VFile => {
    const processor = processorFor(settings)
    const file = new VFile(text)
    processor.runSync(processor.parse(file), file)
    return file
  }
  try {
    return run(options)
  } catch (error) {
    // MDX that does not parse (a stray "<" or "{", an unclosed tag) is still
    // prose someone will publish: check it as Markdown rather than lose its words.
    if (options.format !== 'mdx') throw error
    return run({...options, format: 'markdown'})
  }
}

/** Apply the safe rewrites (never two that overlap, repeated until nothing changes). */
export function fix(text: string, options: CheckOptions = {}): FixResult {
  return fixText(text, options, checkSync)
}
