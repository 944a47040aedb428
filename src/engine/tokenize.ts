// Turns the prose ranges of one sentence into the tokens patterns walk.
// nlcst gives us sentences and which ranges are prose or code; within a
// range we tokenize ourselves so URLs, e-mail addresses, @handles, #hashtags,
// numbers glued to units, emoji and masked spellings come out as one token
// each.
import {foldText, type Disguise} from './fold.js'
import {lookupKeys, normalizeWord, unmask} from './normalize.js'

export type TokenKind = 'word' | 'num' | 'punct' | 'quote' | 'emoji' | 'tag' | 'mention' | 'url' | 'code' | 'symbol'

export interface Token {
  kind: TokenKind
  /** The text in the matching view (src/engine/fold.ts); as written, it is the input's [start, end). */
  text: string
  /** Folded form: words lower-cased without apostrophes, tags without `#`, punctuation as one mark. */
  norm: string
  /** Keys the pattern index is consulted with. */
  keys: string[]
  /** Where the token stands in the input as written. */
  start: number
  end: number
  /** What the matching view undid to read this token (invisible characters, full-width or look-alike letters). */
  disguised?: Disguise[]
  /** Value of a number token. */
  value?: number
  /** Quoted text, code, URLs and handles: never matched by a rule. */
  literal: boolean
  /** Joined to the previous token by a hyphen ("self-harm"). */
  joined?: boolean
  /** A possessive ("victim's"): it is looked up as "victims" and "victim", and never rewritten. */
  possessive?: boolean
  /** For quote marks: which way it can face. */
  quote?: {family: 'double' | 'single' | 'backtick'; canOpen: boolean; canClose: boolean}
}

// One alternative per kind of token, each a numbered group (numbered, not
// named: a named group builds an object on every match, and this runs on
// every word of every post).
const TOKEN_PARTS = {
  url: String.raw`(?:https?:\/\/|www\.)[^\s<>"“”‘’()\[\]]+`,
  // a local part is at most 64 characters (RFC 5321); unbounded, every
  // position of a long run such as "s.s.s.s…" would scan to its end: quadratic
  email: String.raw`[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
  mention: String.raw`@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?`,
  tag: String.raw`#[\p{L}\p{N}_]+`,
  num: String.raw`\d+(?:[.,]\d+)*`,
  word: String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}]+)*`,
  emoji: String.raw`(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u20E3|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200D\p{Extended_Pictographic})*`,
  dash: String.raw`[-‐‑–—]`,
  quote: String.raw`["“”„«»'‘’]|\x60+`,
  punct: String.raw`[.,;:!?…]+`,
  symbol: String.raw`\S`
}
const TOKEN = new RegExp(Object.values(TOKEN_PARTS).map((part) => `(${part})`).join('|'), 'gu')
const groupOf = Object.fromEntries(Object.keys(TOKEN_PARTS).map((kind, n) => [kind, n + 1])) as Record<keyof typeof TOKEN_PARTS, number>
const {url: URL, email: EMAIL, mention: MENTION, tag: TAG, num: NUM, word: WORD, emoji: EMOJI, dash: DASH, quote: QUOTE, punct: PUNCT} = groupOf

/**
 * A run that may be a masked spelling: letters with masking characters
 * ("s3lf-h@rm", "$uicide"), or single letters set apart by spaces or dots
 * ("s u i c i d e", "k.y.s").
 */
