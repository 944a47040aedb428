// One long post cannot take a batch down, and standard input is read like a
// huge file: in chunks, within a small fixed heap. The inputs are generated
// here, and the child's heap is capped, so the test fails fast if either is
// ever held whole again.
import {spawn, spawnSync} from 'node:child_process'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {assertBuilt, bin, jsonReport, jsonlReport, removeTemporaryFolders, root, safepost, type Outcome} from './run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

// a wish to die with a time: high by the rules, urgent where the trained scorer reads a plan
const crisis = 'I want to die tonight'
/** Prose of about `bytes` bytes, in paragraphs, with nothing to report. */
const prose = (bytes: number): string => 'We walked by the river and talked about the garden, the weather and the bus timetable.\n\n'.repeat(Math.ceil(bytes / 90))

/** The command with its heap capped at `heapMB`, reading `input`. */
function capped(args: string[], input: string, heapMB: number): Outcome {
  const result = spawnSync(process.execPath, [`--max-old-space-size=${heapMB}`, bin, ...args], {cwd: root, input, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024})
  if (result.error) throw result.error
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('a long post in a batch', () => {
  it('over --max-post-bytes: an error entry for its line, unread, and the posts around it reported', () => {
    // 11 MB, over the default 10 MiB: never held, so a 160 MB heap is plenty.
    const input = [JSON.stringify({id: 'first', text: crisis}), JSON.stringify({id: 'huge', text: prose(11 * 1024 * 1024)}), JSON.stringify({id: 'last', text: crisis})].join('\n') + '\n'
    const outcome = capped(['--batch', '-', '--preset', 'moderator', '--format', 'jsonl', '--jobs', '1'], input, 160)
    expect(outcome.stderr).toBe('')
    const [first, huge, last] = jsonlReport(outcome)
    expect(first).toMatchObject({id: 'first', line: 1, priority: expect.stringMatching(/^(high|urgent)$/)})
    expect(huge).toEqual({path: null, id: null, line: 2, priority: 'none', messages: [], error: `line 2: ${Buffer.byteLength(input.split('\n')[1]!)} bytes, more than --max-post-bytes 10485760; not checked`})
    expect(last).toMatchObject({id: 'last', line: 3, priority: expect.stringMatching(/^(high|urgent)$/)})
    expect(outcome.status).toBe(1)
  }, 240_000)

  it('under the limit: checked in chunks within a small heap, its messages at their place in the post', () => {
    // One tree for 1 MB of text needs several hundred megabytes of heap; in chunks, 160 MB is enough
    // (the library, its dictionaries and the trained scorer's weights take a fixed part of it).
    const text = prose(1024 * 1024) + `Then she wrote: ${crisis}.\n`
    const input = [JSON.stringify({id: 'long', text}), JSON.stringify({id: 'next', text: crisis})].join('\n') + '\n'
    const outcome = capped(['--batch', '-', '--preset', 'moderator', '--format', 'jsonl', '--jobs', '1'], input, 160)
    expect(outcome.stderr).toBe('')
    const [long, next] = jsonlReport(outcome)
    expect(long!.priority).toMatch(/^(high|urgent)$/)
    const signal = long!.messages.find((message) => message.ruleId === 'crisis-signal')!
    expect(text.slice(signal.offset, signal.endOffset)).toMatch(/die/)
    expect(next).toMatchObject({id: 'next', line: 2, priority: expect.stringMatching(/^(high|urgent)$/)})
  }, 240_000)

  it('writes each result as soon as its turn comes, without waiting for the lines after it', async () => {
    const child = spawn(process.execPath, [bin, '--batch', '-', '--preset', 'moderator', '--format', 'jsonl', '--jobs', '1'], {cwd: root})
    child.stdin.write(JSON.stringify({id: 'first', text: crisis}) + '\n')
    let stdout = ''
    const firstLine = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no result before the rest of the batch was sent (stdout: ${JSON.stringify(stdout)})`)), 20_000)
      child.stdout.on('data', (data: Buffer) => {
        stdout += data.toString()
        if (stdout.includes('\n')) {
          clearTimeout(timer)
          resolve(stdout.slice(0, stdout.indexOf('\n')))
        }
      })
    }).finally(() => child.stdin.end(JSON.stringify({id: 'second', text: crisis}) + '\n'))
    await new Promise((resolve) => child.on('close', resolve))
    expect(JSON.parse(firstLine)).toMatchObject({id: 'first', priority: expect.stringMatching(/^(high|urgent)$/)})
    expect(jsonlReport({status: 0, stdout, stderr: ''}).map((entry) => entry.id)).toEqual(['first', 'second'])
  }, 60_000)

  it('refuses a --max-post-bytes that is not a whole number of 1 or more', () => {
    const outcome = safepost(['--batch', '-', '--max-post-bytes', '0'], {input: ''})
    expect(outcome.status).toBe(2)
    expect(outcome.stderr).toBe('safepost: --max-post-bytes needs a whole number of 1 or more, not "0"\n')
  })
})

describe('standard input', () => {
  it('is read and checked in chunks like a file, within a small heap', () => {
    const text = prose(1024 * 1024) + `${crisis}.\n`
    const outcome = capped(['--stdin', '--preset', 'moderator', '--format', 'jsonl'], text, 160)
    expect(outcome.stderr).toBe('')
    const [entry] = jsonlReport(outcome)
    expect(entry!.priority).toMatch(/^(high|urgent)$/)
    const signal = entry!.messages.find((message) => message.ruleId === 'crisis-signal')!
    expect(text.slice(signal.offset, signal.endOffset)).toMatch(/die/)
    expect(signal['line']).toBe(text.split('\n').length - 1)
  }, 240_000)

  it('with a NUL byte is still checked: a piped post is never skipped as a binary file', () => {
    const outcome = safepost(['--stdin', '--format', 'json'], {input: 'He committed suicide.\u0000\n'})
    expect(outcome.stderr).toBe('')
    expect(jsonReport(outcome)[0]!.messages.map((message) => message.ruleId)).toContain('suicide-language')
  })

  it('that is not UTF-8 is reported as a file would be, not checked as mangled text', () => {
    const outcome = safepost(['--stdin', '--format', 'json'], {input: Buffer.from('Caf\xe9: he committed suicide.\n', 'latin1')})
    expect(outcome.stderr).toBe('safepost: <stdin>: not UTF-8 text (an invalid byte at offset 3); safepost reads UTF-8 only\n')
    expect(outcome.status).toBe(2)
  })
})
