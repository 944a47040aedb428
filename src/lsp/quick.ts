// The quick pass: after an edit, check only the paragraph(s) the edit touched
// and merge the result with the previous full check of the document, shifted
// past the edit. A 2,000-word post then gets its diagnostics in the time a
// paragraph takes, and the full check follows straight after and replaces them
// (it alone sees what spans paragraphs: post-wide topics, the sentence either
// side of a paragraph, whole-post rules). Where a paragraph cannot be read on
// its own (HTML, code fences, front matter, indented code) there is no quick pass.
import {wholePostRules} from '../../rules/index.js'
import type {InputFormat, ReportMessage} from '../types.js'
import {changedSpan} from './text-diff.js'

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/gm

export interface Region {
  /** [start, end) in the new text: whole paragraphs around the edit. */
  start: number
  end: number
  /** Where the region ends in the old text. */
  oldEnd: number
  delta: number
}

/** The paragraphs of `now` that differ from `before`, or `undefined` when a quick pass would not be sound or would not be quicker. */
export function changedRegion(before: string, now: string, format: InputFormat): Region | undefined {
  if (format === 'html') return undefined
  if (before === now) return undefined
  const {start: a, endBefore, endAfter: endNow} = changedSpan(before, now)
  const start = blockStart(now, a)
  const end = blockEnd(now, endNow)
  const delta = now.length - before.length
  // more than a third of the post: the full check is as quick
  if (end - start > now.length / 3) return undefined
  if (format !== 'text') {
    const edited = before.slice(a, endBefore) + now.slice(a, endNow)
    if (/`{3}|~{3}|^-{3}|\{|\}|<!--|-->/m.test(edited)) return undefined
    if (/^(---|\+\+\+)\s*$/m.test(now.slice(0, start))) return undefined // front matter above: keep it simple
    if (count(now.slice(0, start), FENCE) % 2 === 1 || count(now.slice(start, end), FENCE) > 0) return undefined
    if (/^( {4}|\t)/.test(now.slice(start, end))) return undefined
  }
  return {start, end, oldEnd: end - delta, delta}
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0
  return text.match(pattern)?.length ?? 0
}

/** The start of the paragraph (run of non-blank lines) holding `at`. */
function blockStart(text: string, at: number): number {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1
  while (lineStart > 0) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1
    if (text.slice(prevStart, lineStart - 1).trim() === '') break
    lineStart = prevStart
  }
  return lineStart
}

/** The end of the paragraph holding `at` (before its final newline). */
function blockEnd(text: string, at: number): number {
  let lineEnd = text.indexOf('\n', at)
  if (lineEnd === -1) return text.length
  for (;;) {
    const nextEnd = text.indexOf('\n', lineEnd + 1)
    const next = text.slice(lineEnd + 1, nextEnd === -1 ? text.length : nextEnd)
    if (next.trim() === '') return lineEnd
    if (nextEnd === -1) return text.length
    lineEnd = nextEnd
  }
}

function shifted(m: ReportMessage, by: (offset: number) => number): ReportMessage {
  const out = {...m, offset: by(m.offset), endOffset: by(m.endOffset)}
  if (m.fix) out.fix = {range: [by(m.fix.range[0]), by(m.fix.range[1])], text: m.fix.text}
  return out
}

/**
 * The previous messages outside the region (moved past the edit) plus the
 * region's own messages (moved to where the region is). Line and column are
 * not recomputed: the server works in offsets.
 */
export function mergeRegion(previous: ReportMessage[], region: Region, inRegion: ReportMessage[]): ReportMessage[] {
  const {start, oldEnd, delta} = region
  const kept: ReportMessage[] = []
  const by = (x: number) => (x >= oldEnd ? x + delta : x)
  const inside = (x: number) => x > start && x < oldEnd
  for (const m of previous) {
    // messages in the old paragraphs are replaced by the new paragraphs' own
    if (m.offset < oldEnd && m.endOffset > start) continue
    if (m.fix && (inside(m.fix.range[0]) || inside(m.fix.range[1]))) continue
    kept.push(shifted(m, by))
  }
  // whole-post rules are never taken from a paragraph alone
  for (const m of inRegion) if (!wholePostRules.has(m.ruleId)) kept.push(shifted(m, (x) => x + start))
  return kept
}
