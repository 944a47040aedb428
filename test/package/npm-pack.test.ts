// What a user gets from `npm pack`: the tarball installed into an empty
// folder with nothing else, both commands and the library run from there.
// Packs the current build (`npm test` builds first) without running `prepare` again.
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {stigmatising} from '../cli/texts.js'
import {assertBuilt, removeTemporaryFolders, root, temporaryFolder} from '../cli/run.js'
import {run} from './installs.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string, dependencies: Record<string, string>, devDependencies: Record<string, string>}

/** Start the language server and ask it to initialize, as an editor does; resolves to its reply. */
async function initialize(server: string, cwd: string): Promise<{result?: {capabilities?: Record<string, unknown>}}> {
  const child = spawn(server, ['--stdio'], {cwd, stdio: 'pipe'})
  const request = JSON.stringify({jsonrpc: '2.0', id: 1, method: 'initialize', params: {processId: null, rootUri: null, capabilities: {}}})
  child.stdin.write(`Content-Length: ${Buffer.byteLength(request)}\r\n\r\n${request}`)
  let received = ''
  const reply = await new Promise<string>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => reject(new Error(`the language server exited (${code}) before replying: ${received}`)))
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      received += chunk
      const body = /Content-Length: (\d+)\r\n\r\n/.exec(received)
      if (body && received.length >= body.index + body[0].length + Number(body[1])) resolve(received.slice(body.index + body[0].length))
    })
  })
  child.kill()
  return JSON.parse(reply) as {result?: {capabilities?: Record<string, unknown>}}
}

describe('the npm package', () => {
  let app: string

  beforeAll(() => {
    const packed = temporaryFolder()
    const pack = run('npm', ['pack', '--ignore-scripts', '--pack-destination', packed], root)
    expect(pack.status, pack.output).toBe(0)
    app = temporaryFolder({
      'package.json': '{"name": "blog", "private": true, "type": "module"}\n',
      'posts/memorial.md': `# For my uncle\n\n${stigmatising}`,
      '.safepostrc.yaml': 'dictionaries: [house.yml]\n',
      'house.yml': 'rule: mental-illness-stigma\nentries:\n  - id: house-nutty-professor\n    match: ["nutty professor"]\n    suggest: ["eccentric professor"]\n    fix: choice\n    reason: Our style guide avoids jokes about mental illness in headlines.\n    source: MFmi\n',
      'posts/staff.md': 'Our nutty professor retired.\n'
    })
    const install = run('npm', ['install', '--no-audit', '--no-fund', path.join(packed, `safepost-${manifest.version}.tgz`)], app)
    expect(install.status, install.output).toBe(0)
  }, 600_000)

  it('installs only its runtime dependencies', () => {
    const installed = (name: string) => fs.existsSync(path.join(app, 'node_modules', name))
    for (const name of Object.keys(manifest.dependencies)) expect(installed(name), name).toBe(true)
    for (const name of ['typescript', 'esbuild', 'vitest']) expect(installed(name), name).toBe(false)
  })

  it('runs `safepost` on a post, with a project dictionary compiled at run time', () => {
    const outcome = run(path.join(app, 'node_modules', '.bin', 'safepost'), ['posts/', '--format', 'json'], app)
    expect(outcome.output).not.toMatch(/Cannot find (package|module)/)
    const report = JSON.parse(outcome.output) as {path: string, messages: {ruleId: string, actual: string}[]}[]
    expect(report.map((entry) => [entry.path, entry.messages.map((message) => message.actual)])).toEqual([
      ['posts/memorial.md', ['committed suicide']],
      ['posts/staff.md', ['nutty professor']]
    ])
    expect(run(path.join(app, 'node_modules', '.bin', 'safepost'), ['--version'], app).output).toBe(`${manifest.version}\n`)
  })

  it('runs `safepost-language-server`, which answers an editor', async () => {
    const reply = await initialize(path.join(app, 'node_modules', '.bin', 'safepost-language-server'), app)
    expect(reply.result?.capabilities).toHaveProperty('textDocumentSync')
  })

  it('gives the library and its subpaths to `import`', () => {
    const program = `
      import {checkSync} from 'safepost'
      import * as core from 'safepost/core'
      import 'safepost/html'
      const text = ${JSON.stringify(`<p>${stigmatising}</p>`)}
      console.log(checkSync(text, {format: 'html'}).messages[0].ruleId, core.checkSync(text, {format: 'html'}).messages.length)
    `
    expect(run(process.execPath, ['--input-type=module', '-e', program], app).output).toBe('suicide-language 1\n')
  })
})
