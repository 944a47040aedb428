import {createHash} from 'node:crypto'
import path from 'node:path'
import {rules} from '../../../rules/index.js'
import {DOCS_BASE} from '../../engine/rule.js'
import type {ReportMessage, Severity} from '../../types.js'
import type {LintResult} from '../results.js'
import type {Formatter} from './index.js'

/**
 * `--format sarif`: one SARIF 2.1.0 log, for GitHub code scanning
 * (`github/codeql-action/upload-sarif`) and other SARIF viewers.
 *
 * - `tool.driver.rules` describes every rule, with its docs page as `helpUri`.
 * - Each message is a result with its rule, level, text and one location:
 *   the file (relative, forward slashes) and the region (1-based lines and
 *   columns, end exclusive; `charOffset`/`charLength` in UTF-16 code units).
 * - `partialFingerprints["safepost/v1"]` hashes the rule, the flagged words and
 *   how many times the same words were flagged before in the file, so a result
 *   keeps its identity when lines move above it.
 */
export const sarif: Formatter = {
  collect: true,
  end: (results) => JSON.stringify(sarifLog(results), null, 2) + '\n'
}

const levels: Record<Severity, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

const unusedDirective = {
  id: 'unused-directive',
  description: 'A safepost-disable comment that switched nothing off.',
  url: 'https://github.com/safepost/safepost/blob/main/README.md#inline-control'
}

export function sarifLog(results: LintResult[]): Record<string, unknown> {
  const descriptors = Object.values(rules).map(({meta}) => ({id: meta.id, description: meta.description, url: docsUrl(meta.id)}))
  const used = new Set(results.flatMap((result) => result.entry.messages.map((message) => message.ruleId)))
  if (used.has(unusedDirective.id)) descriptors.push(unusedDirective)
  const ruleIndex = new Map(descriptors.map((rule, index) => [rule.id, index]))

  const sarifResults: unknown[] = []
  const notifications: unknown[] = []
  for (const result of results) {
    const {entry} = result
    if (entry.error !== undefined) {
      notifications.push({level: 'error', message: {text: `${result.label}: ${entry.error}`}})
      continue
    }
    const uri = artifactUri(result)
    const seen = new Map<string, number>()
    for (const message of entry.messages) {
      const key = `${message.ruleId}\0${message.actual.toLowerCase()}`
      const occurrence = seen.get(key) ?? 0
      seen.set(key, occurrence + 1)
      sarifResults.push(sarifResult(message, uri, ruleIndex.get(message.ruleId), occurrence))
    }
  }

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'safepost',
            informationUri: 'https://github.com/safepost/safepost',
            rules: descriptors.map((rule) => ({
              id: rule.id,
              name: pascalCase(rule.id),
              shortDescription: {text: rule.description},
              fullDescription: {text: rule.description},
              help: {text: `${rule.description} See ${rule.url}`, markdown: `${rule.description} [How to write about this safely](${rule.url})`},
              helpUri: rule.url,
              defaultConfiguration: {level: 'warning'},
              properties: {tags: ['safe-messaging']}
            }))
          }
        },
        invocations: [{executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications}],
        columnKind: 'utf16CodeUnits',
        results: sarifResults
      }
    ]
  }
}

function sarifResult(message: ReportMessage, uri: string, ruleIndex: number | undefined, occurrence: number): Record<string, unknown> {
  const text = message.expected.length > 0 || message.message.endsWith('.') ? message.message : `${message.message}.`
  return {
    ruleId: message.ruleId,
    ...(ruleIndex === undefined ? {} : {ruleIndex}),
    level: levels[message.severity],
    message: {text},
    locations: [
      {
        physicalLocation: {
          artifactLocation: {uri},
          region: {
            startLine: message.line,
            startColumn: message.column,
            endLine: message.endLine,
            endColumn: message.endColumn,
            charOffset: message.offset,
            charLength: message.endOffset - message.offset,
            snippet: {text: message.actual}
          }
        }
      }
    ],
    partialFingerprints: {'safepost/v1': fingerprint(message, occurrence)},
    ...(message.expected.length > 0 ? {properties: {expected: message.expected}} : {})
  }
}

/** Stable across runs and line shifts: the rule, the flagged words (case folded) and their occurrence in the file. */
function fingerprint(message: ReportMessage, occurrence: number): string {
  return createHash('sha256').update(`${message.ruleId}\0${message.actual.toLowerCase()}\0${occurrence}`).digest('hex').slice(0, 32)
}

/** A relative URI with forward slashes; standard input and batch items get a name of their own. */
function artifactUri(result: LintResult): string {
  const {entry} = result
  const name = entry.path ?? `batch-item-${entry.id ?? entry.line ?? 'unknown'}`
  const relative = path.isAbsolute(name) ? path.relative(process.cwd(), name) : name
  return encodeURI(relative.split(path.sep).join('/'))
}

/** A rule's docs page (the `url` of its messages). */
function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())
}
