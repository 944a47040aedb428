// safepost's library: check a post, fix what is safe to fix, or take the
// unified processor and the rule plugins to build your own pipeline.
// Never touches the file system or the network, so it runs in a browser.
import {VFile} from 'vfile'
import {fixText} from './fix.js'
import {processorFor} from './processor.js'
import {toReport} from './report.js'
import type {CheckOptions, FixResult, Report} from './types.js'

export type * from './types.js'
export {createProcessor} from './processor.js'
export {presets} from '../rules/presets.js'
export {rules} from '../rules/index.js'
export * from '../rules/index.js'
export {priorityOf} from './priority.js'

/** Check one post. Plain text unless `options.format` says otherwise. */
export async function check(text: string, options: CheckOptions = {}): Promise<Report> {
  const processor = processorFor(options)
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  return toReport(file)
}

/** `check`, synchronously. */
export function checkSync(text: string, options: CheckOptions = {}): Report {
  const processor = processorFor(options)
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return toReport(file)
}

/** Apply the safe rewrites (never two that overlap, repeated until nothing changes). */
export function fix(text: string, options: CheckOptions = {}): FixResult {
  return fixText(text, options, checkSync)
}
