import fs from 'node:fs'
import path from 'node:path'
import {Ajv} from 'ajv'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {annotations, escapeData, escapeProperty, stepSummary} from '../../src/cli/formats/github.js'
import {sarifLog} from '../../src/cli/formats/sarif.js'
import {emptyTotals, addToTotals, type LintResult} from '../../src/cli/results.js'
import type {ReportMessage} from '../../src/types.js'
import {assertBuilt, removeTemporaryFolders, root, safepost, temporaryFolder} from './run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

// The published SARIF 2.1.0 schema (draft-04), copied from the npm package
// @microsoft/jest-sarif (MIT). ajv speaks draft-07: the only draft-04 keyword
// it uses that differs is `id`, which becomes `$id`.
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>
  const {$schema: _drop, id, ...rest} = schema
  return new Ajv({strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false}).compile({$id: String(id), ...rest})
}

const message: ReportMessage = {
  ruleId: 'suicide-language',
  source: 'safepost',
  severity: 'warning',
  message: 'Say "died by suicide" instead of "committed suicide"',
  line: 3, column: 10, endLine: 3, endColumn: 27,
  offset: 21, endOffset: 38,
  actual: 'committed suicide',
  expected: ['died by suicide'],
  url: 'https://github.com/safepost/safepost/blob/main/docs/rules/suicide-language.md',
  // every finding carries a level; only support for a writer has none (results.ts `isSupport`)
  level: 'low'
}
const result: LintResult = {entry: {path: 'posts/a,b:c.md', id: null, priority: 'low', messages: [message, {...message, severity: 'info', line: 5, endLine: 5, offset: 60, endOffset: 77}]}, label: 'posts/a,b:c.md'}

describe('github format', () => {
  it('escapes data and properties as GitHub documents', () => {
    expect(escapeData('50% off\r\nnext: a,b')).toBe('50%25 off%0D%0Anext: a,b')
    expect(escapeProperty('50% off\r\nnext: a,b')).toBe('50%25 off%0D%0Anext%3A a%2Cb')
  })

  it('writes one workflow command per message', () => {
    expect(annotations(result)).toBe(
      '::warning file=posts/a%2Cb%3Ac.md,line=3,endLine=3,col=10,endColumn=27,title=safepost suicide-language::Say "died by suicide" instead of "committed suicide"%0Ahttps://github.com/safepost/safepost/blob/main/docs/rules/suicide-language.md\n' +
        '::notice file=posts/a%2Cb%3Ac.md,line=5,endLine=5,col=10,endColumn=27,title=safepost suicide-language::Say "died by suicide" instead of "committed suicide"%0Ahttps://github.com/safepost/safepost/blob/main/docs/rules/suicide-language.md\n'
    )
    expect(annotations({entry: {path: null, id: 'q1', line: 4, priority: 'none', messages: [], error: 'line 4: not JSON'}, label: 'queue.jsonl:4'})).toBe('::error title=safepost::queue.jsonl:4: line 4: not JSON\n')
  })

  it('summarises every message as a Markdown table', () => {
    const totals = emptyTotals()
    addToTotals(totals, result.entry)
    expect(stepSummary([result], totals)).toBe(
      '## safepost\n\n2 problems (0 errors, 1 warning, 1 info) in 1 file.\n\n| File | Line | Severity | Rule | Message |\n| --- | --- | --- | --- | --- |\n' +
        '| posts/a,b:c.md | 3 | warning | [suicide-language](https://github.com/safepost/safepost/blob/main/docs/rules/suicide-language.md) | Say "died by suicide" instead of "committed suicide" |\n' +
        '| posts/a,b:c.md | 5 | info | [suicide-language](https://github.com/safepost/safepost/blob/main/docs/rules/suicide-language.md) | Say "died by suicide" instead of "committed suicide" |\n\n'
    )
  })

  it('appends the summary to $GITHUB_STEP_SUMMARY from the command line', () => {
    const cwd = temporaryFolder({'a.md': 'He committed suicide.\n', 'summary.md': 'earlier step\n'})
    const outcome = safepost(['a.md', '--format', 'github'], {cwd, env: {GITHUB_STEP_SUMMARY: path.join(cwd, 'summary.md')}})
    expect(outcome.stdout).toMatch(/^::warning file=a\.md,line=1,endLine=1,col=4,endColumn=21,title=safepost suicide-language::Say/)
    expect(fs.readFileSync(path.join(cwd, 'summary.md'), 'utf8')).toMatch(/^earlier step\n## safepost\n\n/)
  })
})

describe('sarif format', () => {
  it('gives rules, results, regions and fingerprints', () => {
    const log = sarifLog([result]) as {runs: Array<{tool: {driver: {rules: Array<{id: string, helpUri: string}>}}, results: Array<Record<string, unknown>>}>}
    const run = log.runs[0]!
    expect(run.tool.driver.rules.map((rule) => rule.id)).toContain('suicide-language')
    expect(run.tool.driver.rules.find((rule) => rule.id === 'crisis-signal')?.helpUri).toBe('https://github.com/safepost/safepost/blob/main/docs/rules/crisis-signal.md')
    expect(run.results[0]).toEqual({
      ruleId: 'suicide-language',
      ruleIndex: run.tool.driver.rules.findIndex((rule) => rule.id === 'suicide-language'),
      level: 'warning',
      message: {text: 'Say "died by suicide" instead of "committed suicide"'},
      locations: [{physicalLocation: {artifactLocation: {uri: 'posts/a,b:c.md'}, region: {startLine: 3, startColumn: 10, endLine: 3, endColumn: 27, charOffset: 21, charLength: 17, snippet: {text: 'committed suicide'}}}}],
      partialFingerprints: {'safepost/v1': expect.stringMatching(/^[0-9a-f]{32}$/)},
      properties: {expected: ['died by suicide']}
    })
    expect(run.results[1]?.['level']).toBe('note')
    // the second occurrence of the same words has its own fingerprint
    expect(run.results[0]?.['partialFingerprints']).not.toEqual(run.results[1]?.['partialFingerprints'])
  })

  it('keeps fingerprints when lines move', () => {
    const moved = {...result, entry: {...result.entry, messages: result.entry.messages.map((m) => ({...m, line: m.line + 7, endLine: m.endLine + 7, offset: m.offset + 40, endOffset: m.endOffset + 40}))}}
    const prints = (r: LintResult) => (sarifLog([r]) as {runs: Array<{results: Array<{partialFingerprints: unknown}>}>}).runs[0]!.results.map((x) => x.partialFingerprints)
    expect(prints(moved)).toEqual(prints(result))
  })

  it('validates against the SARIF 2.1.0 schema, from a sample blog through the command line', () => {
    const cwd = temporaryFolder({
      'posts/2024-hard-year.md': '# A hard year\n\nMy uncle committed suicide in 2019. The newspaper called it a suicide epidemic.\n',
      'posts/notes.mdx': 'import Chart from "./chart.js"\n\n<Chart data={[1, 2]} />\n\nThis homework makes me want to die.\n',
      'pages/about.html': '<html><body><p>She is so OCD about her desk.</p><script>var committedSuicide = 1</script></body></html>\n'
    })
    const outcome = safepost(['.', '--format', 'sarif'], {cwd})
    const log = JSON.parse(outcome.stdout) as {runs: Array<{results: Array<{ruleId: string, locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>}>}
    const validate = sarifValidator()
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    const uris = new Set(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri))
    expect([...uris].sort()).toEqual(['pages/about.html', 'posts/2024-hard-year.md', 'posts/notes.mdx'])
  })
})
