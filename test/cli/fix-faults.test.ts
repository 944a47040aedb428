// --fix under faults: a write that fails (disk full, read-only file or folder)
// leaves the original exactly as it was, no temporary file behind, and says so.
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {writeFileAtomic, type FileSystem} from '../../src/cli/write-atomic.js'
import {assertBuilt, jsonReport, removeTemporaryFolders, root, safepost, temporaryFolder} from './run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

const faults = path.join(root, 'test', 'fixtures', 'preload', 'faults.cjs')
const original = 'He committed suicide.\n'

describe('writeFileAtomic', () => {
  it('leaves the original intact and removes its temporary file when the disk is full', () => {
    const folder = temporaryFolder({'post.md': original})
    const file = path.join(folder, 'post.md')
    const full: FileSystem = {
      ...fs,
      writeFileSync: (() => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'})
      }) as typeof fs.writeFileSync
    }
    expect(() => writeFileAtomic(file, 'He died by suicide.\n', undefined, full)).toThrow(/ENOSPC/)
    expect(fs.readFileSync(file, 'utf8')).toBe(original)
    expect(fs.readdirSync(folder)).toEqual(['post.md'])
  })

  it('leaves the original intact when the rename fails', () => {
    const folder = temporaryFolder({'post.md': original})
    const file = path.join(folder, 'post.md')
    const failing: FileSystem = {
      ...fs,
      renameSync: (() => {
        throw Object.assign(new Error('EROFS: read-only file system, rename'), {code: 'EROFS'})
      }) as typeof fs.renameSync
    }
    expect(() => writeFileAtomic(file, 'He died by suicide.\n', undefined, failing)).toThrow(/EROFS/)
    expect(fs.readFileSync(file, 'utf8')).toBe(original)
    expect(fs.readdirSync(folder)).toEqual(['post.md'])
  })
})

describe('safepost --fix when the write fails', () => {
  it.each([
    ['ENOSPC', 'no space left on device'],
    ['EROFS', 'read-only file system'],
    ['EACCES', 'permission denied']
  ])('%s: the file keeps its text, the failure is reported, the report is on the original, status 2', (fault, reason) => {
    const folder = temporaryFolder({'post.md': original, 'other.md': original})
    const outcome = safepost(['post.md', 'other.md', '--fix', '--format', 'json'], {
      cwd: folder,
      env: {NODE_OPTIONS: `--require ${faults}`, SAFEPOST_FAULT: fault}
    })
    expect(outcome.status).toBe(2)
    expect(outcome.stderr).toContain(`safepost: cannot write post.md: ${reason}; it is left as it was\n`)
    expect(outcome.stderr).toContain(`safepost: cannot write other.md: ${reason}; it is left as it was\n`)
    for (const name of ['post.md', 'other.md']) expect(fs.readFileSync(path.join(folder, name), 'utf8')).toBe(original)
    expect(fs.readdirSync(folder).sort()).toEqual(['other.md', 'post.md'])
    const [entry] = jsonReport(outcome)
    expect(entry!.messages.map((message) => message.ruleId)).toContain('suicide-language')
  })

  it('a read-only file is left as it is and reported; --fix-read-only rewrites it, keeping its mode', () => {
    const folder = temporaryFolder({'post.md': original})
    const file = path.join(folder, 'post.md')
    fs.chmodSync(file, 0o444)
    const refused = safepost(['post.md', '--fix'], {cwd: folder})
    expect(refused.status).toBe(2)
    expect(refused.stderr).toBe('safepost: not fixed post.md: read-only; --fix leaves it as it is (--fix-read-only rewrites it, keeping its mode)\nsafepost: fixed 0 problems in 0 files\n')
    expect(fs.readFileSync(file, 'utf8')).toBe(original)
    expect(safepost(['post.md', '--fix', '--fix-read-only'], {cwd: folder}).status).toBe(0)
    expect(fs.readFileSync(file, 'utf8')).toBe('He died by suicide.\n')
    expect(fs.statSync(file).mode & 0o777).toBe(0o444)
  })
})
