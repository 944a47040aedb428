import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {checkSync, fix} from '../../src/index.js'
import {clean, stigmatising} from './texts.js'
import {assertBuilt, jsonReport, removeTemporaryFolders, ruleIds, safepost, temporaryFolder} from './run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

const longAgo = new Date('2001-02-03T04:05:06Z')
const fixedText = fix(stigmatising, {preset: 'writer', format: 'markdown'}).text

describe('--fix', () => {
  it('has something to fix in the test post', () => {
    expect(fixedText).not.toBe(stigmatising)
    expect(fixedText).toContain('died by suicide')
  })

  it('rewrites changed files in place, keeping their mode, and leaves the others untouched', () => {
    const folder = temporaryFolder({'posts/fix-me.md': stigmatising, 'posts/fine.md': clean, 'posts/sub/also.md': stigmatising})
    const fixMe = path.join(folder, 'posts/fix-me.md')
    const fine = path.join(folder, 'posts/fine.md')
    // 0o666 is narrowed by any usual umask, so only an explicit chmod keeps it.
    fs.chmodSync(fixMe, 0o666)
    fs.utimesSync(fine, longAgo, longAgo)

    const outcome = safepost(['posts', '--fix', '--format', 'json'], {cwd: folder})
    expect(outcome.stderr).toBe('safepost: fixed 2 problems in 2 files\n')
    expect(fs.readFileSync(fixMe, 'utf8')).toBe(fixedText)
    expect(fs.readFileSync(path.join(folder, 'posts/sub/also.md'), 'utf8')).toBe(fixedText)
    expect(fs.statSync(fixMe).mode & 0o777).toBe(0o666)
    expect(fs.readFileSync(fine, 'utf8')).toBe(clean)
    expect(fs.statSync(fine).mtime).toEqual(longAgo)
    // No temporary files left behind.
    expect(fs.readdirSync(path.join(folder, 'posts')).sort()).toEqual(['fine.md', 'fix-me.md', 'sub'])

    // The report is about the text as it is now.
    const entry = jsonReport(outcome).find((candidate) => candidate.path === 'posts/fix-me.md')
    expect(entry?.messages).toEqual(checkSync(fixedText, {preset: 'writer', format: 'markdown'}).messages)
    expect(ruleIds(entry)).not.toContain('suicide-language')
  })

  it('does not touch a file with nothing to fix', () => {
    const folder = temporaryFolder({'fine.md': clean})
    const file = path.join(folder, 'fine.md')
    fs.utimesSync(file, longAgo, longAgo)
    const outcome = safepost(['fine.md', '--fix'], {cwd: folder})
    expect(outcome).toEqual({status: 0, stdout: '', stderr: 'safepost: fixed 0 problems in 0 files\n'})
    expect(fs.statSync(file).mtime).toEqual(longAgo)
  })

  it('writes through a symbolic link, keeping the link', () => {
    const folder = temporaryFolder({'real/post.md': stigmatising})
    fs.symlinkSync(path.join(folder, 'real/post.md'), path.join(folder, 'link.md'))
    safepost(['link.md', '--fix'], {cwd: folder})
    expect(fs.lstatSync(path.join(folder, 'link.md')).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(path.join(folder, 'real/post.md'), 'utf8')).toBe(fixedText)
  })

  it('keeps a byte order mark', () => {
    const folder = temporaryFolder({'bom.md': '\uFEFF' + stigmatising})
    safepost(['bom.md', '--fix'], {cwd: folder})
    expect(fs.readFileSync(path.join(folder, 'bom.md'), 'utf8')).toBe('\uFEFF' + fixedText)
  })

  it('prints the fixed text of standard input on stdout, and the report on stderr', () => {
    const plainFixed = fix(stigmatising, {preset: 'writer'}).text
    const outcome = safepost(['--fix'], {input: stigmatising})
    expect(outcome.status).toBe(0)
    expect(outcome.stdout).toBe(plainFixed)
    expect(outcome.stderr).not.toContain('suicide-language')
  })

  it('puts the fixed text of standard input in `output` with --format json', () => {
    const outcome = safepost(['--fix', '--stdin-filename', 'post.md', '--format', 'json'], {input: stigmatising})
    const [entry] = jsonReport(outcome)
    expect(entry).toMatchObject({path: 'post.md', id: null, output: fixedText})
  })
})

describe('--fix-dry-run', () => {
  it('prints the fixed text and writes nothing', () => {
    const folder = temporaryFolder({'post.md': stigmatising})
    const file = path.join(folder, 'post.md')
    fs.utimesSync(file, longAgo, longAgo)
    const outcome = safepost(['post.md', '--fix-dry-run'], {cwd: folder})
    expect(outcome.stdout).toBe(fixedText)
    expect(fs.readFileSync(file, 'utf8')).toBe(stigmatising)
    expect(fs.statSync(file).mtime).toEqual(longAgo)
  })

  it('heads each file when there are several, and gives `output` in json', () => {
    const folder = temporaryFolder({'a.md': stigmatising, 'b.md': clean})
    const outcome = safepost(['a.md', 'b.md', '--fix-dry-run'], {cwd: folder})
    expect(outcome.stdout).toBe(`==> a.md <==\n${fixedText}\n==> b.md <==\n${clean}\n`)
    const json = jsonReport(safepost(['a.md', 'b.md', '--fix-dry-run', '--format', 'json'], {cwd: folder}))
    expect(json.map((entry) => entry.output)).toEqual([fixedText, clean])
    expect(fs.readFileSync(path.join(folder, 'a.md'), 'utf8')).toBe(stigmatising)
  })

  it('is 2 together with --fix', () => {
    expect(safepost(['--fix', '--fix-dry-run'], {input: clean}).status).toBe(2)
  })
})

describe('--fix-dry-run --format diff', () => {
  it('prints a unified diff of what --fix would change, and writes nothing', () => {
    const folder = temporaryFolder({'post.md': 'Intro.\n\nHe committed suicide in 2019.\n\nThe end.\n', 'fine.md': clean})
    const outcome = safepost(['post.md', 'fine.md', '--fix-dry-run', '--format', 'diff'], {cwd: folder})
    expect(outcome.status).toBe(0)
    expect(outcome.stdout).toContain('--- a/post.md\n+++ b/post.md\n')
    expect(outcome.stdout).toContain('-He committed suicide in 2019.\n+He died by suicide in 2019.\n')
    expect(outcome.stdout).not.toContain('fine.md')
    expect(fs.readFileSync(path.join(folder, 'post.md'), 'utf8')).toContain('committed suicide')
  })

  it('is only for a dry run', () => {
    const outcome = safepost(['post.md', '--format', 'diff'], {cwd: temporaryFolder({'post.md': clean})})
    expect(outcome.status).toBe(2)
    expect(outcome.stderr).toMatch(/--format diff .* --fix-dry-run/)
  })
})
