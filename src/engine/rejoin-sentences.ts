// The parser splits sentences by the characters it sees, disguises included:
// "k\u200B. y. s" (a zero-width space) or "k. y. ꓢ" (a Lisu letter) is two
// sentences to it where "k. y. s" is one, and a phrase split across two
// sentences is never matched. A paragraph whose matching view
// (src/engine/fold.ts) differs from it is split again as the view, and two
// of its sentences are joined where the view has no sentence break between
// them.
import {ParseEnglish} from 'parse-english'
import {foldText} from './fold.js'

export interface NlcstNode {
  type: string
  value?: string
  children?: NlcstNode[]
  position?: {start: {offset?: number}; end: {offset?: number}}
}

const QUIET = new Set(['WhiteSpaceNode'])

/** The paragraph's children, with sentences the parser split only at a disguise joined again. */
export function rejoinSentences(paragraph: NlcstNode, text: string): NlcstNode[] {
  const children = paragraph.children ?? []
  const from = paragraph.position?.start.offset
  const to = paragraph.position?.end.offset
  if (from === undefined || to === undefined || children.length < 2) return children
  const view = foldText(text, from, to)
  if (!view) return children
  const breaks = sentenceStarts(view.text).map((at) => view.originalStart(at))
  const out: NlcstNode[] = []
  let open: NlcstNode | undefined
  let between: NlcstNode[] = []
  for (const child of children) {
    if (child.type !== 'SentenceNode') {
      if (open) between.push(child)
      else out.push(child)
      continue
    }
    if (open && !breaks.some((at) => at >= lastWordEnd(open!) && at <= firstWordStart(child))) {
      open = {type: 'SentenceNode', children: [...open.children!, ...between, ...child.children!], position: {start: open.position!.start, end: child.position!.end}}
      out.splice(out.length - 1, 1, open)
      between = []
      continue
    }
    out.push(...between, child)
    between = []
    open = child.position ? child : undefined
  }
  out.push(...between)
  return out
}

/** Offsets in `value` where the parser starts a sentence (at its first word, not its leading space). */
function sentenceStarts(value: string): number[] {
  const starts: number[] = []
  let at = 0
  for (const paragraph of new ParseEnglish().parse(value).children as NlcstNode[]) {
    for (const child of paragraph.children ?? []) {
      const offset = child.position?.start.offset ?? at
      if (child.type === 'SentenceNode') starts.push(firstWordStart(child, offset))
      at = child.position?.end.offset ?? at
    }
  }
  return starts
}

function firstWordStart(sentence: NlcstNode, fallback = sentence.position?.start.offset ?? 0): number {
  for (const child of sentence.children ?? []) {
    if (QUIET.has(child.type) || (child.value !== undefined && isInvisible(child.value))) continue
    return child.position?.start.offset ?? fallback
  }
  return fallback
}

function lastWordEnd(sentence: NlcstNode): number {
  const children = sentence.children ?? []
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!
    if (QUIET.has(child.type) || (child.value !== undefined && isInvisible(child.value))) continue
    return child.position?.end.offset ?? 0
  }
  return sentence.position?.end.offset ?? 0
}

const isInvisible = (value: string) => /^\p{Default_Ignorable_Code_Point}+$/u.test(value)
