// The options users of ESLint, markdownlint-cli2 and Vale reach for.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {clean, stigmatising} from './texts.js'
import {assertBuilt, bin, jsonReport, removeTemporaryFolders, safepost, temporaryFolder} from './run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

const trivializing = 'This traffic makes me want to kill myself.\n'

describe('--output-file', () => {
  it('writes the report to the file, nothing to stdout, and keeps the exit status', () => {
    const folder = temporaryFolder()
    const outcome = safepost(['--preset', 'ci', '--format', 'json', '-o', 'report.json'], {input: stigmatising, cwd: folder})
    expect(outcome).toMatchObject({status: 1, stdout: ''})
    const report = JSON.parse(fs.readFileSync(path.join(folder, 'report.json'), 'utf8')) as {messages: {ruleId: string}[]}[]
    expect(report[0]!.messages.map((message) => message.ruleId)).toEqual(['suicide-language'])
  })

  it('is a usage error, before any checking, when the file cannot be written', () => {
    const outcome = safepost(['--output-file', 'no/such/folder/report.txt'], {input: stigmatising, cwd: temporaryFolder()})
    expect(outcome.status).toBe(2)
    expect(outcome.stderr).toMatch(/--output-file no\/such\/folder\/report\.txt: no such file or directory/)
  })
})

describe('--color and --no-color', () => {
  it('colours a report that is not on a terminal with --color, and not with --no-color under FORCE_COLOR', () => {
    expect(safepost(['--color'], {input: stigmatising}).stdout).toContain('\u001b[')
    expect(safepost([], {input: stigmatising}).stdout).not.toContain('\u001b[')
    expect(safepost(['--no-color'], {input: stigmatising, env: {FORCE_COLOR: '1'}}).stdout).not.toContain('\u001b[')
  })
})

describe('--rule', () => {
  it('sets one rule over the preset and the config', () => {
    const folder = temporaryFolder({'.safepostrc.json': '{"rules": {"trivializing": "error"}}'})
    const ruleIds = (args: string[]) => jsonReport(safepost(['--format', 'json', ...args], {input: trivializing + stigmatising, cwd: folder}))[0]!.messages.map((m) => `${m.ruleId}:${m.severity}`)
    expect(ruleIds([])).toEqual(['trivializing:error', 'suicide-language:warning'])
    expect(ruleIds(['--rule', 'trivializing:off'])).toEqual(['suicide-language:warning'])
    expect(ruleIds(['--rule', 'trivializing:info', '--rule', 'suicide-language=off'])).toEqual(['trivializing:info'])
  })

  it('refuses an unknown rule or setting, as a config does', () => {
    expect(safepost(['--rule', 'trivialising:off'], {input: clean}).stderr).toContain('--rule: unknown rule "trivialising" (did you mean "trivializing"?)')
    expect(safepost(['--rule', 'trivializing:warn'], {input: clean}).stderr).toContain('--rule trivializing: "warn" is not a rule setting; use one of off, info, warning, error')
    expect(safepost(['--rule', 'trivializing'], {input: clean}).status).toBe(2)
  })
})

describe('--list-rules', () => {
  it('lists every rule with its setting in each preset', () => {
    const outcome = safepost(['--list-rules'])
    expect(outcome.status).toBe(0)
    expect(outcome.stdout).toMatch(/^rule +writer +moderator +ci/)
    expect(outcome.stdout).toMatch(/^crisis-signal +info +error +info/m)
    for (const line of outcome.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80)
  })
})

describe('typos', () => {
  it('suggests the option meant', () => {
    const outcome = safepost(['--quite'], {input: clean})
    expect(outcome.status).toBe(2)
    expect(outcome.stderr).toBe('safepost: Unknown argument: quite (did you mean "--quiet"?)\n')
  })
})

describe('--help', () => {
  it('lists init and the new options', () => {
    const help = safepost(['--help']).stdout
    expect(help).toMatch(/safepost init +write a starter \.safepostrc\.yaml/)
    for (const option of ['--output-file', '--color', '--rule', '--list-rules', '--no-ignore']) expect(help).toContain(option.replace('--no-', '--'))
  })
})

describe('--fix', () => {
  it('says how many problems it fixed in how many files', () => {
    const folder = temporaryFolder({'a.md': stigmatising + 'Years later his friend committed suicide too.\n', 'b.md': stigmatising, 'c.md': clean})
    const outcome = safepost(['--fix', '.'], {cwd: folder})
    expect(outcome.stderr).toBe('safepost: fixed 3 problems in 2 files\n')
  })
})

describe('--print-config', () => {
  it('prints the setting of every rule, not only the overrides', () => {
    const folder = temporaryFolder({'.safepostrc.json': '{"preset": "moderator", "rules": {"trivializing": "off"}}', 'post.md': clean})
    const printed = JSON.parse(safepost(['--print-config', 'post.md', '--rule', 'coded-terms:info'], {cwd: folder}).stdout) as {rules: Record<string, string>}
    expect(printed.rules).toMatchObject({'trivializing': 'off', 'coded-terms': 'info', 'crisis-signal': 'error', 'suicide-language': 'warning'})
    expect(Object.keys(printed.rules)).toHaveLength(13)
  })
})

