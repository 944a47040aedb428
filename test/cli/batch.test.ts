import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {clean, crisis, stigmatising} from './texts.js'
import {assertBuilt, jsonReport, jsonlReport, removeTemporaryFolders, root, ruleIds, safepost, temporaryFolder} from './run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

const queue = [
  JSON.stringify({id: 'q-1', text: stigmatising, author: 'someone', score: 3}),
  '',
  JSON.stringify({id: 'q-2', text: clean}),
  '{"id": "q-3", "text": "unterminated',
  JSON.stringify({id: 'q-4', body: 'no text field'}),
  '   ',
  JSON.stringify({id: 5, text: crisis}),
  JSON.stringify(['not', 'an', 'object']),
  JSON.stringify({text: clean})
].join('\n') + '\n'

describe('--batch', () => {
  it('checks every line in input order, with an entry of its own for each broken line', () => {
    const outcome = safepost(['--batch', '-', '--preset', 'moderator', '--format', 'jsonl'], {input: queue})
    const entries = jsonlReport(outcome)
    expect(entries.map((entry) => entry.id)).toEqual(['q-1', 'q-2', null, 'q-4', 5, null, null])

    const [first, second, unterminated, noText, fifth, array, noId] = entries
    expect(first).toEqual({path: null, id: 'q-1', line: 1, ...checkSync(stigmatising, {preset: 'moderator'})})
    expect(second).toEqual({path: null, id: 'q-2', line: 3, priority: 'none', messages: []})
    expect(unterminated).toEqual({path: null, id: null, line: 4, priority: 'none', messages: [], error: expect.stringMatching(/^line 4: not valid JSON/)})
    expect(noText).toEqual({path: null, id: 'q-4', line: 5, priority: 'none', messages: [], error: 'line 5: the object has no "text"'})
    expect(ruleIds(fifth)).toContain('crisis-signal')
    expect(array).toMatchObject({id: null, line: 8, messages: [], error: expect.stringMatching(/^line 8: /)})
    expect(noId).toEqual({path: null, id: null, line: 9, priority: 'none', messages: []})
    // Broken lines count as errors.
    expect(outcome.status).toBe(1)
  })

  it('reads a file as well as standard input, and writes a json array', () => {
    const folder = temporaryFolder({'queue.jsonl': queue})
    const fromFile = safepost(['--batch', 'queue.jsonl', '--preset', 'moderator', '--format', 'json'], {cwd: folder})
    const fromStdin = safepost(['--batch', '-', '--preset', 'moderator', '--format', 'jsonl'], {input: queue})
    expect(jsonReport(fromFile)).toEqual(jsonlReport(fromStdin))
  })

  it('exits 0 for a clean queue and handles Windows line ends and a byte order mark', () => {
    const input = '\uFEFF' + [JSON.stringify({id: 'a', text: clean}), JSON.stringify({id: 'b', text: clean})].join('\r\n') + '\r\n'
    const outcome = safepost(['--batch', '-', '--format', 'jsonl'], {input})
    expect(outcome.status).toBe(0)
    expect(jsonlReport(outcome)).toEqual([
      {path: null, id: 'a', line: 1, priority: 'none', messages: []},
      {path: null, id: 'b', line: 2, priority: 'none', messages: []}
    ])
  })

  it('names items by line and id in the stylish report', () => {
    const outcome = safepost(['--batch', '-', '--preset', 'moderator'], {input: queue})
    expect(outcome.stdout).toMatch(/^<stdin>:1 \(id q-1\) {2}priority: \w+$/m)
    expect(outcome.stdout).toMatch(/^<stdin>:4\n {2}error {2}line 4: not valid JSON/m)
  })

  it('is 2 for a missing batch file, for paths given with it, and with --fix', () => {
    const folder = temporaryFolder({'post.md': clean, 'queue.jsonl': queue})
    const missing = safepost(['--batch', 'nope.jsonl'], {cwd: folder})
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/--batch nope\.jsonl: no such file or directory/)
    expect(safepost(['--batch', 'queue.jsonl', 'post.md'], {cwd: folder}).status).toBe(2)
    expect(safepost(['--batch', 'queue.jsonl', '--fix'], {cwd: folder}).status).toBe(2)
  })

  const scorer = path.resolve(root, '../shared/eval/score.mjs')
  const devSet = path.resolve(root, '../shared/eval/dev.jsonl')

  it.skipIf(!fs.existsSync(scorer))('runs the quality scorer end to end', async () => {
    const {spawnSync} = await import('node:child_process')
    const result = spawnSync(
      process.execPath,
      [scorer, '--set', devSet, '--cmd', `"${process.execPath}" bin/safepost.js --batch - --preset moderator --format jsonl`],
      {cwd: root, encoding: 'utf8', timeout: 120_000}
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^micro-F1 \d\.\d{3} {2}negatives-FP-rate \d\.\d{3} {2}priority-exact \d\.\d{3}$/m)
  }, 120_000)
})
