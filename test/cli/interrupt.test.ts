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

/** Run the command, press Ctrl-C after `after` ms, and wait for it to end. */
async function interruptAfter(args: string[], cwd: string, after = 2500): Promise<{status: number | null, stdout: string, stderr: string, signalled: boolean, waited: number}> {
  const child = spawn(process.execPath, [bin, ...args], {cwd})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (data: Buffer) => (stdout += data.toString()))
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()))
  let signalled = 0
  const timer = setTimeout(() => {
    signalled = Date.now()
    child.kill('SIGINT')
  }, after)
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  return {status, stdout, stderr, signalled: signalled > 0, waited: Date.now() - signalled}
}

describe('Ctrl-C inside a large file', () => {
  it.each([[[] as string[]], [['--fix']]])('stops between chunks %j', async (extra) => {
    // 9 MB: a minute or more to check whole (several with --fix), a second or a few per chunk.
    const text = ('We walked by the river and talked about the garden, the weather and the bus timetable.\n\n'.repeat(19) + 'He committed suicide, the report said, years ago.\n\n').repeat(5000)
    const folder = temporaryFolder({'big.txt': text})
    const {status, stdout, stderr, signalled, waited} = await interruptAfter(['big.txt', '--format', 'jsonl', ...extra], folder)
    expect(signalled).toBe(true) // (the whole file was not checked before the signal)
    expect(status).toBe(130)
    expect(waited).toBeLessThan(15_000)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      `safepost: interrupted while checking big.txt: it is left out of the report${extra.length > 0 ? ' and unchanged\nsafepost: fixed 0 problems in 0 files' : ''}\n` +
        'safepost: interrupted: the report covers the 0 inputs checked before Ctrl-C; the rest were not checked\n'
    )
    expect(fs.readFileSync(path.join(folder, 'big.txt'), 'utf8')).toBe(text)
  }, 120_000)

  it('stops between the chunks of a long --batch post, after reporting the posts before it', async () => {
    const long = 'We walked by the river and talked about the garden, the weather and the bus timetable.\n\n'.repeat(100_000)
    const queue = [JSON.stringify({id: 'first', text: 'I want to die tonight'}), JSON.stringify({id: 'long', text: long}), JSON.stringify({id: 'after', text: 'A calm post.'})].join('\n') + '\n'
    const folder = temporaryFolder({'queue.jsonl': queue})
    const {status, stdout, stderr, signalled, waited} = await interruptAfter(['--batch', 'queue.jsonl', '--preset', 'moderator', '--format', 'jsonl', '--jobs', '1'], folder)
    expect(signalled).toBe(true)
    expect(status).toBe(130)
    expect(waited).toBeLessThan(15_000)
    expect(stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as {id: string}).id)).toEqual(['first'])
    expect(stderr).toBe(
      'safepost: interrupted while checking queue.jsonl:2 (id long): it is left out of the report\n' +
        'safepost: interrupted: the report covers the 1 inputs checked before Ctrl-C; the rest were not checked\n'
    )
  }, 120_000)
})
