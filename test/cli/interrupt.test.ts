// Ctrl-C inside one large file is acted on between its chunks, not after the
// whole file: the run stops within moments, leaves the file out of the report
// (and unchanged under --fix), and exits with 130.
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {assertBuilt, bin, removeTemporaryFolders, temporaryFolder} from './run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

describe('Ctrl-C inside a large file', () => {
  it.each([[[] as string[]], [['--fix']]])('stops between chunks %j', async (extra) => {
    // 9 MB: a minute or more to check whole (several with --fix), a second or a few per chunk.
    const text = ('We walked by the river and talked about the garden, the weather and the bus timetable.\n\n'.repeat(19) + 'He committed suicide, the report said, years ago.\n\n').repeat(5000)
    const folder = temporaryFolder({'big.txt': text})
    const child = spawn(process.execPath, [bin, 'big.txt', '--format', 'jsonl', ...extra], {cwd: folder})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()))
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()))
    let signalled = 0
    const timer = setTimeout(() => {
      signalled = Date.now()
      child.kill('SIGINT')
    }, 2500)
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
    clearTimeout(timer)
    const waited = Date.now() - signalled
    expect(signalled).toBeGreaterThan(0) // (the whole file was not checked before the signal)
    expect(status).toBe(130)
    expect(waited).toBeLessThan(15_000)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      `safepost: interrupted while checking big.txt: it is left out of the report${extra.length > 0 ? ' and unchanged' : ''}\n` +
        'safepost: interrupted: the report covers the 0 inputs checked before Ctrl-C; the rest were not checked\n'
    )
    expect(fs.readFileSync(path.join(folder, 'big.txt'), 'utf8')).toBe(text)
  }, 120_000)
})