describe('--ignore-pattern', () => {
  it('leaves out matching files, found in a folder or named', () => {
    const folder = temporaryFolder({'posts/a.md': stigmatising, 'posts/drafts/b.md': stigmatising, 'c.md': stigmatising})
    const paths = (args: string[]) => jsonReport(safepost(['--format', 'json', ...args], {cwd: folder})).map((entry) => entry.path)
    expect(paths(['.', '--ignore-pattern', 'posts/drafts/**'])).toEqual(['c.md', 'posts/a.md'])
    expect(paths(['.', '--ignore-pattern', 'posts/drafts/**', '--ignore-pattern', 'c.md'])).toEqual(['posts/a.md'])
    const named = safepost(['posts/drafts/b.md', 'c.md', '--ignore-pattern', 'posts/drafts/**', '--format', 'json'], {cwd: folder})
    expect(jsonReport(named).map((entry) => entry.path)).toEqual(['c.md'])
    expect(named.stderr).toBe('safepost: skipped posts/drafts/b.md: ignored by --ignore-pattern\n')
  })
})

describe('progress on a terminal', () => {
  it('counts files, "N of M", rather than a percentage of each', () => {
    const folder = temporaryFolder({'p1.md': stigmatising, 'p2.md': stigmatising})
    // `script` gives the command a terminal, as a person running it has
    const result = spawnSync('script', ['-qc', `"${process.execPath}" "${bin}" p1.md p2.md --format json -o /dev/null`, '/dev/null'], {cwd: folder, encoding: 'utf8', timeout: 30_000})
    expect(result.stdout).toContain('safepost: 1 of 2 files (p1.md)')
    expect(result.stdout).toContain('safepost: 2 of 2 files (p2.md)')
    expect(result.stdout).not.toMatch(/p1\.md \d+%/)
  })
})

describe('stylish at 80 columns', () => {
  it('wraps a long message under itself, keeps the rule id whole, and pads short ones only to the widest line', () => {
    const text = 'I want to die.\nMy uncle committed suicide in 2019.\n'
    const outcome = safepost([], {input: text})
    const lines = outcome.stdout.split('\n')
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80)
    expect(lines.filter((line) => / {2}(crisis-signal|suicide-language)$/.test(line))).toHaveLength(2)
    // a message never wraps mid-word and its words come back in order
    const crisisLines = lines.slice(1, lines.findIndex((line) => line.endsWith('crisis-signal')) + 1)
    expect(crisisLines.length).toBeGreaterThan(1)
    expect(crisisLines.join(' ').replace(/\s+/g, ' ')).toContain('If you are thinking about suicide, you can talk to someone now')
  })

  it('uses a wider terminal when it has one', () => {
    const folder = temporaryFolder({'post.md': stigmatising})
    const result = spawnSync('script', ['-qc', `stty cols 160; "${process.execPath}" "${bin}" post.md`, '/dev/null'], {cwd: folder, encoding: 'utf8', timeout: 30_000})
    expect(result.stdout).toMatch(/Say "died by suicide" instead of "committed suicide" +.*suicide-language/)
  })
})

describe('--batch for moderators', () => {
  const queue = [
    {id: 'a', body: 'We walked along the beach.'},
    {id: 'b', body: 'My uncle committed suicide in 2019.'},
    {id: 'c', body: 'I want to die. I have the pills ready tonight.'}
  ].map((post) => JSON.stringify(post)).join('\n') + '\n'

  it('reads the post from the field --text-field names', () => {
    const report = jsonlReportOf(safepost(['--batch', '-', '--text-field', 'body', '--format', 'jsonl', '--preset', 'moderator', '--jobs', '1'], {input: queue}).stdout)
    expect(report.map((entry) => [entry.id, entry.messages.length > 0])).toEqual([['a', false], ['b', true], ['c', true]])
    const without = jsonlReportOf(safepost(['--batch', '-', '--format', 'jsonl', '--jobs', '1'], {input: queue}).stdout)
    expect(without[0]!.error).toBe('line 1: the object has no "text"')
    expect(safepost(['--text-field', 'body'], {input: 'x'}).status).toBe(2)
  })

  it('puts the most urgent first with --sort priority, input order among equals', () => {
    const report = jsonlReportOf(safepost(['--batch', '-', '--text-field', 'body', '--format', 'jsonl', '--preset', 'moderator', '--sort', 'priority', '--jobs', '1'], {input: queue}).stdout)
    expect(report.map((entry) => entry.id)).toEqual(['c', 'b', 'a'])
    const priorities = report.map((entry) => entry.priority)
    expect(priorities[0]).not.toBe('none')
    expect(priorities.at(-1)).toBe('none')
  })
})

function jsonlReportOf(stdout: string): Array<{id: string, priority: string, messages: unknown[], error?: string}> {
  return stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as {id: string, priority: string, messages: unknown[], error?: string})
}
