// safepost never makes a network request: the command line and the library
// run here with every network entry point replaced by one that records the
// attempt and throws (test/fixtures/preload/no-network.cjs).
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {assertBuilt, bin, root} from './cli/run.js'

const preload = path.join(root, 'test', 'fixtures', 'preload', 'no-network.cjs')
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'safepost-offline-'))
const log = path.join(folder, 'network.log')
const env = {...process.env, NODE_OPTIONS: `--require ${preload}`, SAFEPOST_NETWORK_LOG: log}

beforeAll(() => {
  assertBuilt()
  fs.writeFileSync(path.join(folder, 'post.md'), '---\ntitle: x\n---\n\nHe committed suicide. See https://example.com and @someone.\n')
  fs.writeFileSync(path.join(folder, 'page.html'), '<p>I want to die. <a href="https://example.com/x">link</a><img src="https://example.com/i.png"></p>\n')
  fs.writeFileSync(path.join(folder, '.safepostrc.json'), JSON.stringify({preset: 'moderator', region: 'UK'}))
  const queue = Array.from({length: 400}, (_, n) => JSON.stringify({id: n, text: n % 2 ? 'I want to die tonight, https://example.com' : '#thinspo 40kg'})).join('\n')
  fs.writeFileSync(path.join(folder, 'queue.jsonl'), queue + '\n')
})
afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

function run(args: string[], input = ''): {status: number | null, stdout: string, stderr: string} {
  const result = spawnSync(process.execPath, args, {cwd: folder, env, input, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024})
  if (result.error) throw result.error
  return result
}

const attempts = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '')

describe('no network access', () => {
  it('the blocker works: a request made under it is recorded and fails', () => {
    const probe = run(['-e', "fetch('https://example.com').catch(() => {}); require('node:https').get('https://example.com').on('error', () => {})"])
    expect(probe.stderr).toContain('network access is blocked')
    expect(attempts()).toMatch(/fetch/)
    fs.rmSync(log)
  })

  it('the command line reaches nothing: files, folders, config, stdin, --fix, --batch with worker threads', () => {
    const runs = [
      run([bin, 'post.md', 'page.html', '--format', 'json', '--why']),
      run([bin, '.', '--format', 'sarif']),
      run([bin, '--stdin', '--stdin-filename', 'x.mdx', '--format', 'jsonl'], 'I want to die. <Note>hi</Note>\n'),
      run([bin, 'post.md', '--fix-dry-run']),
      run([bin, '--batch', 'queue.jsonl', '--format', 'jsonl', '--jobs', '2'])
    ]
    for (const outcome of runs) expect(outcome.stderr).not.toContain('network access is blocked')
    for (const outcome of runs) expect(outcome.status === 0 || outcome.status === 1, outcome.stderr).toBe(true)
    expect(runs[4]!.stdout.trim().split('\n')).toHaveLength(400)
    expect(attempts()).toBe('')
  }, 120_000)

  it('the library reaches nothing, in every format', () => {
    const script = `
      import {check, fix} from ${JSON.stringify(path.join(root, 'dist', 'src', 'index.js'))}
      for (const format of ['text', 'markdown', 'mdx', 'html']) {
        const report = await check('He committed suicide. https://example.com <img src="https://example.com/x.png">', {format, preset: 'moderator'})
        if (!report.messages.length) throw new Error('no messages for ' + format)
        fix('He committed suicide.', {format})
      }
      console.log('checked')
    `
    const outcome = run(['--input-type=module', '-e', script])
    expect(outcome.stderr).toBe('')
    expect(outcome.stdout).toBe('checked\n')
    expect(attempts()).toBe('')
  })
})
