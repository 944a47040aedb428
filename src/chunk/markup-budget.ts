// A budget of parser work per paragraph. micromark pairs emphasis, link,
// code-span and expression marks with work that grows with the square of
// their number in one paragraph ("*a " x 1,600 + "x" + " a*" x 1,600 takes
// seconds), and follows nested containers ("> > > …", "- - - …") down a
// recursion that outruns the stack after minutes of work. Cutting the post
// into chunks does not help within one paragraph, so a paragraph over budget
// is read as plain text: its words are still checked, its markup is not read.
// Fenced code is left to the parser, which reads it in linear time.

/** Marks micromark pairs up inside a paragraph (emphasis, strike, links); MDX adds expressions and tags. */
const MARK = /[*_[\]~]/g
const MDX_MARK = /[*_[\]~{}<]/g
/** Code spans: what is inside them is not paired up. */
const CODE_SPAN = /`[^`\n]*`/g
/** More marks than this in one paragraph, and it is read as plain text. */
export const MAX_MARKS = 400
/** Container markers (quotes, list items) opening one line. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/
/** More nested containers than this on one line, and its paragraph is read as plain text. */
export const MAX_DEPTH = 100
const FENCE = /^ {0,3}(`{3,}|~{3,})/

export interface Block {
  text: string
  /** Over budget: read it as plain text. */
  plain: boolean
}

/** A Markdown chunk as stretches to read as Markdown and paragraphs to read as plain text, in order; joined, the chunk. */
export function* budgetedBlocks(text: string, mdx = false): Generator<Block> {
  const mark = mdx ? MDX_MARK : MARK
  let from = 0 // start of the stretch not yet given
  let paragraph = 0 // start of the current paragraph
  let marks = 0
  let deep = false
  let fence: string | undefined
  const close = function* (end: number): Generator<Block> {
    if (marks > MAX_MARKS || deep) {
      if (paragraph > from) yield {text: text.slice(from, paragraph), plain: false}
      yield {text: text.slice(paragraph, end), plain: true}
      from = end
    }
    paragraph = end
    marks = 0
    deep = false
  }
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline + 1
    const line = text.slice(start, end)
    const opens = FENCE.exec(line)?.[1]
    if (fence) {
      if (opens && opens[0] === fence[0] && opens.length >= fence.length && line.trim() === opens) {
        fence = undefined
        paragraph = end
      }
    } else if (opens) {
      yield* close(start)
      fence = opens
    } else if (line.trim() === '') {
      yield* close(end)
    } else {
      marks += line.replace(CODE_SPAN, '').match(mark)?.length ?? 0
      if (CONTAINERS.exec(line)![0].replace(/[^>*+\-.)]/g, '').length > MAX_DEPTH) deep = true
    }
    start = end
  }
  if (!fence) yield* close(text.length)
  if (from < text.length || text === '') yield {text: text.slice(from), plain: false}
}
