// A real LSP client for the tests: starts `node bin/safepost-language-server.js --stdio`
// as a child process and talks to it over its standard input and output.
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection
} from 'vscode-languageserver-protocol/node.js'
import type {ClientCapabilities, Diagnostic, PublishDiagnosticsParams, TextEdit} from 'vscode-languageserver-protocol'

export const root = fileURLToPath(new URL('../../', import.meta.url))
export const serverBin = path.join(root, 'bin', 'safepost-language-server.js')

export interface Client {
  connection: ProtocolConnection
  child: ChildProcessWithoutNullStreams
  /** Requests the server made of the client, by method. */
  requests: {method: string; params: unknown}[]
  /** The next diagnostics for `uri` that satisfy `accept` (already received ones count). */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeout?: number): Promise<PublishDiagnosticsParams>
  /** Every diagnostics notification received so far for `uri`. */
  published(uri: string): PublishDiagnosticsParams[]
  stderr(): string
  exited: Promise<number | null>
}

export interface StartOptions {
  args?: string[]
  cwd?: string
  /** Answers to `workspace/configuration` (makes the client advertise the capability). */
  configuration?: (items: {scopeUri?: string; section?: string}[]) => unknown[]
}

export function startClient(options: StartOptions = {}): Client {
  const child = spawn(process.execPath, [serverBin, '--stdio', ...(options.args ?? [])], {cwd: options.cwd ?? root, stdio: 'pipe'})
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const received = new Map<string, PublishDiagnosticsParams[]>()
  const waiters: {uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void}[] = []
  const requests: {method: string; params: unknown}[] = []

  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const list = received.get(p.uri) ?? []
    list.push(p)
    received.set(p.uri, list)
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(i, 1)
        w.resolve(p)
      }
    }
  })
  const record = (method: string) => (params: unknown) => {
    requests.push({method, params})
    return null
  }
  connection.onRequest('workspace/configuration', (params: {items: {scopeUri?: string; section?: string}[]}) => {
    requests.push({method: 'workspace/configuration', params})
    return options.configuration ? options.configuration(params.items) : params.items.map(() => null)
  })
  connection.onRequest('client/registerCapability', record('client/registerCapability'))
  connection.onRequest('client/unregisterCapability', record('client/unregisterCapability'))
  connection.onRequest('window/workDoneProgress/create', record('window/workDoneProgress/create'))
  connection.onNotification('window/logMessage', () => {})
  connection.listen()

  return {
    connection,
    child,
    requests,
    exited,
    stderr: () => stderr,
    published: (uri) => received.get(uri) ?? [],
    diagnostics(uri, accept = () => true, timeout = 15_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} in ${timeout} ms; stderr: ${stderr}`)), timeout)
        waiters.push({
          uri,
          accept,
          resolve: (p) => {
            clearTimeout(timer)
            resolve(p)
          }
        })
      })
    }
  }
}

export function capabilities(options: {configuration?: boolean; watch?: boolean} = {}): ClientCapabilities {
  return {
    workspace: {
      configuration: options.configuration ?? false,
      didChangeWatchedFiles: {dynamicRegistration: options.watch ?? false},
      didChangeConfiguration: {dynamicRegistration: false}
    },
    textDocument: {
      synchronization: {dynamicRegistration: false},
      publishDiagnostics: {versionSupport: true, codeDescriptionSupport: true, dataSupport: true},
      codeAction: {
        dataSupport: true,
        codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source', 'source.fixAll']}}
      }
    }
  }
}

/** Apply LSP text edits to a text (what an editor does with a workspace edit). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1)
  const offset = (p: {line: number; character: number}) => Math.min((lineStarts[p.line] ?? text.length) + p.character, text.length)
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
  let out = text
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end))
  return out
}

/** The text a diagnostic's range covers. */
export function covered(text: string, d: Diagnostic): string {
  return sliceRange(text, d.range)
}

function sliceRange(text: string, range: Diagnostic['range']): string {
  const lines = text.split('\n')
  const at = (p: {line: number; character: number}) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character
  return text.slice(at(range.start), at(range.end))
}
