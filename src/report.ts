// vfile messages -> the report shape of INTERFACE.md.
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {SafepostFields} from './engine/rule.js'
import {presets} from '../rules/presets.js'
import {applyDirectives, unusedDirectiveMessage} from './directives.js'
import {priorityOf} from './priority.js'
import type {CheckOptions, Report, ReportMessage, Severity} from './types.js'

export function toReportMessage(m: VFileMessage): ReportMessage {
  const extra = m as unknown as Partial<SafepostFields>
  const severity: Severity = extra.severity ?? (m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info')
  const start = m.place && 'start' in m.place ? m.place.start : m.place
  const end = m.place && 'end' in m.place ? m.place.end : m.place
  const out: ReportMessage = {
    ruleId: m.ruleId ?? 'safepost',
    source: 'safepost',
    severity,
    message: m.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    offset: start?.offset ?? 0,
    endOffset: end?.offset ?? start?.offset ?? 0,
    actual: m.actual ?? '',
    expected: m.expected ?? [],
    url: m.url ?? ''
  }
  if (extra.fix) out.fix = extra.fix
  if (m.note) out.note = m.note
  if (extra.entryId) out.entryId = extra.entryId
  if (extra.level) out.level = extra.level
  return out
}

const byPlace = (a: ReportMessage, b: ReportMessage) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId)

export function toReport(file: VFile, options: CheckOptions = {}): Report {
  let messages = file.messages.filter((m) => m.source === 'safepost').map(toReportMessage)
  const honour = options.directives ?? presets[options.preset ?? 'writer']?.honourDirectives ?? true
  if (honour) {
    const text = String(file.value)
    const result = applyDirectives(text, options.format ?? 'text', messages)
    messages = [...result.messages, ...result.unknownRules]
    if (options.reportUnusedDirectives) messages.push(...result.unused.map((d) => unusedDirectiveMessage(text, d)))
  }
  messages.sort(byPlace)
  return {priority: priorityOf(messages), messages}
}
