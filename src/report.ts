// vfile messages -> the report shape of INTERFACE.md.
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {SafepostFields} from './engine/rule.js'
import {presets} from '../rules/presets.js'
import {applyDirectives, unusedDirectiveMessage} from './directives.js'
import {priorityOf} from './priority.js'
import {withModelLevel} from './model/raise.js'
import type {CheckOptions, Priority, Report, ReportMessage, Severity} from './types.js'

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
  return finishReport(String(file.value), file.messages.filter((m) => m.source === 'safepost').map(toReportMessage), options, file.data.safepostModel?.priority)
}

/** Whether inline disable comments are obeyed: as the options say, else as the preset does. */
export function honoursDirectives(options: CheckOptions): boolean {
  return options.directives ?? presets[options.preset ?? 'writer']?.honourDirectives ?? true
}

/**
 * What follows the rules: inline directives (and unused ones), place order,
 * the priority, raised to the trained scorer's level where it has one. The
 * language server's quick pass uses it too.
 */
export function finishReport(text: string, raw: readonly ReportMessage[], options: CheckOptions = {}, modelLevel?: Priority): Report {
  let messages = [...raw]
  if (honoursDirectives(options)) {
    const result = applyDirectives(text, options.format ?? 'text', messages)
    messages = [...result.messages, ...result.unknownRules]
    if (options.reportUnusedDirectives) messages.push(...result.unused.map((d) => unusedDirectiveMessage(d)))
  }
  messages.sort(byPlace)
  return withModelLevel(priorityOf(messages), messages, modelLevel)
}
