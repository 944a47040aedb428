// The matching view of a text: what the tokenizer, and so every rule and the
// model, reads. Three tricks that hide a word from a filter are undone in it:
// - invisible characters (Unicode default-ignorable code points: zero-width
//   space and joiners, soft hyphen, word joiner, variation selectors, bidi
//   controls) are removed, except where they hold an emoji sequence together;
// - compatibility forms (full-width "ｄｉｅ", styled "𝐝𝐢𝐞", ligatures) are
//   folded by NFKC;
// - letters of another script that look like Latin ones (Cyrillic "а",
//   Greek "ο") become the Latin letter, after Unicode's confusables table
//   (UTS #39), but only inside words that are otherwise Latin, or in words
//   made only of look-alikes beside them: a word written in Greek or
//   Cyrillic stays as it is.
// Every character of the view maps back to the stretch of the original it
// came from, so messages and fixes keep pointing into the text as written.
import {latinLookalikes} from '../generated/confusables.js'

/** What folding undid: invisible characters, compatibility (styled, full-width) forms, look-alike letters. */
export type Disguise = 'invisible' | 'styled' | 'lookalike'

export interface FoldedText {
  /** The matching view of the range. */
  readonly text: string
  /** Offset in the original where the view's character `i` comes from (`i` = `text.length`: the range's end). */
  originalStart(i: number): number
  /** Offset in the original where the view's stretch ending before `i` ends (`i` = 0: the range's start). */
  originalEnd(i: number): number
  /** What folding undid to make the view's [from, to), in the order of `Disguise`. */
  disguisesIn(from: number, to: number): Disguise[]
}

const STYLED = 1
const LOOKALIKE = 2

const NON_ASCII = /[^\x00-\x7f]/
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u
const MARK = /\p{M}/u
const PICTOGRAPH = /\p{Extended_Pictographic}/u
const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u
const KEYCAP_BASE = /[0-9#*]/
const KEYCAP = 0x20e3
const BLACK_FLAG = 0x1f3f4
const isTag = (cp: number | undefined) => cp !== undefined && cp >= 0xe0020 && cp <= 0xe007f
const WORD = /[\p{L}\p{M}\p{N}]+/gu
const ASCII_LETTER = /[A-Za-z]/
const LETTER = /\p{L}/u
const LATIN_WORD = /^[\p{Script=Latin}\p{M}\p{N}]+$/u
const LATIN = /\p{Script=Latin}/u
// Emoji sequences hold joiners, presentation selectors and tags that stay in
// the view: a text whose only invisible characters are in them needs no folding.
const EMOJI_SEQUENCE = /\u{1F3F4}[\u{E0020}-\u{E007F}]+|[0-9#*]\uFE0F\u20E3|\p{Extended_Pictographic}(?:[\uFE0E\uFE0F]|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*/gu
/** Up to the next character that is not ASCII, or that may carry a mark. */
const ASCII_RUN = /[\x00-\x7f]*/y

/**
 * The matching view of `text.slice(from, to)`, or null when it is the text
 * itself (most text: plain ASCII, or nothing to fold).
 */
export function foldText(text: string, from = 0, to = text.length): FoldedText | null {
  const slice = text.slice(from, to)
  if (!NON_ASCII.test(slice)) return null
  // look-alikes fold only where there are Latin letters to read them with
  const lookalikes = LATIN.test(slice) && hasLookalike(slice)
  if (!lookalikes && !IGNORABLE.test(slice.replace(EMOJI_SEQUENCE, '')) && slice.normalize('NFKC') === slice) return null
  const view = new View()
  const removed: number[] = []
  let i = from
  while (i < to) {
    ASCII_RUN.lastIndex = i
    // the run's last character may carry a mark that follows it: it folds with it below
    const run = Math.min(to, i + ASCII_RUN.exec(text)![0].length) - 1
    if (run > i) {
      view.pushAsWritten(text, i, run)
      i = run
    }
    const cp = text.codePointAt(i)!
    const size = cp > 0xffff ? 2 : 1
    if (IGNORABLE.test(String.fromCodePoint(cp)) && !holdsEmoji(text, i, cp, from, to)) {
      removed.push(i)
      i += size
      continue
    }
    // a letter and the marks on it fold together ("e" + U+0301 -> "é")
    let j = i + size
    while (j < to) {
      const mark = String.fromCodePoint(text.codePointAt(j)!)
      if (!MARK.test(mark) || IGNORABLE.test(mark)) break
      j += mark.length
    }
    const chunk = text.slice(i, j)
    if (cp < 0x80 && j === i + 1) {
      view.push(chunk, i, j, 0)
    } else {
      const folded = chunk.normalize('NFKC')
      view.push(folded, i, j, folded === chunk.normalize('NFC') ? 0 : STYLED)
    }
    i = j
  }
  const folded = lookalikes ? unmaskLookalikes(view) : view
  if (folded.text === slice) return null
  return folded.seal(removed, from, to)
}

/** Whether a default-ignorable character at `at` is part of an emoji sequence (a joiner, a presentation selector, a flag's tag). */
function holdsEmoji(text: string, at: number, cp: number, from: number, to: number): boolean {
  const before = at > from ? codePointBefore(text, at) : undefined
  const after = at + (cp > 0xffff ? 2 : 1)
  const next = after < to ? text.codePointAt(after) : undefined
  const prev = before === undefined ? '' : String.fromCodePoint(before)
  if (cp === 0x200d) return EMOJI_PART.test(prev) && next !== undefined && PICTOGRAPH.test(String.fromCodePoint(next))
  if (cp === 0xfe0f || cp === 0xfe0e) return PICTOGRAPH.test(prev) || (KEYCAP_BASE.test(prev) && next === KEYCAP)
  if (isTag(cp)) return before === BLACK_FLAG || isTag(before)
  return false
}

function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1)
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2)!
  }
  return low
}

