import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {clean, crisis, stigmatising} from './texts.js'
import {assertBuilt, jsonReport, removeTemporaryFolders, root, safepost, temporaryFolder} from './run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

describe('exit status', () => {
  it('is 0 for a clean post', () => {
    const outcome = safepost([], {input: clean})
    expect(outcome).toEqual({status: 0, stdout: '', stderr: ''})
  })

  it('is 0 when a writer only gets warnings', () => {
    const outcome = safepost(['--format', 'json'], {input: stigmatising})
    expect(outcome.status).toBe(0)
    const severities = jsonReport(outcome)[0]?.messages.map((message) => message.severity)
    expect(severities).toContain('warning')
    expect(severities).not.toContain('error')
  })

  it('is 1 for an error: a crisis signal under the moderator preset', () => {
    const outcome = safepost(['--preset', 'moderator', '--format', 'json'], {input: crisis})
    expect(outcome.status).toBe(1)
    const errors = jsonReport(outcome)[0]?.messages.filter((message) => message.severity === 'error')
    expect(errors?.map((message) => message.ruleId)).toContain('crisis-signal')
  })

  it('is 1 for any warning under the ci preset', () => {
    expect(safepost(['--preset', 'ci'], {input: stigmatising}).status).toBe(1)
    expect(safepost(['--preset', 'ci'], {input: clean}).status).toBe(0)
  })

  it('is 1 when warnings exceed --max-warnings, and 0 at the limit', () => {
    const text = stigmatising + 'Years later his friend committed suicide too.\n'
    const warnings = checkSync(text, {preset: 'writer'}).messages.filter((message) => message.severity === 'warning').length
    expect(warnings).toBeGreaterThanOrEqual(2)
    const over = safepost(['--max-warnings', String(warnings - 1)], {input: text})
    expect(over.status).toBe(1)
    expect(over.stderr).toContain(`more than --max-warnings ${warnings - 1}`)
    expect(safepost(['--max-warnings', String(warnings)], {input: text}).status).toBe(0)
  })

  it('is the same with --quiet: hiding warnings never turns a failing run green', () => {
    const ci = safepost(['--quiet', '--preset', 'ci'], {input: stigmatising})
    expect(ci.status).toBe(1)
    expect(ci.stdout).toBe('')
    expect(ci.stderr).toMatch(/hidden by --quiet/)
    expect(safepost(['--quiet', '--max-warnings', '0'], {input: stigmatising}).status).toBe(1)
    expect(safepost(['--quiet', '--preset', 'ci'], {input: clean}).status).toBe(0)
    // a writer's warnings do not fail the run, shown or hidden
    expect(safepost(['--quiet'], {input: stigmatising})).toEqual({status: 0, stdout: '', stderr: ''})
  })

  it('is 2 for a --max-warnings that is not a whole number', () => {
    const outcome = safepost(['--max-warnings', 'abc'], {input: clean})
    expect(outcome.status).toBe(2)
    expect(outcome.stderr).toBe('safepost: --max-warnings needs a whole number of 0 or more, not "abc"\n')
    expect(safepost(['--max-warnings', '1.5'], {input: clean}).stderr).toContain('not "1.5"')
    expect(safepost(['--jobs', 'two', '--batch', '-'], {input: ''}).stderr).toContain('--jobs needs a whole number of 1 or more, not "two"')
  })

  it('is 2 for an unknown option, naming it', () => {
    const outcome = safepost(['--colour-me-pink'], {input: clean})
    expect(outcome.status).toBe(2)
    expect(outcome.stderr).toMatch(/colour-me-pink/)
    expect(outcome.stdout).toBe('')
  })

  it('is 2 for an unknown format, listing the known ones', () => {
    const outcome = safepost(['--format', 'xml'], {input: clean})
    expect(outcome.status).toBe(2)
    expect(outcome.stderr).toMatch(/unknown format "xml".*stylish.*json.*jsonl/)
  })

  it('is 2 for an unknown preset', () => {
    expect(safepost(['--preset', 'editor'], {input: clean}).status).toBe(2)
  })

  it('is 2 for a missing file, naming it, before any report', () => {
    const folder = temporaryFolder({'here.md': stigmatising})
    const outcome = safepost(['here.md', 'not-here.md'], {cwd: folder})
    expect(outcome.status).toBe(2)
    expect(outcome.stderr).toMatch(/not-here\.md: no such file or directory/)
    expect(outcome.stdout).toBe('')
  })

  it('is 2 for a glob that matches nothing', () => {
    const folder = temporaryFolder({'post.md': clean})
    const outcome = safepost(['drafts/**/*.md'], {cwd: folder})
    expect(outcome.status).toBe(2)
    expect(outcome.stderr).toMatch(/no files match "drafts\/\*\*\/\*\.md"/)
  })

  it('is 2 for a --config file that does not exist, and accepts --no-config and an existing --config', () => {
    const folder = temporaryFolder({'safepost.json': '{}'})
    const missing = safepost(['--config', 'nope.json'], {input: clean, cwd: folder})
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/--config nope\.json: no such file or directory/)
    expect(safepost(['--config', 'safepost.json'], {input: clean, cwd: folder}).status).toBe(0)
    expect(safepost(['--no-config'], {input: clean, cwd: folder}).status).toBe(0)
  })

  it('is 2 for paths together with --stdin', () => {
    const folder = temporaryFolder({'post.md': clean})
    expect(safepost(['post.md', '--stdin'], {cwd: folder, input: clean}).status).toBe(2)
  })
})

describe('settings that would do nothing', () => {
  it('says so when --region names no region with crisis lines, and still runs', () => {
    const outcome = safepost(['--region', 'ZZ'], {input: clean})
    expect(outcome.status).toBe(0)
    expect(outcome.stderr).toMatch(/^safepost: region "ZZ" has no crisis lines of its own, so help-resources suggests the INTL ones \(known regions: INTL, US, UK, /)
    expect(safepost(['--region', 'uk'], {input: clean}).stderr).toBe('')
  })

  it('says so when an allow item looks like a mistyped entry id', () => {
    const folder = temporaryFolder({'.safepostrc.json': '{"allow": ["committed-suicde", "suicide watch", "self-harm"]}'})
    const outcome = safepost(['--stdin'], {input: stigmatising, cwd: folder})
    expect(outcome.stderr).toBe('safepost: allow: "committed-suicde" is no entry id (did you mean "committed-suicide"?); as a phrase it allows only those exact words\n')
  })
})

describe('help and version', () => {
  it('prints help with the options and exits 0', () => {
    const outcome = safepost(['--help'])
    expect(outcome.status).toBe(0)
    for (const option of ['--preset', '--format', '--fix', '--fix-dry-run', '--batch', '--max-warnings', '--why', '--region']) {
      expect(outcome.stdout).toContain(option)
    }
  })

  it('prints the version of package.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
    expect(safepost(['--version'])).toEqual({status: 0, stdout: `${manifest.version}\n`, stderr: ''})
  })
})
