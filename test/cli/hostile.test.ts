// Whatever users post and repositories hold: the command keeps working, says
// clearly what went wrong, and never loses or mangles text.
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {Progress} from '../../src/cli/progress.js'
import {readChunks} from '../../src/cli/file-chunks.js'
import {assertBuilt, bin, jsonReport, jsonlReport, removeTemporaryFolders, root, ruleIds, safepost, temporaryFolder, type Outcome} from './run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

const faults = path.join(root, 'test', 'fixtures', 'preload', 'faults.cjs')
const withFaults = (env: Record<string, string> = {}) => ({NODE_OPTIONS: `--require ${faults}`, ...env})

/** `safepost` for the big inputs: more time and a bigger output buffer than `run.ts` gives. */
function safepostBig(args: string[], options: {cwd?: string, input?: string, env?: Record<string, string>} = {}): Outcome {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env: {...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env} as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 512 * 1024 * 1024
  })
  if (result.error) throw result.error
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('odd files', () => {
  it('reports an empty file as clean', () => {
    const folder = temporaryFolder({'empty.md': '', 'empty.txt': ''})
    const outcome = safepost(['empty.md', 'empty.txt', '--format', 'json'], {cwd: folder})
    expect(outcome.status).toBe(0)
    expect(jsonReport(outcome)).toEqual([
      {path: 'empty.md', id: null, priority: 'none', messages: []},
      {path: 'empty.txt', id: null, priority: 'none', messages: []}
    ])
  })

  it('skips a binary file with a note on stderr, leaving the exit status as it would be without it', () => {
    const folder = temporaryFolder({'post.md': 'We shared resources at the meetup.\n'})
    fs.writeFileSync(path.join(folder, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))
    const outcome = safepost(['photo.png', 'post.md', '--format', 'json'], {cwd: folder})
    expect(outcome.stderr).toBe('safepost: skipped photo.png: binary file (it holds NUL bytes)\n')
    expect(outcome.status).toBe(0)
    expect(jsonReport(outcome).map((entry) => entry.path)).toEqual(['post.md'])
  })

  it('reports a file that is not UTF-8, with where, and does not rewrite it under --fix', () => {
    const latin1 = Buffer.from('Caf\xe9 talk: he committed suicide.\n', 'latin1')
    const folder = temporaryFolder()
    fs.writeFileSync(path.join(folder, 'old.txt'), latin1)
    fs.writeFileSync(path.join(folder, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('he committed suicide', 'utf16le')]))
    const outcome = safepost(['old.txt', 'utf16.txt', '--fix', '--format', 'json'], {cwd: folder})
    expect(outcome.stderr).toContain('safepost: old.txt: not UTF-8 text (an invalid byte at offset 3); safepost reads UTF-8 only\n')
    expect(outcome.stderr).toContain('safepost: utf16.txt: not UTF-8 text (an invalid byte at offset 0, a UTF-16 byte order mark)')
    expect(outcome.status).toBe(2)
    expect(jsonReport(outcome)).toEqual([])
    expect(fs.readFileSync(path.join(folder, 'old.txt')).equals(latin1)).toBe(true)
  })

  it('says so when a file is deleted between listing and reading, and checks the rest', () => {
    const folder = temporaryFolder({'posts/a-vanishing.md': 'he committed suicide\n', 'posts/b.md': 'he committed suicide\n'})
    const outcome = safepost(['posts', '--format', 'json'], {cwd: folder, env: withFaults({SAFEPOST_VANISH: 'vanishing'})})
    expect(outcome.stderr).toContain(`safepost: cannot read ${path.join('posts', 'a-vanishing.md')}: no such file or directory\n`)
    expect(outcome.status).toBe(2)
    expect(jsonReport(outcome).map((entry) => entry.path)).toEqual([path.join('posts', 'b.md')])
  })

  it('says so when a file is made unreadable between listing and reading, and checks the rest', () => {
    // (Run as root, a mode change does not stop a read: the preload makes the open fail as it would.)
    const folder = temporaryFolder({'posts/a-locked.md': 'he committed suicide\n', 'posts/b.md': 'he committed suicide\n'})
    const outcome = safepost(['posts', '--format', 'json'], {cwd: folder, env: withFaults({SAFEPOST_UNREADABLE: 'locked'})})
    expect(outcome.stderr).toBe(`safepost: cannot read ${path.join('posts', 'a-locked.md')}: permission denied\n`)
    expect(outcome.status).toBe(2)
    expect(jsonReport(outcome).map((entry) => entry.path)).toEqual([path.join('posts', 'b.md')])
  })

  it('walks a folder with a symbolic link loop once, without hanging', () => {
    const folder = temporaryFolder({'posts/one.md': 'he committed suicide\n', 'posts/deeper/two.md': 'A calm post.\n'})
    fs.symlinkSync('..', path.join(folder, 'posts', 'deeper', 'loop'))
    fs.symlinkSync('.', path.join(folder, 'posts', 'self'))
    const outcome = safepost(['posts', '--format', 'json'], {cwd: folder})
    expect(outcome.status).toBe(0)
    const paths = jsonReport(outcome).map((entry) => entry.path)
    expect(new Set(paths).size).toBe(paths.length)
    expect(paths).toContain(path.join('posts', 'one.md'))
    expect(paths).toContain(path.join('posts', 'deeper', 'two.md'))
  })

  it('handles paths with spaces and non-ASCII characters, in folders, globs and --fix', () => {
    const name = path.join('brouillons d’été', 'mon pöst 😀 (1).md')
    const folder = temporaryFolder({[name]: 'He committed suicide.\n'})
    for (const input of ['brouillons d’été', name, 'brouillons d’été/*.md']) {
      const outcome = safepost([input, '--format', 'json'], {cwd: folder})
      expect(jsonReport(outcome).map((entry) => entry.path)).toEqual([name])
    }
    expect(safepost([name, '--fix'], {cwd: folder}).status).toBe(0)
    expect(fs.readFileSync(path.join(folder, name), 'utf8')).toBe('He died by suicide.\n')
  })
})

