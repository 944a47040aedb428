// A batch's results go out a block at a time (src/cli/coalesced-output.ts):
// the same text in far fewer writes, and nothing held once the process is idle.
import {Writable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {CoalescedOutput} from '../../src/cli/coalesced-output.js'

function recorder(): {stream: Writable, writes: string[]} {
  const writes: string[] = []
  const stream = new Writable({write(chunk: Buffer, _encoding, done) { writes.push(chunk.toString()); done() }})
  return {stream, writes}
}

describe('coalesced output', () => {
  it('writes many results as a few blocks, in order', async () => {
    const {stream, writes} = recorder()
    const output = new CoalescedOutput(stream, 1000)
    const lines = Array.from({length: 500}, (_, n) => `{"id":${n}}\n`)
    for (const line of lines) await output.write(line)
    await output.flush()
    expect(writes.join('')).toBe(lines.join(''))
    expect(writes.length).toBeLessThan(10)
  })

  it('writes what it holds as soon as the process has nothing else to do', async () => {
    const {stream, writes} = recorder()
    const output = new CoalescedOutput(stream)
    await output.write('first\n')
    expect(writes).toEqual([])
    await new Promise((resolve) => setImmediate(resolve))
    await new Promise((resolve) => setImmediate(resolve))
    expect(writes).toEqual(['first\n'])
  })
})
