// A moderator's queue comes back whole: every entry matched to its line, ids
// exactly as sent, and a line that cannot be read reported, not mangled.
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {rawValueOf} from '../../src/cli/batch.js'
import {clean, crisis} from './texts.js'
import {assertBuilt, jsonReport, jsonlReport, removeTemporaryFolders, safepost, temporaryFolder} from './run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

const line = (value: unknown): string => JSON.stringify(value)

describe('--batch ids', () => {
  it('keeps the digits of a numeric id that a JavaScript number would round', () => {
    const input = ['{"id": 12345678901234567891, "text": "A calm post."}', '{"id": 1.10, "text": "A calm post."}', '{"id": 42, "text": "A calm post."}', '{"id": -0.5e3, "text": "A calm post."}'].join('\n') + '\n'
    const outcome = safepost(['--batch', '-', '--format', 'jsonl'], {input})
    expect(outcome.stdout.split('\n').filter(Boolean).map((entry) => /"id":([^,]*),/.exec(entry)?.[1])).toEqual(['12345678901234567891', '1.10', '42', '-0.5e3'])
    const folder = temporaryFolder({'queue.jsonl': input})
    const json = safepost(['--batch', 'queue.jsonl', '--format', 'json'], {cwd: folder})
    expect(json.stdout).toMatch(/^\[\{"path":null,"id":12345678901234567891,"line":1,/)
    expect(jsonReport(json)).toHaveLength(4)
    const stylish = safepost(['--batch', '-', '--preset', 'moderator'], {input: `{"id": 12345678901234567891, "text": ${line(crisis)}}\n`})
    expect(stylish.stdout).toContain('<stdin>:1 (id 12345678901234567891)')
  })

  it('finds the id among nested objects, escaped quotes and repeated keys as JSON.parse does', () => {
    expect(rawValueOf('{"meta": {"id": 1}, "text": "say \\"id\\": 2", "id": 3e0}', 'id')).toBe('3e0')
    expect(rawValueOf('{"id": 1, "id": 20.0}', 'id')).toBe('20.0')
    expect(rawValueOf('{"a": [1, {"id": 5}], "b": "\\\\"}', 'id')).toBeUndefined()
  })

  it('says on stderr when an id is an object, an array or null, and still checks the post', () => {
    const input = [line({id: {user: 7}, text: crisis}), line({id: null, text: clean}), line({id: [1], text: clean}), line({text: clean})].join('\n') + '\n'
    const outcome = safepost(['--batch', '-', '--preset', 'moderator', '--format', 'jsonl'], {input})
    const entries = jsonlReport(outcome)
    expect(entries.map((entry) => entry.id)).toEqual([null, null, null, null])
    expect(entries[0]!.priority).not.toBe('none')
    expect(outcome.stderr).toBe(
      'safepost: <stdin>:1: "id" is an object, not a string or a number; the entry has id null\n' +
        'safepost: <stdin>:2: "id" is null, not a string or a number; the entry has id null\n' +
        'safepost: <stdin>:3: "id" is an array, not a string or a number; the entry has id null\n'
    )
  })
})

describe('--batch lines', () => {
  it('gives every entry its line number, blank lines skipped but counted', () => {
    const input = [line({text: clean}), '', '   ', line({text: crisis}), '\t', line({text: clean})].join('\n') + '\n'
    const entries = jsonlReport(safepost(['--batch', '-', '--format', 'jsonl'], {input}))
    expect(entries.map((entry) => entry.line)).toEqual([1, 4, 6])
  })

  it('keeps a raw CR inside a line in that line: one entry, and the lines after it keep their numbers', () => {
    const input = '{"id": "a", "text": "one\rtwo"}\n' + '{"id": "b",\r"text": "A calm post."}\r\n' + line({id: 'c', text: clean}) + '\n'
    const entries = jsonlReport(safepost(['--batch', '-', '--format', 'jsonl'], {input}))
    expect(entries.map((entry) => [entry.id, entry.line, entry.error?.slice(0, 23)])).toEqual([
      [null, 1, 'line 1: not valid JSON '],
      ['b', 2, undefined],
      ['c', 3, undefined]
    ])
  })

  it('reports a line that is not UTF-8 as a file would be, and checks the others', () => {
    const input = Buffer.concat([Buffer.from(line({id: 'a', text: clean}) + '\n'), Buffer.from('{"id": "b", "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n'), Buffer.from(line({id: 'c', text: clean}) + '\n')])
    const outcome = safepost(['--batch', '-', '--format', 'jsonl'], {input})
    const entries = jsonlReport(outcome)
    expect(entries.map((entry) => entry.line)).toEqual([1, 2, 3])
    expect(entries[1]).toEqual({path: null, id: null, line: 2, priority: 'none', messages: [], error: 'line 2: not UTF-8 text (an invalid byte at offset 24 of the line); safepost reads UTF-8 only'})
    expect(outcome.status).toBe(1)
  })

  it('reads a last line without a line end', () => {
    const entries = jsonlReport(safepost(['--batch', '-', '--format', 'jsonl'], {input: line({id: 'a', text: clean}) + '\n' + line({id: 'b', text: clean})}))
    expect(entries.map((entry) => entry.id)).toEqual(['a', 'b'])
  })
})
