// The language server, started as a real child process and driven by a real
// LSP client over stdio, the way an editor does it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {CodeAction, Diagnostic, PublishDiagnosticsParams} from 'vscode-languageserver-protocol'
import {applyEdits, capabilities, covered, startClient, type Client} from './client.js'

const post = [
  '# After the exam',
  '',
  'My friend committed suicide last spring, and I still think about him.',
  'Some days I feel so OCD about my notes.',
  ''
].join('\n')

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'safepost-lsp-'))
const uriOf = (name: string) => pathToFileURL(path.join(tmp, name)).href
let version = 1

function open(client: Client, uri: string, text: string, languageId = 'markdown') {
  return client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: version++, text}})
}

function codeActions(client: Client, uri: string, range: Diagnostic['range'], diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return client.connection.sendRequest('textDocument/codeAction', {
    textDocument: {uri},
    range,
    context: {diagnostics, ...(only ? {only} : {}), triggerKind: 1}
  }) as Promise<CodeAction[]>
}

const editsOf = (action: CodeAction, uri: string) => action.edit?.changes?.[uri] ?? []
const byRule = (p: PublishDiagnosticsParams, rule: string) => p.diagnostics.filter((d) => d.code === rule)

describe('safepost-language-server over stdio', () => {
  let client: Client

  beforeAll(async () => {
    client = startClient()
    const result = (await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(tmp).href,
      capabilities: capabilities(),
      workspaceFolders: null
    })) as {capabilities: Record<string, any>; serverInfo?: {name: string}}
    expect(result.serverInfo?.name).toBe('safepost-language-server')
    expect(result.capabilities.textDocumentSync).toMatchObject({openClose: true, change: 2})
    expect(result.capabilities.codeActionProvider.codeActionKinds).toContain('source.fixAll.safepost')
    await client.connection.sendNotification('initialized', {})
  })

  afterAll(async () => {
    if (client.child.exitCode === null) client.child.kill()
    fs.rmSync(tmp, {recursive: true, force: true})
  })

  it('publishes diagnostics on open, at the right ranges, with code, docs link, severity and note', async () => {
    const uri = uriOf('open.md')
    await open(client, uri, post)
    const published = await client.diagnostics(uri)
    const [d] = byRule(published, 'suicide-language')
    expect(d).toBeDefined()
    expect(d!.range).toEqual({start: {line: 2, character: 10}, end: {line: 2, character: 27}})
    expect(covered(post, d!)).toBe('committed suicide')
    expect(d!.source).toBe('safepost')
    expect(d!.severity).toBe(2)
    expect(d!.codeDescription?.href).toMatch(/docs\/rules\/suicide-language\.md$/)
    expect(d!.message).toMatch(/died by suicide/)
    expect(d!.message).toMatch(/Source:/)
    const [t] = byRule(published, 'trivializing')
    expect(covered(post, t!)).toBe('so OCD')
  })

  it('offers a quick fix per suggested phrasing, and applying one rewrites the text', async () => {
    const uri = uriOf('quickfix.md')
    await open(client, uri, post)
    const [d] = byRule(await client.diagnostics(uri), 'suicide-language')
    const actions = await codeActions(client, uri, d!.range, [d!], ['quickfix'])
    const replacements = actions.filter((a) => a.title.startsWith('Replace with'))
    expect(replacements.map((a) => a.title)).toEqual(['Replace with "died by suicide"', 'Replace with "took their own life"', 'Replace with "ended their life"'])
    expect(replacements[0]!.isPreferred).toBe(true)
    expect(replacements[0]!.kind).toBe('quickfix')
    expect(replacements[0]!.diagnostics?.[0]?.code).toBe('suicide-language')
    const fixed = applyEdits(post, editsOf(replacements[1]!, uri))
    expect(fixed).toContain('My friend took their own life last spring')
  })

  it('applies the edit, then re-checks incremental changes (debounced) with the new version', async () => {
    const uri = uriOf('change.md')
    await open(client, uri, post)
    const first = await client.diagnostics(uri)
    const [d] = byRule(first, 'suicide-language')
    const [quick] = (await codeActions(client, uri, d!.range, [d!], ['quickfix'])).filter((a) => a.isPreferred)
    const edits = editsOf(quick!, uri)
    const next = version++
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: next},
      contentChanges: edits.map((e) => ({range: e.range, text: e.newText}))
    })
    const after = await client.diagnostics(uri, (p) => p.version === next)
    expect(byRule(after, 'suicide-language')).toEqual([])
    expect(byRule(after, 'trivializing')).toHaveLength(1)
  })

  it('fixes every safe rewrite with source.fixAll.safepost', async () => {
    const uri = uriOf('fixall.md')
    const text = 'He committed suicide in May.\n\nShe committed suicide too.\n'
    await open(client, uri, text)
    await client.diagnostics(uri)
    const actions = await codeActions(client, uri, {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, [], ['source.fixAll.safepost'])
    expect(actions).toHaveLength(1)
    expect(actions[0]!.kind).toBe('source.fixAll.safepost')
    const fixed = applyEdits(text, editsOf(actions[0]!, uri))
    expect(fixed).toContain('He died by suicide in May.')
    expect(fixed).toContain('She died by suicide too.')
    expect(fixed).not.toContain('committed')
  })

  it('disables a rule for a line or the file with the directive of the format', async () => {
    for (const [name, languageId, open_, close] of [
      ['disable.md', 'markdown', '<!--', '-->'],
      ['disable.mdx', 'mdx', '{/*', '*/}'],
      ['disable.html', 'html', '<!--', '-->']
    ] as const) {
      const uri = uriOf(name)
      const text = languageId === 'html' ? `<p>Intro.</p>\n<p>My friend committed suicide.</p>\n` : post
      await open(client, uri, text, languageId)
      const [d] = byRule(await client.diagnostics(uri), 'suicide-language')
      const actions = await codeActions(client, uri, d!.range, [d!])
      const line = actions.find((a) => a.title === 'Disable safepost suicide-language for this line')
      const file = actions.find((a) => a.title === 'Disable safepost suicide-language for this file')
      expect(line, name).toBeDefined()
      expect(file, name).toBeDefined()
      const lineText = applyEdits(text, editsOf(line!, uri))
      expect(lineText).toContain(`${open_} safepost-disable-next-line suicide-language ${close}`)
      const fileText = applyEdits(text, editsOf(file!, uri))
      expect(fileText.startsWith(`${open_} safepost-disable suicide-language ${close}\n`)).toBe(true)

      // the directive works: re-checking the edited text drops the message
      const next = version++
      await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: next}, contentChanges: [{text: lineText}]})
      const after = await client.diagnostics(uri, (p) => p.version === next)
      expect(byRule(after, 'suicide-language'), name).toEqual([])
    }
  })

  it('offers no disable actions in plain text, which has no comments', async () => {
    const uri = uriOf('plain.txt')
    await open(client, uri, 'My friend committed suicide.', 'plaintext')
    const [d] = byRule(await client.diagnostics(uri), 'suicide-language')
    const actions = await codeActions(client, uri, d!.range, [d!])
    expect(actions.some((a) => a.title.startsWith('Replace with'))).toBe(true)
    expect(actions.some((a) => a.title.startsWith('Disable'))).toBe(false)
  })

  it('changes diagnostics when the preset changes through workspace/didChangeConfiguration', async () => {
    const uri = uriOf('config.md')
    const text = 'I want to kill myself tonight.\n'
    await open(client, uri, text)
    const before = await client.diagnostics(uri)
    expect(byRule(before, 'crisis-signal').map((d) => d.severity)).toEqual([3])
    const count = client.published(uri).length
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {safepost: {preset: 'moderator'}}})
    const after = await client.diagnostics(uri, () => client.published(uri).length > count)
    expect(byRule(after, 'crisis-signal').map((d) => d.severity)).toEqual([1])
    // moderator ignores inline directives, so it offers none
    const actions = await codeActions(client, uri, byRule(after, 'crisis-signal')[0]!.range, [])
    expect(actions.some((a) => a.title.startsWith('Disable'))).toBe(false)
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {safepost: {}}})
  })

  it('reads the workspace config file, and again when it changes', async () => {
    const folder = path.join(tmp, 'project')
    fs.mkdirSync(folder, {recursive: true})
    const rc = path.join(folder, '.safepostrc.json')
    fs.writeFileSync(rc, JSON.stringify({preset: 'moderator'}))
    const uri = pathToFileURL(path.join(folder, 'post.md')).href
    await open(client, uri, 'I want to kill myself tonight.\n')
    const before = await client.diagnostics(uri)
    expect(byRule(before, 'crisis-signal').map((d) => d.severity)).toEqual([1])
    fs.writeFileSync(rc, JSON.stringify({preset: 'writer'}))
    const count = client.published(uri).length
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(rc).href, type: 2}]})
    const after = await client.diagnostics(uri, () => client.published(uri).length > count)
    expect(byRule(after, 'crisis-signal').map((d) => d.severity)).toEqual([3])
    // the client's setting wins over the file
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {safepost: {preset: 'moderator'}}})
    const overridden = await client.diagnostics(uri, (p) => byRule(p, 'crisis-signal')[0]?.severity === 1)
    expect(overridden).toBeDefined()
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {safepost: {}}})
  })

  it('clears diagnostics on close', async () => {
    const uri = uriOf('close.md')
    await open(client, uri, post)
    await client.diagnostics(uri, (p) => p.diagnostics.length > 0)
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
    const cleared = await client.diagnostics(uri, (p) => p.diagnostics.length === 0)
    expect(cleared.diagnostics).toEqual([])
  })

  it('shuts down and exits cleanly', async () => {
    await client.connection.sendRequest('shutdown')
    await client.connection.sendNotification('exit')
    expect(await client.exited).toBe(0)
  })
})
