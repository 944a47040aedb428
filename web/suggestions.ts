// The one-click rewrites a message offers: its safe fix first (which keeps
// the writer's inflection: "commits" -> "dies by"), then each suggested
// phrasing in place of the flagged words, capitalised as the writer wrote them.
import type {ReportMessage} from './protocol.js'

export interface Replacement {
  start: number
  end: number
  text: string
}

function likeWritten(suggestion: string, written: string): string {
  const first = written.charAt(0)
  return first && first !== first.toLowerCase() ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1) : suggestion
}

export function replacementsFor(message: ReportMessage): Replacement[] {
  const out: Replacement[] = []
  if (message.fix) out.push({start: message.fix.range[0], end: message.fix.range[1], text: message.fix.text})
  if (message.endOffset <= message.offset) return out
  for (const phrase of message.expected) {
    const text = likeWritten(phrase, message.actual)
    if (!out.some((r) => r.text.toLowerCase() === text.toLowerCase())) out.push({start: message.offset, end: message.endOffset, text})
  }
  return out
}

/** The text with one replacement made. */
export function applyReplacement(text: string, r: Replacement): string {
  return text.slice(0, r.start) + r.text + text.slice(r.end)
}

/** The guidance of a message's note, and its sources ("Source: name <url>; name <url>"). */
export function splitNote(note: string | undefined): {reason: string; sources: {name: string; url: string}[]} {
  if (!note) return {reason: '', sources: []}
  const at = note.lastIndexOf('Source: ')
  if (at < 0) return {reason: note, sources: []}
  const sources = [...note.slice(at + 8).matchAll(/(?:^|>)\s*;?\s*([^<>]+?)\s*<(https?:[^>]+)(?=>)/g)].map((m) => ({name: m[1]!, url: m[2]!}))
  return {reason: note.slice(0, at).trim(), sources}
}
