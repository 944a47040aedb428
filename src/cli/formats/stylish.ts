import {Chalk, type ChalkInstance} from 'chalk'
import type {Priority, ReportMessage, Severity} from '../../types.js'
import type {ColourLevel} from '../colour.js'
import {isSupport, type LintResult, type Totals} from '../results.js'
import type {FormatContext, Formatter} from './index.js'

/**
 * `--format stylish`, for people: one block per file or batch item that has
 * something to say, its review priority first (what a moderator looks at
 * before anything else), then `line:column  severity  message  rule`, and a
 * summary at the end. Support for a writer in crisis (a message with no
 * level) is shown, but is no problem: it gets no priority and no count.
 *
 *     post.md  priority: low
 *       3:12  warning  Say "died by suicide" instead of "committed suicide"  suicide-language
 *
 *     ✖ 1 problem (0 errors, 1 warning)
 *       1 problem can be fixed with --fix
 */
export const stylish: Formatter = {result: formatResult, end: formatSummary}

const chalks = new Map<ColourLevel, ChalkInstance>()

function chalkFor(level: ColourLevel): ChalkInstance {
  let chalk = chalks.get(level)
  if (!chalk) {
    chalk = new Chalk({level})
    chalks.set(level, chalk)
  }
  return chalk
}

function paintPriority(chalk: ChalkInstance, priority: Priority): string {
  const text = `priority: ${priority}`
  switch (priority) {
    case 'urgent':
      return chalk.bgRed.white.bold(` ${text} `)
    case 'high':
      return chalk.red.bold(text)
    case 'medium':
      return chalk.yellow.bold(text)
    case 'low':
      return chalk.cyan(text)
    case 'none':
      return chalk.dim(text)
  }
}

function paintSeverity(chalk: ChalkInstance, severity: Severity, text: string): string {
  switch (severity) {
    case 'error':
      return chalk.red(text)
    case 'warning':
      return chalk.yellow(text)
    case 'info':
      return chalk.blue(text)
  }
}

function formatResult(result: LintResult, context: FormatContext): string {
  const {entry} = result
  const chalk = chalkFor(context.colourLevel)
  if (entry.error !== undefined) {
    return `${chalk.underline(result.label)}\n  ${paintSeverity(chalk, 'error', 'error')}  ${entry.error}\n\n`
  }
  // A post with nothing to show stays out of the way (its priority is in the json report).
  if (entry.messages.length === 0) return ''
  // support for a writer in crisis is not triaged: a post with nothing else shows no priority
  const triaged = entry.messages.some((message) => !isSupport(message))
  const lines = [triaged ? `${chalk.underline(result.label)}  ${paintPriority(chalk, entry.priority)}` : chalk.underline(result.label)]

  const places = entry.messages.map((message) => `${message.line}:${message.column}`)
  const placeWidth = Math.max(0, ...places.map((place) => place.length))
  const severityWidth = Math.max(0, ...entry.messages.map((message) => message.severity.length))
  const indent = ' '.repeat(2 + placeWidth + 2 + severityWidth + 2)
  // Laid out to fit the width: a long message wraps under itself, the rule id
  // stays whole at the end of its last line, and short messages are padded
  // only as far as the widest line, not to the longest message.
  const width = Math.max(context.columns ?? 80, 40)
  const ruleWidth = Math.max(0, ...entry.messages.map((message) => message.ruleId.length))
  const messageWidth = Math.min(Math.max(0, ...entry.messages.map((message) => message.message.length)), Math.max(width - indent.length - 2 - ruleWidth, 20))

  entry.messages.forEach((message: ReportMessage, index) => {
    const place = (places[index] ?? '').padEnd(placeWidth)
    const severity = paintSeverity(chalk, message.severity, message.severity.padEnd(severityWidth))
    const wrapped = wrap(message.message, messageWidth)
    wrapped.forEach((text, line) => {
      const start = line === 0 ? `  ${chalk.dim(place)}  ${severity}  ` : indent
      lines.push(line === wrapped.length - 1 ? `${start}${text.padEnd(messageWidth)}  ${chalk.dim(message.ruleId)}` : start + text)
    })
    if (context.why) {
      const noteWidth = Math.max(width - indent.length, 20)
      if (message.note) for (const text of wrap(`why: ${message.note}`, noteWidth)) lines.push(indent + chalk.dim(text))
      if (message.url) lines.push(indent + chalk.dim(`see: ${message.url}`))
    }
  })

  return lines.join('\n') + '\n\n'
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

function formatSummary(_results: LintResult[], totals: Totals, context: FormatContext): string {
  const problems = totals.errors + totals.warnings + totals.infos
  if (problems === 0) return ''
  const chalk = chalkFor(context.colourLevel)
  const counts = [plural(totals.errors, 'error'), plural(totals.warnings, 'warning')]
  if (totals.infos > 0) counts.push(plural(totals.infos, 'info'))
  const headline = `✖ ${plural(problems, 'problem')} (${counts.join(', ')})`
  const paint = totals.errors > 0 ? chalk.red.bold : totals.warnings > 0 ? chalk.yellow.bold : chalk.blue.bold
  const lines = [paint(headline)]
  if (totals.unreadable > 0) {
    lines.push(`  ${plural(totals.unreadable, 'batch line')} could not be read`)
  }
  if (totals.fixable > 0 && context.canFix) {
    lines.push(`  ${totals.fixable} ${totals.fixable === 1 ? 'problem' : 'problems'} can be fixed with --fix`)
  }
  if (context.preset === 'moderator') {
    const order: Priority[] = ['urgent', 'high', 'medium', 'low']
    const review = order.filter((priority) => totals.priorities[priority] > 0)
    if (review.length > 0) {
      lines.push(`  to review: ${review.map((priority) => `${totals.priorities[priority]} ${priority}`).join(', ')}`)
    }
  }
  return lines.join('\n') + '\n'
}

/** Words in lines of at most `width` characters (a longer word, such as a URL, keeps a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  return [...lines, line]
}
