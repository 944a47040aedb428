// The language server's limits (issue 18, item 9), driven by the real LSP
// client over stdio: a malformed message header is skipped instead of wedging
// the server, a document over the size cap gets one "too large" diagnostic,
// a check past its time budget is stopped without holding up other
// documents, a superseded check is cancelled, and closing a document frees
// what the server kept for it. Every document is generated here.
import {pathToFileURL} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import {capabilities, root, startClient, type Client} from './client.js'

const uriOf = (name: string) => pathToFileURL(`${root}/test-limits-${name}`).href
const paragraph = 'My friend committed suicide last spring, and I still think about him. Some days I feel so OCD about my notes.\n\n'
/** Prose that takes seconds to check: hundreds of kilobytes of it. */
const slow = (kilobytes: number) => paragraph.repeat(Math.ceil((kilobytes * 1024) / paragraph.length))

let clients: Client[] = []

async function start(args: string[] = []): Promise<Client> {
  const client = startClient({args})
  clients.push(client)
  await client.connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: capabilities(), workspaceFolders: null})
  await client.connection.sendNotification('initialized', {})
  return client
}

let version = 1
const open = (client: Client, uri: string, text: string) =>
  client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: version++, text}})

afterEach(() => {
  for (const client of clients) if (client.child.exitCode === null) client.child.kill()
  clients = []
})

describe('language server limits', () => {
  it('skips a header without Content-Length and reads LF-only headers, then answers as usual', async () => {
    const client = startClient()
    clients.push(client)
    // what a broken client might send first: no length at all, then a header with bare line feeds
    client.child.stdin.write('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n')
    const note = JSON.stringify({jsonrpc: '2.0', method: 'workspace/didChangeConfiguration', params: {settings: {}}})
    client.child.stdin.write(`Content-Length: ${Buffer.byteLength(note)}\n\n${note}`)
    const answer = await Promise.race([
      client.connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: capabilities(), workspaceFolders: null}),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer to initialize; stderr: ${client.stderr()}`)), 10_000))
    ])
    expect((answer as {serverInfo?: {name: string}}).serverInfo?.name).toBe('safepost-language-server')
    expect(client.stderr()).toMatch(/header without Content-Length was skipped/)
  })

  it('diagnoses a document over the size cap as too large instead of checking it', async () => {
    const client = await start()
    const uri = uriOf('huge.md')
    const started = performance.now()
    await open(client, uri, 'x'.repeat(1_100_000) + '\n\nI want to die tonight\n')
    const published = await client.diagnostics(uri)
    expect(performance.now() - started).toBeLessThan(5000)
    expect(published.diagnostics.map((d) => d.code)).toEqual(['not-checked'])
    expect(published.diagnostics[0]!.message).toMatch(/too large/)
  })

  it('stops a check past its time budget, and other documents are checked meanwhile', async () => {
    const client = await start(['--check-timeout', '2000'])
    const hostile = uriOf('hostile.md')
    await open(client, hostile, slow(400))
    const stopped = await client.diagnostics(hostile, undefined, 20_000)
    expect(stopped.diagnostics.map((d) => d.code)).toEqual(['not-checked'])
    expect(stopped.diagnostics[0]!.message).toMatch(/stopped checking this document after 2 s/)
    const other = uriOf('other.md')
    await open(client, other, paragraph)
    const checked = await client.diagnostics(other, (p) => p.diagnostics.length > 0, 10_000)
    expect(checked.diagnostics.map((d) => d.code)).toContain('suicide-language')
  }, 40_000)

  it('cancels a long check that a newer version supersedes', async () => {
    const client = await start()
    const uri = uriOf('edited.md')
    // about ten seconds of checking on an idle machine
    await open(client, uri, slow(430))
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const edited = version++
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: edited}, contentChanges: [{text: paragraph}]})
    const started = performance.now()
    const published = await client.diagnostics(uri, (p) => p.version === edited, 30_000)
    expect(performance.now() - started).toBeLessThan(5000)
    expect(published.diagnostics.map((d) => d.code)).toContain('suicide-language')
  }, 40_000)

  it('frees what it kept for a document when the document closes', async () => {
    const client = await start()
    const uris = ['a.md', 'b.md', 'c.md'].map(uriOf)
    for (const uri of uris) await open(client, uri, paragraph)
    for (const uri of uris) await client.diagnostics(uri, (p) => p.diagnostics.length > 0)
    expect(await client.connection.sendRequest('safepost/status')).toEqual({documents: 3, settings: 0, checked: 3})
    for (const uri of uris) await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
    for (const uri of uris) await client.diagnostics(uri, (p) => p.diagnostics.length === 0)
    expect(await client.connection.sendRequest('safepost/status')).toEqual({documents: 0, settings: 0, checked: 0})
  })
})
