import fs from 'node:fs'
import type {ReportMessage, Severity} from '../../types.js'
import type {LintResult, Totals} from '../results.js'
import type {Formatter} from './index.js'

/**
 * `--format github`: GitHub Actions workflow commands, one annotation per
 * message, written as each file is checked:
 *
 *     ::warning file=posts/a.md,line=3,endLine=3,col=10,endColumn=27,title=safepost suicide-language::Say "died by suicide" ...
 *
 * GitHub shows only a few annotations per step, so when `$GITHUB_STEP_SUMMARY`
 * names a file, a Markdown table of every message is appended to it too.
 */
export const github: Formatter = {
  collect: true,
  result: (result) => annotations(result),
  end: (results, totals) => {
    const summaryFile = process.env['GITHUB_STEP_SUMMARY']
    if (summaryFile) fs.appendFileSync(summaryFile, stepSummary(results, totals))
    return ''
  }
}

const commands: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

export function annotations(result: LintResult): string {
  const {entry} = result
  if (entry.error !== undefined) return `::error title=${escapeProperty('safepost')}::${escapeData(`${result.label}: ${entry.error}`)}\n`
  return entry.messages.map((message) => annotation(message, entry.path ?? result.label)).join('')
}

function annotation(message: ReportMessage, file: string): string {
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${message.line}`,
    `endLine=${message.endLine}`,
    `col=${message.column}`,
    `endColumn=${message.endColumn}`,
    `title=${escapeProperty(`safepost ${message.ruleId}`)}`
  ].join(',')
  const text = message.url ? `${message.message}\n${message.url}` : message.message
  return `::${commands[message.severity]} ${properties}::${escapeData(text)}\n`
}

/** Workflow command data: `%`, CR and LF (GitHub's documented escaping). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Workflow command property values: as data, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** A Markdown table of every message, for the job's summary page. */
export function stepSummary(results: LintResult[], totals: Totals): string {
  const problems = totals.errors + totals.warnings + totals.infos
  const lines = ['## safepost', '']
  if (problems === 0) {
    lines.push(`No problems in ${plural(totals.results, 'file')}.`, '')
    return lines.join('\n') + '\n'
  }
  lines.push(
    `${plural(problems, 'problem')} (${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}, ${plural(totals.infos, 'info')}) in ${plural(totals.results, 'file')}.`,
    '',
    '| File | Line | Severity | Rule | Message |',
    '| --- | --- | --- | --- | --- |'
  )
  for (const result of results) {
    const file = cell(result.entry.path ?? result.label)
    if (result.entry.error !== undefined) lines.push(`| ${file} | | error | | ${cell(result.entry.error)} |`)
    for (const message of result.entry.messages) {
      const rule = message.url ? `[${message.ruleId}](${message.url})` : message.ruleId
      lines.push(`| ${file} | ${message.line} | ${message.severity} | ${rule} | ${cell(message.message)} |`)
    }
  }
  return lines.join('\n') + '\n\n'
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
