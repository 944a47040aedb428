// Inline control in Markdown, MDX and HTML, in the vocabulary ESLint and
// markdownlint users already know:
//
//   <!-- safepost-disable suicide-language -- quoting the 1998 report -->
//   <!-- safepost-enable suicide-language -->
//   <!-- safepost-disable-next-line -->
//   <!-- safepost-disable-line -->            (the comment's own line)
//   <!-- safepost-ignore coded-terms -->      (the next block only)
//   {/* safepost-disable-next-line trivializing */}   (MDX)
//
// Comments never reach the prose tree, so directives are read from the raw
// text. Rule ids are optional (none = every rule); text after ` -- ` is the
// reason. The moderator preset does not call this: a submitted post must not
// switch its own checks off.
import {presets} from '../rules/presets.js'
import {didYouMean} from './closest-name.js'
import type {InputFormat, ReportMessage} from './types.js'

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'ignore'

export interface Directive {
  kind: DirectiveKind
  /** Rule ids; empty means every rule. */
  rules: string[]
  reason?: string
  start: number
  end: number
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The comment as written. */
  actual: string
  /** For disable-next-line and ignore: the raw [start, end) they silence. */
  reach: [number, number]
}

// The kind ends at a space or the comment's end: "disable-line" is a kind, not "disable" of a rule "-line".
const HTML_COMMENT = /<!--\s*safepost-(disable-next-line|disable-line|disable|enable|ignore)(?![\w-])([\s\S]*?)-->/g
const MDX_COMMENT = /\{\s*\/\*\s*safepost-(disable-next-line|disable-line|disable|enable|ignore)(?![\w-])([\s\S]*?)\*\/\s*\}/g

export function readDirectives(text: string, format: InputFormat): Directive[] {
  if (format === 'text') return []
  const found: Directive[] = []
  const patterns = format === 'mdx' ? [HTML_COMMENT, MDX_COMMENT] : [HTML_COMMENT]
  for (const pattern of patterns) {
    pattern.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = pattern.exec(text))) {
      const [body = '', reason] = m[2]!.split(/\s--\s/, 2)
      const rules = body.split(/[\s,]+/).filter(Boolean)
      const kind = m[1] as DirectiveKind
      const end = m.index + m[0].length
      const {line, column} = pointAt(text, m.index)
      const {line: endLine, column: endColumn} = pointAt(text, end)
      const reach = kind === 'disable-next-line' ? nextLine(text, end) : kind === 'disable-line' ? ownLine(text, m.index, end) : kind === 'ignore' ? nextBlock(text, end) : [end, end] as [number, number]
      found.push({kind, rules, ...(reason ? {reason: reason.trim()} : {}), start: m.index, end, line, column, endLine, endColumn, actual: m[0], reach})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

function pointAt(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return {line, column: offset - lineStart + 1}
}

/** The directive that silences `rule` at `offset`, if any. */
function silencer(directives: Directive[], offset: number, rule: string): Directive | undefined {
  // disable/enable: replay the comments before the message
  let all: Directive | undefined
  const except = new Set<string>()
  const disabled = new Map<string, Directive>()
  for (const d of directives) {
    if (d.start >= offset) break
    if (d.kind === 'disable') {
      if (d.rules.length === 0) {
        all = d
        except.clear()
      } else for (const r of d.rules) disabled.set(r, d)
    } else if (d.kind === 'enable') {
      if (d.rules.length === 0) {
        all = undefined
        disabled.clear()
      } else
        for (const r of d.rules) {
          disabled.delete(r)
          if (all) except.add(r)
        }
    }
  }
  if (disabled.has(rule)) return disabled.get(rule)
  if (all && !except.has(rule)) return all
  // disable-line, disable-next-line and ignore: a stretch around or after the comment
  for (const d of directives) {
    if (d.kind !== 'disable-next-line' && d.kind !== 'disable-line' && d.kind !== 'ignore') continue
    if (d.rules.length && !d.rules.includes(rule)) continue
    const [start, end] = d.reach
    if (offset >= start && offset < end) return d
  }
  return undefined
}

function nextLine(text: string, from: number): [number, number] {
  const lineEnd = text.indexOf('\n', from)
  if (lineEnd === -1) return [from, text.length]
  const nextEnd = text.indexOf('\n', lineEnd + 1)
  return [from, nextEnd === -1 ? text.length : nextEnd]
}

function ownLine(text: string, start: number, end: number): [number, number] {
  const lineEnd = text.indexOf('\n', end)
  return [text.lastIndexOf('\n', start - 1) + 1, lineEnd === -1 ? text.length : lineEnd]
}

/** From the comment to the first blank line after the next piece of content. */
export function nextBlock(text: string, from: number): [number, number] {
  const rest = text.slice(from)
  const content = rest.search(/\S/)
  if (content === -1) return [from, text.length]
  const blank = rest.slice(content).search(/\n[ \t]*\n/)
  return [from, blank === -1 ? text.length : from + content + blank]
}

export interface DirectiveResult {
  messages: ReportMessage[]
  /** Directives that silenced nothing. */
  unused: Directive[]
  /** A warning for each rule id a directive names that is no rule: always reported, as a typo hides nothing. */
  unknownRules: ReportMessage[]
}

/** Drop the messages the post's directives switch off; say which directives did nothing. */
export function applyDirectives(text: string, format: InputFormat, messages: ReportMessage[]): DirectiveResult {
  return obeyDirectives(readDirectives(text, format), messages)
}

/** `applyDirectives` with the directives already read (a long post's, chunk by chunk). */
export function obeyDirectives(directives: Directive[], messages: ReportMessage[]): DirectiveResult {
  if (!directives.length) return {messages, unused: [], unknownRules: []}
  const used = new Set<Directive>()
  const kept = messages.filter((m) => {
    const d = silencer(directives, m.offset, m.ruleId)
    if (d) used.add(d)
    return !d
  })
  return {messages: kept, unused: directives.filter((d) => d.kind !== 'enable' && !used.has(d)), unknownRules: unknownRuleMessages(directives)}
}

const ruleIds = Object.keys(presets.writer.rules)

function unknownRuleMessages(directives: Directive[]): ReportMessage[] {
  return directives.flatMap((d) =>
    d.rules
      .filter((id) => !ruleIds.includes(id))
      .map((id) => ({
        ...directiveMessage(d),
        message: `This safepost-${d.kind} comment names no rule "${id}"${didYouMean(id, ruleIds)}, so it switches nothing off for it`
      }))
  )
}

/** An `unused-directive` message for a directive that silenced nothing. */
export function unusedDirectiveMessage(d: Directive): ReportMessage {
  return {...directiveMessage(d), message: `This safepost-${d.kind} comment${d.rules.length ? ` for ${d.rules.join(', ')}` : ''} switches nothing off: remove it`}
}

function directiveMessage(d: Directive): ReportMessage {
  return {
    ruleId: 'unused-directive',
    source: 'safepost',
    severity: 'warning',
    message: '',
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    offset: d.start,
    endOffset: d.end,
    actual: d.actual,
    expected: [],
    url: 'https://github.com/safepost/safepost/blob/main/README.md#inline-control',
    level: 'none'
  }
}
