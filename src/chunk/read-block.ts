// Reads one chunk of a post with its format's parser, and never throws on
// text: MDX that does not parse is read as Markdown (a stray "<" or "{" is
// still prose someone will publish), and text that nests deeper than a
// parser's stack holds is read as plain text, with a message that says so.
import {VFile} from 'vfile'
import {toReportMessage} from '../report.js'
import type {InputFormat, ReportMessage} from '../types.js'
import {plainTextMessage} from './plain-text-message.js'

export interface ReadBlock {
  file: VFile
  /** The rules' messages, in the block's own coordinates. */
  messages: ReportMessage[]
}

export function readBlock(text: string, format: InputFormat, run: (file: VFile, format: InputFormat) => void): ReadBlock {
  const attempt = (readAs: InputFormat): VFile => {
    const file = new VFile(text)
    run(file, readAs)
    return file
  }
  let fellBack = false
  // a stack overflow is the parser's, on deep nesting: the words are still there to read
  const orPlainText = (readAs: InputFormat): VFile => {
    try {
      return attempt(readAs)
    } catch (error) {
      if (!(error instanceof RangeError) || readAs === 'text') throw error
      fellBack = true
      return attempt('text')
    }
  }
  let file: VFile
  try {
    file = orPlainText(format)
  } catch (error) {
    if (format !== 'mdx' || fellBack) throw error
    file = orPlainText('markdown')
  }
  const messages = file.messages.filter((m) => m.source === 'safepost').map(toReportMessage)
  if (fellBack) messages.push(plainTextMessage(text, format, 'nesting'))
  return {file, messages}
}
