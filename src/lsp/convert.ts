// safepost messages -> LSP diagnostics and code actions. Pure functions over a
// TextDocument, so they are easy to test and never touch the connection.
//
// Offsets: safepost reports 0-based UTF-16 offsets into the text it was given,
// which is exactly what `TextDocument.positionAt` takes; LSP positions are
// 0-based lines and UTF-16 characters (the protocol default encoding).
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit
} from 'vscode-languageserver'
import type {Fix, InputFormat, ReportMessage, Severity} from '../types.js'
import {directiveComment} from './format.js'
import {changedSpan} from './text-diff.js'

/** The code action kind of "apply every safe rewrite" (bind it to save as with ESLint). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.safepost`

/** What a diagnostic carries into `textDocument/codeAction` (LSP keeps `data` intact). */
export interface DiagnosticData {
  version: number
  offset: number
  endOffset: number
  expected: string[]
  fix?: Fix
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information
}

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return {start: doc.positionAt(start), end: doc.positionAt(end)}
}

/** One safepost message as an LSP diagnostic: rule id as `code`, its docs page as `codeDescription`, reason and note in the text. */
export function toDiagnostic(doc: TextDocument, m: ReportMessage): Diagnostic {
  const data: DiagnosticData = {version: doc.version, offset: m.offset, endOffset: m.endOffset, expected: m.expected}
  if (m.fix) data.fix = m.fix
  const diagnostic: Diagnostic = {
    range: rangeOf(doc, m.offset, m.endOffset),
    severity: severities[m.severity] ?? DiagnosticSeverity.Warning,
    code: m.ruleId,
    source: 'safepost',
    message: m.note ? `${m.message}\n\n${m.note}` : m.message,
    data
  }
  if (m.url) diagnostic.codeDescription = {href: m.url}
  return diagnostic
}