const MASKED_RUN = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}$@!|€*.-]{4,}|(?:\p{L}[ .]){2,}\p{L}\.?)(?![\p{L}\p{N}])/gu
/** What every masked run holds one of: a masking character, or three letters set apart by spaces or dots. */
const MASK_CHAR = /[0-9$@!|€*]/
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}[ .]\p{L}[ .]\p{L}/u
const WORDISH = /[\p{L}\p{N}]/u
const OPENERS = /[\s([{\-–—/"“'‘]/u
const TRAILING_URL_PUNCT = /[.,;:!?]+$/

export interface MaskMatcher {
  /** The plain word a masked run stands for, or null. */
  (run: string): string | null
}

/** Build the masked-spelling matcher from the words masking is looked for in ("suicide", "self-harm"...). */
export function createMaskMatcher(targets: string[]): MaskMatcher {
  const plain = targets.map((t) => normalizeWord(t).replace(/[\s-]+/g, ''))
  return (run) => {
    const letters = unmask(run)
    if (!letters) return null
    if (!letters.includes('*')) return plain.includes(letters) ? letters : null
    const re = new RegExp('^' + letters.replace(/[^\p{L}*]/gu, '').replace(/\*+/g, '\\p{L}{0,3}') + '$', 'u')
    return plain.find((t) => re.test(t)) ?? null
  }
}

/**
 * Tokenize the matching view of `text.slice(start, end)`, appending to `out`:
 * each token's text is read in the view, its offsets point into `text`.
 */
export function tokenizeRange(text: string, start: number, end: number, out: Token[], unmaskRun: MaskMatcher): void {
  const view = foldText(text, start, end)
  if (!view) return tokenizeText(text, start, end, out, unmaskRun)
  const first = out.length
  tokenizeText(view.text, 0, view.text.length, out, unmaskRun)
  for (let i = first; i < out.length; i++) {
    const token = out[i]!
    const disguised = view.disguisesIn(token.start, token.end)
    if (disguised.length) token.disguised = disguised
    token.start = view.originalStart(token.start)
    token.end = view.originalEnd(token.end)
  }
}

function tokenizeText(text: string, start: number, end: number, out: Token[], unmaskRun: MaskMatcher): void {
  const slice = text.slice(start, end)
  const masked = findMasked(slice, unmaskRun)
  let maskIndex = 0
  let joinNext = false
  TOKEN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = TOKEN.exec(slice))) {
    let from = m.index
    // a masked spelling is one word token covering its whole run
    while (maskIndex < masked.length && masked[maskIndex]!.end <= from) maskIndex++
    const mask = masked[maskIndex]
    if (mask && mask.start <= from) {
      out.push(word(slice.slice(mask.start, mask.end), mask.word, start + mask.start, start + mask.end, true))
      TOKEN.lastIndex = mask.end
      maskIndex++
      joinNext = false
      continue
    }
    const value = m[0]
    const abs = start + from
    const before = from > 0 ? slice[from - 1]! : ' '
    if (m[URL] !== undefined) {
      const trimmed = value.replace(TRAILING_URL_PUNCT, '')
      TOKEN.lastIndex = from + trimmed.length
      out.push({kind: 'url', text: trimmed, norm: trimmed, keys: [], start: abs, end: abs + trimmed.length, literal: true})
    } else if (m[EMAIL] !== undefined) {
      out.push({kind: 'url', text: value, norm: value.toLowerCase(), keys: [], start: abs, end: abs + value.length, literal: true})
    } else if (m[MENTION] !== undefined && !WORDISH.test(before)) {
      out.push({kind: 'mention', text: value, norm: value.toLowerCase(), keys: [], start: abs, end: abs + value.length, literal: true})
    } else if (m[TAG] !== undefined && !WORDISH.test(before)) {
      const body = normalizeWord(value.slice(1)).replace(/_/g, '')
      out.push({kind: 'tag', text: value, norm: body, keys: ['#' + body], start: abs, end: abs + value.length, literal: false})
    } else if (m[NUM] !== undefined) {
      const n = Number(value.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'))
      out.push({kind: 'num', text: value, norm: value, keys: ['#num'], value: n, start: abs, end: abs + value.length, literal: false, ...(joinNext ? {joined: true} : {})})
    } else if (m[WORD] !== undefined || m[MENTION] !== undefined || m[TAG] !== undefined) {
      const raw = m[WORD] ?? value.replace(/^[@#]/, '')
      const offset = value.length - raw.length
      const token = word(raw, normalizeWord(raw), abs + offset, abs + value.length, false)
      if (joinNext) token.joined = true
      out.push(token)
    } else if (m[EMOJI] !== undefined) {
      out.push({kind: 'emoji', text: value, norm: value.replace(/\uFE0F/g, ''), keys: [value.replace(/\uFE0F/g, '')], start: abs, end: abs + value.length, literal: false})
    } else if (m[DASH] !== undefined) {
      const after = slice[from + 1] ?? ' '
      if (WORDISH.test(before) && WORDISH.test(after)) {
        joinNext = true
        continue
      }
      out.push(punct('-', value, abs))
    } else if (m[QUOTE] !== undefined) {
      const after = slice[from + value.length] ?? ' '
      if (value[0] === '`') {
        // inline code written in plain text (a tweet, a chat line): literal like a quote
        out.push({kind: 'quote', text: value, norm: value, keys: [], start: abs, end: abs + value.length, literal: false, quote: {family: 'backtick', canOpen: !/\s/.test(after), canClose: !/\s/.test(before)}})
        joinNext = false
        continue
      }
      const family = /["“”„«»]/.test(value) ? 'double' : 'single'
      const canOpen = value !== '”' && value !== '»' && value !== '’' ? OPENERS.test(before) && !/\s/.test(after) : false
      const canClose = value !== '“' && value !== '„' && value !== '«' && value !== '‘' ? !/\s/.test(before) && !WORDISH.test(after) : false
      out.push({kind: 'quote', text: value, norm: value, keys: [], start: abs, end: abs + 1, literal: false, quote: {family, canOpen: canOpen || (value === '‘' || value === '“'), canClose}})
    } else if (m[PUNCT] !== undefined) {
      out.push(punct(value[0] === '…' ? '.' : value[0]!, value, abs))
    } else {
      out.push({kind: 'symbol', text: value, norm: value, keys: [value], start: abs, end: abs + value.length, literal: false})
    }
    joinNext = false
  }
}

/** Every key of these tokens, literal ones too (punctuation and tag patterns read those): what they can possibly match. */
export function keysOf(tokens: readonly Token[]): Set<string> {
  const keys = new Set<string>()
  for (const token of tokens) for (const k of token.keys) keys.add(k)
  return keys
}

const POSSESSIVE = /\p{L}['’ʼ]s$/u
const hasApostrophe = (text: string) => text.includes("'") || text.includes('’') || text.includes('ʼ')

function word(text: string, norm: string, start: number, end: number, masked: boolean): Token {
  const keys = lookupKeys(norm)
  if (masked) keys.push('~' + norm)
  if (hasApostrophe(text) && POSSESSIVE.test(text)) {
    keys.push(norm.slice(0, -1))
    return {kind: 'word', text, norm, keys, start, end, literal: false, possessive: true}
  }
  return {kind: 'word', text, norm, keys, start, end, literal: false}
}

function punct(norm: string, text: string, start: number): Token {
  return {kind: 'punct', text, norm, keys: [norm], start, end: start + text.length, literal: false}
}

function findMasked(slice: string, unmaskRun: MaskMatcher): Array<{start: number; end: number; word: string}> {
  const found: Array<{start: number; end: number; word: string}> = []
  // most prose has neither a masking character nor letters set apart: skip the run-by-run reading
  if (!MASK_CHAR.test(slice) && !SPACED_LETTERS.test(slice)) return found
  MASKED_RUN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = MASKED_RUN.exec(slice))) {
    const run = m[0].replace(/[.-]+$/, (tail) => (/^(?:\p{L}\.){2,}/u.test(m![0]) ? tail : ''))
    const plain = unmaskRun(run)
    if (plain) found.push({start: m.index, end: m.index + run.length, word: plain})
  }
  return found
}

/**
 * Mark quoted stretches as literal. Quotes pair within a paragraph; a quote
 * that never closes marks nothing, so a stray apostrophe cannot silence a post.
 * The quote marks in `keep` (see `wholeQuotation`) are read as plain punctuation.
 */
export function markQuoted(tokens: Token[], keep?: ReadonlySet<Token>): void {
  const open: Record<'double' | 'single' | 'backtick', number> = {double: -1, single: -1, backtick: -1}
  for (let i = 0; i < tokens.length; i++) {
    const q = tokens[i]!.quote
    if (!q || keep?.has(tokens[i]!)) continue
    const at = open[q.family]
    if (at >= 0 && q.canClose) {
      for (let j = at + 1; j < i; j++) tokens[j]!.literal = true
      open[q.family] = -1
    } else if (q.canOpen) {
      open[q.family] = i
    }
  }
}

/**
 * The two quote marks around a post that is one quotation (`"I want to die
 * tonight"`, “...”, «...»), nothing before the opening mark and only
 * punctuation or emoji after the closing one; undefined for any other post.
 * People quote their own words in tweets all the time, so a moderator reads
 * such a post as the writer's own words.
 */
export function wholeQuotation(tokens: readonly Token[], text: string): Set<Token> | undefined {
  const first = tokens[0]
  if (!first?.quote?.canOpen || text.slice(0, first.start).trim() !== '') return undefined
  const family = first.quote.family
  for (let i = 1; i < tokens.length; i++) {
    const q = tokens[i]!.quote
    if (q?.family !== family || !q.canClose) continue
    // the first mark that can close this one pairs with it: it must end the post
    const rest = tokens.slice(i + 1)
    const tail = rest.length ? text.slice(rest.at(-1)!.end) : text.slice(tokens[i]!.end)
    if (!rest.every((t) => t.kind === 'punct' || t.kind === 'emoji') || tail.trim() !== '') return undefined
    return new Set([first, tokens[i]!])
  }
  return undefined
}
