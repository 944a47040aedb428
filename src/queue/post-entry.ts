// A queue entry as a post to check: `{id, text, format?, region?}`, each a
// string field. An entry that is not a post can never be checked, so it goes
// straight to the dead letters instead of being tried again.
import type {CheckOptions, InputFormat} from '../types.js'

const formats: readonly string[] = ['text', 'markdown', 'mdx', 'html']

export type PostEntry = {id: string, text: string, options: CheckOptions} | {id: string, error: string}

export function readPostEntry(fields: Record<string, string>, receipt: string, defaults: CheckOptions, maxBytes: number): PostEntry {
  // A producer that sends no id still gets reports it can match: by the entry's own id.
  const id = fields['id'] ?? receipt
  const text = fields['text']
  if (text === undefined) return {id, error: 'the entry has no "text" field'}
  if (Buffer.byteLength(text) > maxBytes) return {id, error: `the text is longer than ${maxBytes} bytes`}
  const format = fields['format'] ?? 'text'
  if (!formats.includes(format)) return {id, error: `"format" must be one of ${formats.join(', ')}`}
  const region = fields['region']?.trim().toUpperCase()
  return {id, text, options: {...defaults, format: format as InputFormat, ...(region ? {region} : {})}}
}