const quote = (s: string, max = 60) => {
  const flat = s.replace(/\s+/g, ' ').trim()
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`
}

function action(title: string, uri: string, edits: TextEdit[], diagnostic: Diagnostic | undefined, kind: string = CodeActionKind.QuickFix): CodeAction {
  const result: CodeAction = {title, kind, edit: {changes: {[uri]: edits}}}
  if (diagnostic) result.diagnostics = [diagnostic]
  return result
}

/**
 * The quick fixes for one diagnostic: a replacement per suggested phrasing
 * (`expected`), the library's safe rewrite first and preferred. A post-level
 * message (content warning, crisis lines) whose fix inserts text elsewhere
 * gets that insertion instead.
 */
export function quickFixes(doc: TextDocument, diagnostic: Diagnostic, data: DiagnosticData): CodeAction[] {
  const uri = doc.uri
  const actions: CodeAction[] = []
  const fix = data.fix
  // offsets are only trusted on the version they were computed for
  const fresh = data.version === doc.version
  if (fix && (fix.range[0] !== data.offset || fix.range[1] !== data.endOffset)) {
    if (!fresh) return []
    const title = fix.range[0] === fix.range[1] ? `Insert ${quote(fix.text)}` : `Replace with ${quote(fix.text)}`
    const a = action(title, uri, [{range: rangeOf(doc, fix.range[0], fix.range[1]), newText: fix.text}], diagnostic)
    a.isPreferred = true
    return [a]
  }
  const range = fresh ? rangeOf(doc, data.offset, data.endOffset) : diagnostic.range
  const seen = new Set<string>()
  const phrasings = fix ? [fix.text, ...data.expected] : data.expected
  for (const text of phrasings) {
    if (seen.has(text)) continue
    seen.add(text)
    const a = action(`Replace with ${quote(text)}`, uri, [{range, newText: text}], diagnostic)
    if (fix && text === fix.text) a.isPreferred = true
    actions.push(a)
  }
  return actions
}

const FENCE_OR_BREAK = /^\s{0,3}(`{3,}|~{3,}|-{3,}\s*$|\*{3,}\s*$|_{3,}\s*$|={2,}\s*$|\+{3}\s*$|\||#{1,6}(\s|$)|<)/

/**
 * The edit that switches `ruleId` off for the line `line` (0-based) with a
 * `safepost-disable-next-line` comment. The comment goes on its own line above
 * (with the line's indentation), except in Markdown and MDX when the line above
 * is running text of the same paragraph: there a new line would split the
 * paragraph, so the comment is appended to that line instead (the directive
 * covers the rest of its own line and the next one).
 */
export function disableLineEdit(doc: TextDocument, format: InputFormat, ruleId: string, line: number): TextEdit | undefined {
  const comment = directiveComment(format, `disable-next-line ${ruleId}`)
  if (!comment) return undefined
  const lineText = (n: number) => doc.getText({start: {line: n, character: 0}, end: {line: n + 1, character: 0}}).replace(/\r?\n$/, '')
  const current = lineText(line)
  const indent = /^[ \t]*/.exec(current)![0]
  if (line > 0 && format !== 'html') {
    const above = lineText(line - 1)
    if (above.trim() !== '' && !FENCE_OR_BREAK.test(above) && !above.includes(comment)) {
      const end = above.replace(/\s+$/, '').length
      return {range: {start: {line: line - 1, character: end}, end: {line: line - 1, character: end}}, newText: ` ${comment}`}
    }
  }
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n'
  return {range: {start: {line, character: 0}, end: {line, character: 0}}, newText: `${indent}${comment}${eol}`}
}

/**
 * The edit that switches `ruleId` off for the whole document: a
 * `safepost-disable` comment at the top, after any front matter (Markdown, MDX)
 * or doctype (HTML), which must stay first.
 */
export function disableFileEdit(doc: TextDocument, format: InputFormat, ruleId: string): TextEdit | undefined {
  const comment = directiveComment(format, `disable ${ruleId}`)
  if (!comment) return undefined
  const text = doc.getText()
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0
  if (format === 'html') {
    const doctype = /^\s*<!doctype[^>]*>[ \t]*\r?\n?/i.exec(text.slice(at))
    if (doctype) at += doctype[0].length
  } else {
    const front = /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(\r?\n|$)/.exec(text.slice(at))
    if (front) at += front[0].length
  }
  // a blank line after the comment keeps it a block of its own (MDX needs one before ESM)
  const rest = text.slice(at)
  const newText = format === 'html' || /^[ \t]*\r?\n/.test(rest) || rest === '' ? `${comment}${eol}` : `${comment}${eol}${eol}`
  const position = doc.positionAt(at)
  return {range: {start: position, end: position}, newText}
}

/** "Disable for this line" and "for this file" for one rule (none in plain text, which has no comments). */
export function disableActions(doc: TextDocument, format: InputFormat, ruleId: string, line: number, diagnostic?: Diagnostic): CodeAction[] {
  const actions: CodeAction[] = []
  const lineEdit = disableLineEdit(doc, format, ruleId, line)
  if (lineEdit) actions.push(action(`Disable safepost ${ruleId} for this line`, doc.uri, [lineEdit], diagnostic))
  const fileEdit = disableFileEdit(doc, format, ruleId)
  if (fileEdit) actions.push(action(`Disable safepost ${ruleId} for this file`, doc.uri, [fileEdit], diagnostic))
  return actions
}

/** The smallest single edit that turns `before` into `after` (keeps the cursor and folding where they are). */
export function minimalEdit(doc: TextDocument, after: string): TextEdit | undefined {
  const before = doc.getText()
  if (before === after) return undefined
  let {start, endBefore, endAfter} = changedSpan(before, after)
  // never split a surrogate pair
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++
    endAfter++
  }
  return {range: rangeOf(doc, start, endBefore), newText: after.slice(start, endAfter)}
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** `source.fixAll.safepost`: every safe rewrite, as one edit. */
export function fixAllAction(doc: TextDocument, fixedText: string): CodeAction | undefined {
  const edit = minimalEdit(doc, fixedText)
  if (!edit) return undefined
  return action('Fix all safe safepost rewrites', doc.uri, [edit], undefined, FIX_ALL_KIND)
}
