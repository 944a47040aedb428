import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {trained} from '../../src/generated/model.js'
import {useModel} from '../../src/model/active.js'
import {clean, crisis, lookalike, stigmatising} from './texts.js'
import {assertBuilt, jsonReport, jsonlReport, removeTemporaryFolders, safepost, temporaryFolder} from './run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

const escape = '\u001B['

describe('--format json', () => {
  it('gives every field of INTERFACE.md, exactly as the library reports it', () => {
    const folder = temporaryFolder({'post.md': `# A hard year\n\n${stigmatising}`})
    const outcome = safepost(['post.md', '--format', 'json'], {cwd: folder})
    expect(outcome.status).toBe(0)
    const report = jsonReport(outcome)
    expect(report).toHaveLength(1)
    const [entry] = report
    expect(Object.keys(entry ?? {})).toEqual(['path', 'id', 'priority', 'messages'])
    expect(entry).toEqual({path: 'post.md', id: null, ...checkSync(`# A hard year\n\n${stigmatising}`, {preset: 'writer', format: 'markdown'})})

    const message = entry?.messages.find((candidate) => candidate.ruleId === 'suicide-language')
    expect(message).toMatchObject({
      ruleId: 'suicide-language',
      source: 'safepost',
      severity: 'warning',
      message: expect.any(String),
      line: 3,
      column: expect.any(Number),
      endLine: 3,
      endColumn: expect.any(Number),
      offset: expect.any(Number),
      endOffset: expect.any(Number),
      actual: 'committed suicide',
      expected: expect.arrayContaining(['died by suicide']),
      url: expect.stringMatching(/^https?:\/\//),
      fix: {range: [expect.any(Number), expect.any(Number)], text: expect.any(String)}
    })
    const text = `# A hard year\n\n${stigmatising}`
    expect(text.slice(message?.offset, message?.endOffset)).toBe('committed suicide')
    expect(['none', 'low', 'medium', 'high', 'urgent']).toContain(entry?.priority)
  })

  it('is an empty array for no input files and never coloured', () => {
    const folder = temporaryFolder({'empty/.keep': ''})
    expect(safepost(['empty', '--format', 'json'], {cwd: folder, env: {FORCE_COLOR: '3'}}).stdout).toBe('[]\n')
    const coloured = safepost(['--format', 'json'], {input: stigmatising, env: {FORCE_COLOR: '3'}})
    expect(coloured.stdout).not.toContain(escape)
  })
})

describe('--format jsonl', () => {
  it('writes the json entries one per line, in input order', () => {
    const folder = temporaryFolder({'b.md': stigmatising, 'a.md': clean})
    const lines = safepost(['b.md', 'a.md', '--format', 'jsonl'], {cwd: folder})
    const array = safepost(['b.md', 'a.md', '--format', 'json'], {cwd: folder})
    expect(lines.stdout.split('\n')).toHaveLength(3)
    expect(jsonlReport(lines)).toEqual(jsonReport(array))
    expect(jsonlReport(lines).map((entry) => entry.path)).toEqual(['b.md', 'a.md'])
  })
})

describe('--format stylish', () => {
  it('puts the priority first, then line:column, severity, message and rule, then a summary', () => {
    const folder = temporaryFolder({'post.md': stigmatising, 'fine.md': lookalike})
    const outcome = safepost(['post.md', 'fine.md'], {cwd: folder})
    const [header, ...rest] = outcome.stdout.split('\n')
    const {priority, messages} = checkSync(stigmatising, {preset: 'writer', format: 'markdown'})
    expect(header).toBe(`post.md  priority: ${priority}`)
    // at 80 columns the message wraps under itself and the rule id ends its last line
    expect(rest[0]).toMatch(/^ {2}1:\d+ +warning +Say "died by suicide" instead of/)
    expect(rest[1]).toMatch(/ {2}suicide-language$/)
    expect(`${rest[0]} ${rest[1]}`.replace(/\s+/g, ' ').trim()).toMatch(/^1:\d+ warning Say "died by suicide" instead of "committed suicide" suicide-language$/)
    for (const line of outcome.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80)
    expect(outcome.stdout).not.toContain('fine.md')
    const warnings = messages.filter((message) => message.severity === 'warning').length
    expect(outcome.stdout).toContain(`✖ ${messages.length} problem${messages.length === 1 ? '' : 's'} (0 errors, ${warnings} warning${warnings === 1 ? '' : 's'}`)
    expect(outcome.stdout).toMatch(/can be fixed with --fix/)
  })

  it('prints nothing for clean input and lookalikes', () => {
    expect(safepost([], {input: clean + lookalike})).toEqual({status: 0, stdout: '', stderr: ''})
  })

  it('shows a writer in crisis support, not a triage label: no priority, no level, no count of problems', () => {
    const outcome = safepost([], {input: 'i want to die\n'})
    expect(outcome.status).toBe(0)
    expect(outcome.stdout).toMatch(/^<stdin>$/m)
    expect(outcome.stdout).toMatch(/going through a lot/)
    expect(outcome.stdout).not.toMatch(/priority|high|problem|✖/)
    const [entry] = jsonReport(safepost(['--format', 'json'], {input: 'i want to die\n'}))
    expect(entry?.messages.map((message) => message.ruleId)).toEqual(['crisis-signal'])
    expect(entry?.messages[0]).not.toHaveProperty('level')
    // the support text follows --region
    expect(safepost(['--region', 'UK'], {input: 'i want to die\n'}).stdout).toMatch(/Samaritans: call 116 123/)
    // beside a wording problem, the problem is counted and triaged, the support is not
    const both = safepost([], {input: `i want to die\n\n${stigmatising}`})
    expect(both.stdout).toMatch(/^<stdin> {2}priority: low$/m)
    expect(both.stdout).toMatch(/✖ 1 problem \(0 errors, 1 warning\)/)
  })

  it('still triages the same post for a moderator', () => {
    const [entry] = jsonReport(safepost(['--format', 'json', '--preset', 'moderator'], {input: 'i want to die\n'}))
    expect(entry?.priority).toBe('high')
    expect(entry?.messages[0]?.level).toBe('high')
  })

  it('sums up the priorities to review under the moderator preset', () => {
    const outcome = safepost(['--preset', 'moderator'], {input: crisis})
    // the command line runs with the trained scorer, so the library does here too
    useModel(trained)
    const {priority} = checkSync(crisis, {preset: 'moderator'})
    useModel(null)
    // urgent is painted as a label, with a space either side of it
    expect(outcome.stdout).toMatch(new RegExp(`^<stdin> {2} ?priority: ${priority} ?$`, 'm'))
    expect(outcome.stdout).toContain(`to review: 1 ${priority}`)
  })
})

describe('--why', () => {
  it('prints the guidance and source link under each message', () => {
    const [message] = checkSync(stigmatising, {preset: 'writer'}).messages.filter((candidate) => candidate.ruleId === 'suicide-language')
    expect(message?.note).toBeTruthy()
    const plain = safepost([], {input: stigmatising})
    const why = safepost(['--why'], {input: stigmatising})
    expect(plain.stdout).not.toContain('why:')
    const lines = why.stdout.split('\n')
    const at = lines.findIndex((line) => line.endsWith('suicide-language'))
    const see = lines.findIndex((line) => line.trim().startsWith('see: '))
    // wrapped to the width, word by word
    expect(lines.slice(at + 1, see).map((line) => line.trim()).join(' ')).toBe(`why: ${message?.note}`)
    expect(lines[see]?.trim()).toBe(`see: ${message?.url}`)
  })
})

describe('--quiet', () => {
  it('keeps errors only, and warnings then do not fail the run', () => {
    const text = crisis + stigmatising
    const all = jsonReport(safepost(['--preset', 'moderator', '--format', 'json'], {input: text}))[0]?.messages ?? []
    expect(all.some((message) => message.severity === 'warning')).toBe(true)
    const quiet = safepost(['--preset', 'moderator', '--format', 'json', '--quiet'], {input: text})
    const messages = jsonReport(quiet)[0]?.messages ?? []
    expect(messages).toEqual(all.filter((message) => message.severity === 'error'))
    expect(messages.length).toBeGreaterThan(0)
    expect(quiet.status).toBe(1)

    // hidden warnings still count: --quiet never changes the exit status
    expect(safepost(['--quiet', '--max-warnings', '0'], {input: stigmatising})).toEqual({status: 1, stdout: '', stderr: 'safepost: 1 warnings, more than --max-warnings 0\n'})
  })
})

describe('colour', () => {
  it('is off when stdout is not a terminal', () => {
    expect(safepost([], {input: stigmatising}).stdout).not.toContain(escape)
  })

  it('is on with FORCE_COLOR, which wins over NO_COLOR', () => {
    expect(safepost([], {input: stigmatising, env: {FORCE_COLOR: '1'}}).stdout).toContain(escape)
    expect(safepost([], {input: stigmatising, env: {FORCE_COLOR: '1', NO_COLOR: '1'}}).stdout).toContain(escape)
  })

  it('is off with FORCE_COLOR=0 and with a non-empty NO_COLOR', () => {
    expect(safepost([], {input: stigmatising, env: {FORCE_COLOR: '0'}}).stdout).not.toContain(escape)
    expect(safepost([], {input: stigmatising, env: {NO_COLOR: '1', FORCE_COLOR: 'not-a-level'}}).stdout).not.toContain(escape)
  })

  it('gives the same text without colour as with it, once the colour is stripped', () => {
    const coloured = safepost([], {input: stigmatising, env: {FORCE_COLOR: '3'}}).stdout
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001B\[[\d;]*m/g, '')).toBe(safepost([], {input: stigmatising}).stdout)
  })
})