function hasLookalike(slice: string): boolean {
  for (const ch of slice) if (ch.charCodeAt(0) >= 0x80 && latinLookalikes.has(ch)) return true
  return false
}

/**
 * Look-alike letters become Latin in a word that has a Latin letter ("wаnt"
 * with a Cyrillic "а"), in a word of Latin-script look-alikes ("ɑ", "ı"), and
 * in a word made only of look-alikes that stands next to a word read as Latin
 * ("І want" with a Cyrillic "І"). Any other word of another script is left
 * as written.
 */
function unmaskLookalikes(view: View): View {
  const words: Array<{start: number; end: number; lookalikes: boolean; onlyLookalikes: boolean; latin: boolean}> = []
  WORD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = WORD.exec(view.text))) {
    let onlyLookalikes = true
    let lookalikes = false
    for (const ch of m[0]) {
      if (ch.charCodeAt(0) < 0x80 || !LETTER.test(ch)) continue
      if (latinLookalikes.has(ch)) lookalikes = true
      else onlyLookalikes = false
    }
    const latin = ASCII_LETTER.test(m[0]) || (lookalikes && onlyLookalikes && LATIN_WORD.test(m[0]))
    words.push({start: m.index, end: m.index + m[0].length, lookalikes, onlyLookalikes: lookalikes && onlyLookalikes, latin})
  }
  if (!words.some((w) => w.lookalikes)) return view
  // a run of look-alike words is read as Latin from the Latin word it touches
  for (let changed = true; changed; ) {
    changed = false
    words.forEach((word, n) => {
      if (word.latin || !word.onlyLookalikes || !(words[n - 1]?.latin || words[n + 1]?.latin)) return
      word.latin = changed = true
    })
  }
  const fold = words.filter((word) => word.lookalikes && word.latin)
  if (!fold.length) return view
  const out = new View()
  let at = 0
  for (const word of fold) {
    out.copy(view, at, word.start)
    let i = word.start
    while (i < word.end) {
      const ch = String.fromCodePoint(view.text.codePointAt(i)!)
      const latin = ch.charCodeAt(0) >= 0x80 ? latinLookalikes.get(ch) : undefined
      if (latin === undefined) out.copy(view, i, i + ch.length)
      else out.push(latin, view.starts[i]!, view.ends[i + ch.length - 1]!, view.kinds[i]! | LOOKALIKE)
      i += ch.length
    }
    at = word.end
  }
  out.copy(view, at, view.text.length)
  return out
}

/** The view being built: its text and, for each UTF-16 unit, where in the original it comes from and how it was folded. */
class View {
  text = ''
  readonly starts: number[] = []
  readonly ends: number[] = []
  readonly kinds: number[] = []

  push(piece: string, start: number, end: number, kind: number): void {
    this.text += piece
    for (let k = 0; k < piece.length; k++) {
      this.starts.push(start)
      this.ends.push(end)
      this.kinds.push(kind)
    }
  }

  /** `text.slice(start, end)`, each character standing for itself. */
  pushAsWritten(text: string, start: number, end: number): void {
    this.text += text.slice(start, end)
    for (let k = start; k < end; k++) {
      this.starts.push(k)
      this.ends.push(k + 1)
      this.kinds.push(0)
    }
  }

  copy(from: View, start: number, end: number): void {
    this.text += from.text.slice(start, end)
    for (let k = start; k < end; k++) {
      this.starts.push(from.starts[k]!)
      this.ends.push(from.ends[k]!)
      this.kinds.push(from.kinds[k]!)
    }
  }

  seal(removed: number[], from: number, to: number): FoldedText {
    const {text, starts, ends, kinds} = this
    const originalStart = (i: number) => (i < starts.length ? starts[i]! : to)
    const originalEnd = (i: number) => (i > 0 ? ends[i - 1]! : from)
    return {
      text,
      originalStart,
      originalEnd,
      disguisesIn(start, end) {
        let kind = 0
        for (let k = start; k < end; k++) kind |= kinds[k]!
        const a = originalStart(start)
        const b = originalEnd(end)
        const found: Disguise[] = []
        if (removed.some((r) => r > a && r < b)) found.push('invisible')
        if (kind & STYLED) found.push('styled')
        if (kind & LOOKALIKE) found.push('lookalike')
        return found
      }
    }
  }
}