describe('a config that does not parse', () => {
  it.each([
    ['.safepostrc.json', '{"preset": "moderator",'],
    ['.safepostrc.yaml', 'preset: [moderator\n  rules: {'],
    ['.safepostrc', '{"preset": moderator'],
    ['package.json', '{"name": "x", "safepost": {'],
  ])('%s stops the run with status 2 and a message naming it', (file, text) => {
    const folder = temporaryFolder({[file]: text, 'post.md': 'he committed suicide\n'})
    const outcome = safepost(['post.md', '--format', 'json'], {cwd: folder})
    expect(outcome.status).toBe(2)
    expect(outcome.stdout).toBe('')
    expect(outcome.stderr).toMatch(new RegExp(`^safepost: .*${file.replace('.', '\\.')}`))
    expect(outcome.stderr).not.toContain('internal error')
  })
})

describe('a huge file is checked in chunks', () => {
  /** Markdown of about `size` characters: paragraphs, fenced code (that must stay code) and a phrase every so often. */
  function bigMarkdown(size: number): {text: string, phrases: number} {
    const parts: string[] = []
    let length = 0
    let phrases = 0
    for (let n = 0; length < size; n++) {
      let part: string
      if (n % 50 === 7) {
        // a fence with blank lines inside: never a place to cut
        part = '```\nhe committed suicide in code\n\n\n' + 'code line\n\n'.repeat(40) + '```\n\n'
      } else if (n % 10 === 3) {
        part = `Paragraph ${n}: he committed suicide, the report said. Caf\u00e9 \u{1F469}\u{1F3FD}\u200D\u{1F4BB}\r\nsecond line.\n\n`
        phrases++
      } else {
        part = `Paragraph ${n} says nothing of note, at some length, to fill the file with ordinary prose.\n`.repeat(3) + '\n'
      }
      parts.push(part)
      length += part.length
    }
    return {text: parts.join(''), phrases}
  }

  it('cuts only at blank lines outside fences, and the chunks join back into the file', () => {
    const {text} = bigMarkdown(600_000)
    const folder = temporaryFolder({'big.md': text})
    const chunks = [...readChunks(path.join(folder, 'big.md'), 'markdown', {chunkSize: 20_000, blockSize: 4096})]
    expect(chunks.length).toBeGreaterThan(20)
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(text)
    for (const chunk of chunks) {
      expect(text.slice(chunk.offset, chunk.offset + chunk.text.length)).toBe(chunk.text)
      if (chunk.index > 0) expect(text.slice(0, chunk.offset)).toMatch(/\n[ \t]*\r?\n$/)
      expect((chunk.text.match(/^```/gm) ?? []).length % 2).toBe(0) // no fence cut in two
    }
  })

  it('reports every message at its place in the whole file, as a small file would be', {timeout: 200_000}, () => {
    const {text, phrases} = bigMarkdown(700_000)
    const folder = temporaryFolder({'big.md': '\uFEFF' + text})
    const outcome = safepostBig(['big.md', '--format', 'json'], {cwd: folder})
    expect(outcome.stderr).toBe('')
    const [entry] = jsonReport(outcome)
    const language = entry!.messages.filter((message) => message.ruleId === 'suicide-language')
    expect(language).toHaveLength(phrases) // none from the fenced code
    const lines = text.split(/\r\n|\r|\n/)
    for (const message of language) {
      expect(text.slice(message.offset, message.endOffset)).toBe('committed suicide')
      const line = lines[(message['line'] as number) - 1]!
      expect(line.slice((message['column'] as number) - 1).startsWith('committed suicide')).toBe(true)
    }
    // whole-post rules speak once each, at most
    for (const rule of ['content-warning', 'help-resources']) expect(ruleIds(entry).filter((id) => id === rule).length).toBeLessThanOrEqual(1)
  })

  it('--fix rewrites a chunked file and keeps every other byte', {timeout: 200_000}, () => {
    const {text, phrases} = bigMarkdown(300_000)
    const folder = temporaryFolder({'big.md': text})
    safepostBig(['big.md', '--fix', '--format', 'json'], {cwd: folder})
    const fixed = fs.readFileSync(path.join(folder, 'big.md'), 'utf8')
    expect(fixed.split('he died by suicide, the report said').length - 1).toBe(phrases)
    // the whole-post fixes add a warning at the top and help at the end (before the last blank line), as on a small file
    const withoutInsertions = fixed.replace(/^CW: [^\r\n]*\r?\n\r?\n/, '').replace(/\r?\n\r?\nIf you're struggling[^\r\n]*/, '')
    expect(withoutInsertions.replaceAll('he died by suicide, the report said', 'he committed suicide, the report said')).toBe(text)
  })

  it('checks a file many times the chunk size within a small, fixed heap', () => {
    // One tree for 1 MB of Markdown needs more than 190 MB of heap; in chunks,
    // 2 MB fits in 160 MB (a fixed part of it the library, its dictionaries and the
    // trained scorer's weights), since memory follows the chunk size, not the file size.
    const folder = temporaryFolder({'big.md': bigMarkdown(2_000_000).text})
    const outcome = safepostBig(['big.md', '--format', 'jsonl', '--quiet'], {cwd: folder, env: withFaults({SAFEPOST_REPORT_RSS: '1', NODE_OPTIONS: `--max-old-space-size=160 --require ${faults}`})})
    expect(outcome.stderr).toMatch(/^peak-rss-kb=\d+\n$/)
    expect(outcome.status).toBe(0)
    expect(jsonlReport(outcome)).toHaveLength(1)
  }, 400_000)
})

describe('--batch at scale', () => {
  const mix = ['he committed suicide', 'I want to die tonight', 'Nice day at the beach.', '#thinspo goals, 40kg', 'We talked about self-harm at the meetup.', 'this homework makes me want to die lol']
  const queue = (count: number, broken?: number) => Array.from({length: count}, (_, n) => (n === broken ? '{"id": "broken", "text": ' : JSON.stringify({id: `p${n}`, text: `${mix[n % mix.length]} ${n}`}))).join('\n') + '\n'

  it('gives the same report, in input order, with worker threads as without, a broken line included', () => {
    const folder = temporaryFolder({'queue.jsonl': queue(600, 333)})
    const one = safepost(['--batch', 'queue.jsonl', '--preset', 'moderator', '--format', 'jsonl', '--jobs', '1'], {cwd: folder})
    const two = safepost(['--batch', 'queue.jsonl', '--preset', 'moderator', '--format', 'jsonl', '--jobs', '2'], {cwd: folder})
    expect(two.stdout).toBe(one.stdout)
    expect(two.status).toBe(one.status)
    const entries = jsonlReport(two)
    expect(entries).toHaveLength(600)
    expect(entries[333]).toMatchObject({id: null, line: 334, error: expect.stringMatching(/^line 334: not valid JSON/)})
    expect(entries[599]).toEqual({path: null, id: 'p599', line: 600, ...checkSync(`${mix[599 % mix.length]} 599`, {preset: 'moderator'})})
  })

  it('refuses a --jobs that is not a whole number of 1 or more', () => {
    const outcome = safepost(['--batch', '-', '--jobs', '0'], {input: queue(1)})
    expect(outcome.status).toBe(2)
    expect(outcome.stderr).toBe('safepost: --jobs needs a whole number of 1 or more, not "0"\n')
  })

  it('streams: a queue whose report is larger than the heap goes through a capped heap', () => {
    // Peak RSS depends on when V8 collects, so the proof is a cap instead: the
    // report on 30,000 posts is tens of megabytes (twice that as JS strings),
    // far more than a 48 MB heap could hold if the batch were buffered.
    const count = 30_000
    const outcome = safepostBig(['--batch', '-', '--format', 'jsonl', '--jobs', '1'], {input: queue(count), env: {NODE_OPTIONS: '--max-old-space-size=48'}})
    expect(outcome.stderr).toBe('')
    expect(outcome.status).toBe(0)
    expect(outcome.stdout.length).toBeGreaterThan(24 * 1024 * 1024)
    expect(jsonlReport(outcome)).toHaveLength(count)
  }, 400_000)

  it('on Ctrl-C, reports the posts checked so far, in order, and exits with 130', async () => {
    const folder = temporaryFolder({'queue.jsonl': queue(200_000)})
    const child = spawn(process.execPath, [bin, '--batch', 'queue.jsonl', '--format', 'jsonl', '--jobs', '1'], {cwd: folder})
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()))
    const status = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (data: Buffer) => {
        if (stdout === '') setTimeout(() => child.kill('SIGINT'), 300)
        stdout += data.toString()
      })
      child.on('close', resolve)
    })
    expect(status).toBe(130)
    const lines = stdout.split('\n')
    expect(lines.pop()).toBe('') // every line complete
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.length).toBeLessThan(200_000)
    expect(lines.map((line) => (JSON.parse(line) as {id: string}).id)).toEqual(lines.map((_, n) => `p${n}`))
    expect(stderr).toBe(`safepost: interrupted: the report covers the ${lines.length} inputs checked before Ctrl-C; the rest were not checked\n`)
  }, 60_000)
})

describe('progress', () => {
  it('is shown on a terminal, at most every interval, and cleared', () => {
    const written: string[] = []
    let now = 0
    const progress = new Progress({isTTY: true, write: (text: string) => written.push(text)}, 200, () => now)
    progress.update('1 post')
    now = 100
    progress.update('2 posts')
    now = 250
    progress.update('3 posts')
    progress.clear()
    expect(written).toEqual(['\r\x1b[2K1 post', '\r\x1b[2K3 posts', '\r\x1b[2K'])
  })

  it('is never written when stderr is not a terminal', () => {
    const written: string[] = []
    const progress = new Progress({isTTY: false, write: (text: string) => written.push(text)})
    progress.update('1 post')
    progress.clear()
    expect(written).toEqual([])
    // and the command, on a pipe, writes nothing but the report
    expect(safepost(['--batch', '-', '--format', 'jsonl'], {input: JSON.stringify({id: 1, text: 'hello'}) + '\n'}).stderr).toBe('')
  })
})
