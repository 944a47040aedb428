import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {presets} from '../../rules/presets.js'
import {assertBuilt, jsonReport, removeTemporaryFolders, ruleIds, safepost, temporaryFolder} from './run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

const post = 'My uncle committed suicide in 2019. The nutty professor is a lunatic.\n'
const house = `rule: mental-illness-stigma
entries:
  - id: house-nutty-professor
    match: ["nutty professor"]
    suggest: ["eccentric professor"]
    fix: choice
    reason: Our style guide avoids jokes about mental illness in headlines.
    source: MFmi
`

describe('configuration through the command line', () => {
  it('finds the config upwards from each file and applies overrides and project dictionaries', () => {
    const cwd = temporaryFolder({
      '.safepostrc.yaml': 'allow: [lunatic]\ndictionaries: [style/house.yml]\noverrides:\n  - files: ["posts/drafts/**"]\n    rules: {suicide-language: info}\n',
      'style/house.yml': house,
      'posts/a.md': post,
      'posts/drafts/b.md': post
    })
    const outcome = safepost(['posts', '--format', 'json'], {cwd})
    expect(outcome.stderr).toBe('')
    const [a, b] = jsonReport(outcome)
    expect(a?.messages.map((m) => [m.ruleId, m.severity, m['entryId']])).toEqual([
      ['suicide-language', 'warning', 'committed-suicide'],
      ['mental-illness-stigma', 'warning', 'house-nutty-professor']
    ])
    expect(b?.messages.map((m) => [m.ruleId, m.severity])).toEqual([['suicide-language', 'info'], ['mental-illness-stigma', 'warning']])
  })

  it('puts the command line over the config over the preset', () => {
    const cwd = temporaryFolder({'.safepostrc.yaml': 'preset: ci\nregion: UK\n', 'a.md': post})
    expect(safepost(['a.md'], {cwd}).status).toBe(1) // ci from the config: warnings fail
    expect(safepost(['a.md', '--preset', 'writer'], {cwd}).status).toBe(0)
    const printed = JSON.parse(safepost(['--print-config', 'a.md', '--region', 'IE'], {cwd}).stdout) as Record<string, unknown>
    expect(printed).toEqual({file: 'a.md', configPath: path.join(cwd, '.safepostrc.yaml'), preset: 'ci', region: 'IE', rules: presetRules('ci')})
  })

  it('--config uses the file given; --no-config uses none', () => {
    const cwd = temporaryFolder({'.safepostrc.yaml': 'preset: ci\n', 'strict.json': '{"preset": "moderator", "rules": {"suicide-language": "error"}}', 'a.md': post})
    const strict = jsonReport(safepost(['a.md', '--config', 'strict.json', '--format', 'json'], {cwd}))
    expect(strict[0]?.messages[0]?.severity).toBe('error')
    const none = safepost(['--print-config', 'a.md', '--no-config'], {cwd})
    expect(JSON.parse(none.stdout)).toEqual({file: 'a.md', configPath: null, preset: 'writer', rules: presetRules('writer')})
    expect(safepost(['a.md', '--no-config'], {cwd}).status).toBe(0)
  })

  it('reads the config from the working directory for standard input and batches', () => {
    const cwd = temporaryFolder({'package.json': JSON.stringify({name: 'blog', safepost: {rules: {'suicide-language': 'off'}}})})
    expect(jsonReport(safepost(['--format', 'json'], {cwd, input: post}))[0]?.messages.map((m) => m.ruleId)).toEqual(['mental-illness-stigma'])
    const batch = safepost(['--batch', '-', '--format', 'jsonl'], {cwd, input: JSON.stringify({id: 1, text: post}) + '\n'})
    expect(JSON.parse(batch.stdout).messages.map((m: {ruleId: string}) => m.ruleId)).toEqual(['mental-illness-stigma'])
  })

  const malformed: Array<[string, string, string]> = [
    ['.safepostrc.yaml', 'preset: [writer\n', 'safepost: .safepostrc.yaml: invalid YAML'],
    ['.safepostrc.json', '{"preset": "writer",}', 'safepost: .safepostrc.json: invalid JSON'],
    ['.safepostrc.yaml', 'prest: writer\n', 'safepost: .safepostrc.yaml: unknown key "prest"; accepted keys are $schema, extends, preset, rules, allow, region, dictionaries, reportUnusedDirectives, overrides\n'],
    ['.safepostrc.yaml', 'rules: {trivializing: warn}\n', 'safepost: .safepostrc.yaml: rules.trivializing: "warn" is not a rule setting; use one of off, info, warning, error\n'],
    ['.safepostrc.yaml', 'dictionaries: [house.yml]\n', 'safepost: dictionary house.yml: no such file\n']
  ]
  for (const [name, content, message] of malformed) {
    it(`exits 2 on a malformed config: ${content.trim()}`, () => {
      const cwd = temporaryFolder({[name]: content, 'a.md': post})
      const outcome = safepost(['a.md'], {cwd})
      expect(outcome.status).toBe(2)
      expect(outcome.stdout).toBe('')
      expect(outcome.stderr.startsWith(message)).toBe(true)
    })
  }

  it('exits 2 on a malformed project dictionary, with file and line', () => {
    const cwd = temporaryFolder({'.safepostrc.yaml': 'dictionaries: [house.yml]\n', 'house.yml': house.replace('fix: choice', 'fix: sometimes'), 'a.md': post})
    const outcome = safepost(['a.md'], {cwd})
    expect(outcome.status).toBe(2)
    expect(outcome.stderr).toMatch(/^safepost: dictionary house\.yml:6: entries\[0\] \(id "house-nutty-professor"\)\.fix: must be one of/)
  })

  it('init writes a starter config and refuses to overwrite it', () => {
    const cwd = temporaryFolder({})
    expect(safepost(['init'], {cwd})).toEqual({status: 0, stdout: 'safepost: wrote .safepostrc.yaml\n', stderr: ''})
    expect(fs.readFileSync(path.join(cwd, '.safepostrc.yaml'), 'utf8')).toMatch(/^# safepost configuration/)
    const again = safepost(['init'], {cwd})
    expect(again.status).toBe(2)
    expect(again.stderr).toBe('safepost: .safepostrc.yaml already exists here: not overwriting it\n')
  })
})

describe('inline directives through the command line', () => {
  const files = {
    'a.md': 'Intro.\n\n<!-- safepost-disable-next-line suicide-language -- quoting the 1998 report -->\nHe committed suicide.\n\nShe committed suicide.\n',
    'b.mdx': 'import X from "./x.js"\n\n{/* safepost-disable-next-line suicide-language */}\nHe committed suicide.\n\nShe committed suicide.\n',
    'c.html': '<p>Intro.</p>\n<!-- safepost-disable-next-line suicide-language -->\n<p>He committed suicide.</p>\n<p>She committed suicide.</p>\n'
  }
  it('obeys them in Markdown, MDX and HTML', () => {
    const cwd = temporaryFolder(files)
    const report = jsonReport(safepost(['a.md', 'b.mdx', 'c.html', '--format', 'json'], {cwd}))
    expect(report.map((entry) => entry.messages.filter((m) => m.ruleId === 'suicide-language').map((m) => m['line']))).toEqual([[6], [6], [4]])
  })

  it('ignores them under the moderator preset', () => {
    const cwd = temporaryFolder(files)
    const report = jsonReport(safepost(['a.md', 'b.mdx', 'c.html', '--format', 'json', '--preset', 'moderator'], {cwd}))
    expect(report.map((entry) => entry.messages.filter((m) => m.ruleId === 'suicide-language').length)).toEqual([2, 2, 2])
  })

  it('--report-unused-directives (or the config) reports a directive that silenced nothing', () => {
    const cwd = temporaryFolder({'a.md': '<!-- safepost-disable-next-line trivializing -->\nA calm paragraph.\n'})
    expect(ruleIds(jsonReport(safepost(['a.md', '--format', 'json', '--report-unused-directives'], {cwd}))[0])).toEqual(['unused-directive'])
    fs.writeFileSync(path.join(cwd, '.safepostrc.json'), '{"reportUnusedDirectives": true}')
    expect(ruleIds(jsonReport(safepost(['a.md', '--format', 'json'], {cwd}))[0])).toEqual(['unused-directive'])
  })
})

/** Every rule's setting under a preset: what --print-config shows when no config overrides any. */
function presetRules(preset: 'writer' | 'ci'): Record<string, string> {
  return {...presets[preset].rules}
}
