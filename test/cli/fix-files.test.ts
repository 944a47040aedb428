// --fix writes only what it may: never over an edit made while it ran, never
// through a read-only mode, a second hard link or a link out of the folder,
// never a file that holds NUL bytes, and the file keeps its owner.
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {FileChangedError, identityOf, writeFileAtomic, type FileSystem} from '../../src/cli/write-atomic.js'
import {assertBuilt, jsonReport, removeTemporaryFolders, root, safepost, temporaryFolder} from './run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

const faults = path.join(root, 'test', 'fixtures', 'preload', 'faults.cjs')
const original = 'He committed suicide.\n'
const fixed = 'He died by suicide.\n'
const read = (file: string): string => fs.readFileSync(file, 'utf8')
/** What --fix said of each file, without its closing "fixed N problems in M files" count. */
const said = (stderr: string): string => stderr.replace(/^safepost: fixed \d+ problems? in \d+ files?\n/m, '')

describe('an edit made while --fix runs', () => {
  it('is kept: the file that changed is left alone and reported', () => {
    const lines = Array.from({length: 3000}, (_, n) => (n % 100 === 0 ? `Line ${n}: he committed suicide.` : `Line ${n} is ordinary prose.`)).join('\n\n') + '\n'
    const folder = temporaryFolder({'long.md': lines, 'other.md': original})
    const outcome = safepost(['long.md', 'other.md', '--fix', '--format', 'json'], {cwd: folder, env: {NODE_OPTIONS: `--require ${faults}`, SAFEPOST_EDIT_DURING_FIX: 'long.md'}})
    expect(read(path.join(folder, 'long.md'))).toBe('The editor saved this while --fix ran.\n')
    expect(said(outcome.stderr)).toBe('safepost: not fixed long.md: it changed while it was being fixed; it is left as it is now\n')
    expect(outcome.status).toBe(2)
    expect(read(path.join(folder, 'other.md'))).toBe(fixed)
    expect(fs.readdirSync(folder).sort()).toEqual(['long.md', 'other.md'])
    expect(jsonReport(outcome).map((entry) => entry.path)).toEqual(['long.md', 'other.md'])
  })

  it('writeFileAtomic renames only over the file it was given, unchanged', () => {
    const folder = temporaryFolder({'post.md': original})
    const file = path.join(folder, 'post.md')
    const identity = identityOf(fs.statSync(file, {bigint: true}))
    const appending: FileSystem = {
      ...fs,
      fsyncSync: (descriptor: number) => {
        fs.appendFileSync(file, 'A line typed meanwhile.\n')
        fs.fsyncSync(descriptor)
      }
    }
    expect(() => writeFileAtomic(file, fixed, identity, appending)).toThrow(FileChangedError)
    expect(read(file)).toBe(original + 'A line typed meanwhile.\n')
    expect(fs.readdirSync(folder)).toEqual(['post.md'])
  })
})

describe('files --fix leaves alone unless told', () => {
  it('a file with several hard links: refused, and with --fix-hard-links every name sees the fix', () => {
    const folder = temporaryFolder({'post.md': original})
    fs.linkSync(path.join(folder, 'post.md'), path.join(folder, 'also.txt'))
    const refused = safepost(['post.md', '--fix'], {cwd: folder})
    expect(said(refused.stderr)).toBe('safepost: not fixed post.md: it has 2 hard links, and replacing it would leave the other names with the old text (--fix-hard-links writes it in place, so every name sees the fix)\n')
    expect(refused.status).toBe(2)
    expect(read(path.join(folder, 'post.md'))).toBe(original)
    expect(safepost(['post.md', '--fix', '--fix-hard-links'], {cwd: folder}).status).toBe(0)
    expect(read(path.join(folder, 'post.md'))).toBe(fixed)
    expect(read(path.join(folder, 'also.txt'))).toBe(fixed)
    expect(fs.statSync(path.join(folder, 'post.md')).nlink).toBe(2)
  })

  it('a link inside a folder that points out of it is not followed; named itself, it is', () => {
    const outside = temporaryFolder({'target.md': original})
    const folder = temporaryFolder({'posts/own.md': original})
    fs.symlinkSync(path.join(outside, 'target.md'), path.join(folder, 'posts', 'link.md'))
    const walked = safepost(['posts', '--fix'], {cwd: folder})
    expect(said(walked.stderr)).toBe(`safepost: not fixed ${path.join('posts', 'link.md')}: a symbolic link to ${path.join(outside, 'target.md')}, outside posts; --fix does not follow links out of the folder it fixes (name the file itself to fix it)\n`)
    expect(walked.status).toBe(2)
    expect(read(path.join(outside, 'target.md'))).toBe(original)
    expect(read(path.join(folder, 'posts', 'own.md'))).toBe(fixed)
    expect(safepost([path.join('posts', 'link.md'), '--fix'], {cwd: folder}).status).toBe(0)
    expect(read(path.join(outside, 'target.md'))).toBe(fixed)
    expect(fs.lstatSync(path.join(folder, 'posts', 'link.md')).isSymbolicLink()).toBe(true)
  })

  it('a link that stays inside the folder is followed', () => {
    const folder = temporaryFolder({'posts/real.md': original})
    fs.symlinkSync('real.md', path.join(folder, 'posts', 'alias.markdown'))
    expect(safepost(['posts/*.markdown', '--fix'], {cwd: folder}).status).toBe(0)
    expect(read(path.join(folder, 'posts', 'real.md'))).toBe(fixed)
  })

  it('a file with a NUL byte past the first 8,000 bytes: checked, never rewritten', () => {
    const text = 'Ordinary prose, line after line.\n'.repeat(300) + 'He committed suicide.\n' + '\u0000' + 'More prose.\n'
    const folder = temporaryFolder({'post.txt': text})
    const outcome = safepost(['post.txt', '--fix', '--format', 'json'], {cwd: folder})
    expect(said(outcome.stderr)).toBe(`safepost: not fixed post.txt: it holds a NUL byte (at byte ${text.indexOf('\u0000')}), so it may not be text; --fix leaves it as it is\n`)
    expect(outcome.status).toBe(2)
    expect(read(path.join(folder, 'post.txt'))).toBe(text)
    expect(jsonReport(outcome)[0]!.messages.map((message) => message.ruleId)).toContain('suicide-language')
  })
})

describe('owner', () => {
  it.skipIf(process.getuid?.() !== 0)('is kept when the process may keep it (run as root here)', () => {
    const folder = temporaryFolder({'post.md': original})
    const file = path.join(folder, 'post.md')
    fs.chownSync(file, 1234, 2345)
    expect(safepost(['post.md', '--fix'], {cwd: folder}).status).toBe(0)
    expect(read(file)).toBe(fixed)
    const stats = fs.statSync(file)
    expect([stats.uid, stats.gid]).toEqual([1234, 2345])
  })
})
