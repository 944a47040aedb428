// The library without the Markdown, MDX and HTML parsers: check, fix and the
// processor for plain text, with the other formats loaded on demand by
// `loadParser`. `safepost` (src/index.ts) is this plus every parser.
import {ChunkedCheck} from './chunk/check-chunks.js'
import {cutText, defaultChunkSize, ParagraphCutter} from './chunk/paragraph-cutter.js'
import {fixText, fixTextAsync} from './fix.js'
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
  return checkChunks([text], options)
}

/** `check`, synchronously (the format's parser must be loaded: `import 'safepost'` loads them all). */
export function checkSync(text: string, options: CheckOptions = {}): Report {
  const run = new ChunkedCheck(options)
  for (const chunk of cutText(text, isMarkdown(options.format))) run.add(chunk)
  return run.finish()
}

/**
 * Check one post given in pieces, as it is read (a file, a stream): the same
 * report as `check` on the pieces joined. Each piece after the first must
 * start at the start of a line; the post is checked at paragraph boundaries
 * in chunks of bounded size whatever the pieces, so memory stays flat.
 */
export async function checkChunks(pieces: Iterable<string> | AsyncIterable<string>, options: CheckOptions = {}): Promise<Report> {
  const format = options.format ?? 'text'
  await loadParser(format)
  if (format === 'mdx') await loadParser('markdown') // the fallback of `readBlock`
  const run = new ChunkedCheck(options)
  const cutter = new ParagraphCutter(isMarkdown(format))
  let chunks = 0
  for await (const piece of pieces) {
    cutter.push(piece)
    for (let chunk = cutter.take(defaultChunkSize); chunk !== undefined; chunk = cutter.take(defaultChunkSize), chunks++) run.add(chunk)
  }
  const rest = cutter.rest()
  if (rest !== '' || chunks === 0) run.add(rest)
  return run.finish()
}

const isMarkdown = (format: CheckOptions['format']) => format === 'markdown' || format === 'mdx'

/** Apply the safe rewrites (never two that overlap, repeated until nothing changes). */
export function fix(text: string, options: CheckOptions = {}): FixResult {
  return fixText(text, options, checkSync)
}

/**
 * `fix`, each pass checked as `checkChunks` checks: `pieces` cuts the pass's
 * text (a caller that yields between pieces can stop a fix of a huge file by
 * throwing from it). The same result as `fix`.
 */
export async function fixChunks(text: string, options: CheckOptions = {}, pieces: (text: string) => Iterable<string> | AsyncIterable<string> = (text) => [text]): Promise<FixResult> {
  return fixTextAsync(text, options, (current, options) => checkChunks(pieces(current), options))
}
