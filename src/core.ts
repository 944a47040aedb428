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

/** Check one post. Plain text unless `options.format` says otherwise. */
export async function check(text: string, options: CheckOptions = {}): Promise<Report> {
  await loadParser(options.format ?? 'text')
  const processor = processorFor(options)
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  return toReport(file, options)
}

/** `check`, synchronously (the format's parser must be loaded: `import 'safepost'` loads them all). */
export function checkSync(text: string, options: CheckOptions = {}): Report {
  const processor = processorFor(options)
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return toReport(file, options)
}

/** Apply the safe rewrites (never two that overlap, repeated until nothing changes). */
export function fix(text: string, options: CheckOptions = {}): FixResult {
  return fixText(text, options, checkSync)
}
