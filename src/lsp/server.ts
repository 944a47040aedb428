// The safepost language server: diagnostics as you type, quick fixes from the
// suggested phrasings, "fix all safe rewrites", and "disable this rule" actions
// that write the inline directive in the document's own comment syntax.
//
// Checking runs in a worker thread (checker.ts). Changes are debounced; a
// result whose document version is no longer current is dropped, and at most
// one check per document runs at a time (a newer version is checked after it).
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  CodeActionTriggerKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeResult
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {presetNames} from '../../rules/preset-table.js'
import type {InputFormat} from '../types.js'
import {CheckCancelled, CheckTimeout, createChecker, type Checker} from './checker.js'
import {FIX_ALL_KIND, disableActions, fixAllAction, quickFixes, toDiagnostic, type DiagnosticData} from './convert.js'
import {formatOf} from './format.js'
import type {CheckOutcome} from './jobs.js'
import type {ClientSettings} from './workspace-config.js'

export interface ServerOptions {
  /** Milliseconds of quiet after a change before checking; default 150. */
  debounce?: number
  /** Milliseconds one check may run before it is stopped; default `CHECK_TIMEOUT_MS` (not with `inline`). */
  checkTimeout?: number
  /** Check in process instead of in a worker thread. */
  inline?: boolean
  version?: string
}

/** The files whose change means the workspace config must be read again. */
export const configGlobs = [
  '**/.safepostrc',
  '**/.safepostrc.{json,yaml,yml,js,cjs,mjs}',
  '**/.config/safepostrc{,.json,.yaml,.yml}',
  '**/safepost.config.{js,cjs,mjs}',
  '**/package.json'
]
const CONFIG_FILE = /(^|[\\/])(\.safepostrc(\.(json|ya?ml|[cm]?js))?|safepostrc(\.(json|ya?ml))?|safepost\.config\.[cm]?js|package\.json)$/

/**
 * The longest document checked, in UTF-16 code units (about a megabyte of
 * prose); a longer one gets one "too large" diagnostic. The command line
 * checks files of any size in chunks.
 */
export const MAX_DOCUMENT_LENGTH = 1_000_000

interface DocState {
  format: InputFormat
  openedVersion: number
  timer?: NodeJS.Timeout | undefined
  running: boolean
  rerun: boolean
  /** Cancels the check under way (a newer version supersedes it). */
  inFlight?: AbortController | undefined
  /** The last check, on the version it was made for. */
  last?: {version: number; outcome: CheckOutcome} | undefined
}

const preset = (value: unknown) => presetNames.find((name) => name === value)

/** The `safepost` section, given either as `{safepost: {...}}` or as the section itself. */
export function readSettings(raw: unknown): ClientSettings | undefined {
  if (!raw || typeof raw !== 'object') return undefined
  const record = raw as Record<string, unknown>
  const section = (record.safepost && typeof record.safepost === 'object' ? record.safepost : record) as Record<string, unknown>
  const settings: ClientSettings = {}
  const p = preset(section.preset)
  if (p) settings.preset = p
  if (typeof section.region === 'string' && section.region.trim()) settings.region = section.region.trim()
  return settings
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const debounce = options.debounce ?? 150
  const documents = new TextDocuments(TextDocument)
  const states = new Map<string, DocState>()
  const checkerOptions = {inline: options.inline ?? false, ...(options.checkTimeout ? {timeout: options.checkTimeout} : {})}
  let checker: Checker = createChecker(checkerOptions)
  let pushedSettings: ClientSettings = {}
  let pullSettings = false
  let watchDynamically = false
  const pulled = new Map<string, Promise<ClientSettings>>()

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities
    pullSettings = caps.workspace?.configuration === true
    watchDynamically = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    pushedSettings = readSettings(params.initializationOptions) ?? {}
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND]}
      },
      serverInfo: {name: 'safepost-language-server', ...(options.version ? {version: options.version} : {})}
    }
  })

  connection.onInitialized(() => {
    if (watchDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: configGlobs.map((globPattern) => ({globPattern}))}).catch(() => {})
    }
  })

  async function settingsFor(uri: string): Promise<ClientSettings> {
    if (!pullSettings) return pushedSettings
    let settings = pulled.get(uri)
    if (!settings) {
      settings = connection.workspace
        .getConfiguration({scopeUri: uri, section: 'safepost'})
        .then((raw: unknown) => ({...pushedSettings, ...readSettings(raw)}))
        .catch(() => pushedSettings)
      pulled.set(uri, settings)
    }
    return settings
  }

  const filePathOf = (uri: string) => {
    if (!uri.startsWith('file:')) return undefined
    try {
      return fileURLToPath(uri)
    } catch {
      return undefined
    }
  }

  function schedule(uri: string, delay: number): void {
    const state = states.get(uri)
    if (!state) return
    clearTimeout(state.timer)
    state.timer = setTimeout(() => {
      state.timer = undefined
      void run(uri)
    }, delay)
  }

  async function run(uri: string): Promise<void> {
    const state = states.get(uri)
    const doc = documents.get(uri)
    if (!state || !doc) return
    if (state.running) {
      state.rerun = true
      // the check under way is for an older version: stop it
      state.inFlight?.abort()
      return
    }
    const version = doc.version
    const text = doc.getText()
    if (text.length > MAX_DOCUMENT_LENGTH) {
      state.last = undefined
      void checker.forget(uri).catch(() => {})
      void connection.sendDiagnostics({uri, version, diagnostics: [notice(`safepost did not check this document: it is too large (${text.length} characters; the most is ${MAX_DOCUMENT_LENGTH}). Check it with the command line, which reads large files in chunks.`)]})
      return
    }
    state.running = true
    const inFlight = (state.inFlight = new AbortController())
    const isCurrent = () => states.get(uri) === state && documents.get(uri)?.version === version
    const publish = (outcome: CheckOutcome) => {
      state.last = {version, outcome}
      void connection.sendDiagnostics({uri, version, diagnostics: diagnosticsOf(documents.get(uri)!, outcome)})
    }
    try {
      const job = {uri, text, format: state.format, filePath: filePathOf(uri), settings: await settingsFor(uri)}
      // after an edit: the edited paragraphs first, merged with the last full check...
      if (state.last) {
        const quick = await checker.quick(job, inFlight.signal)
        if (quick && isCurrent()) publish(quick)
      }
      // ...then the whole document; a result for a version that is no longer current is dropped
      if (isCurrent()) {
        const outcome = await checker.check(job, inFlight.signal)
        if (isCurrent()) publish(outcome)
      }
    } catch (error) {
      if (error instanceof CheckTimeout && isCurrent()) {
        state.last = undefined
        void connection.sendDiagnostics({uri, version, diagnostics: [notice(`safepost stopped checking this document after ${error.budget / 1000} s; it will try again after the next edit. Check it with the command line to see why.`)]})
      } else if (!(error instanceof CheckCancelled)) {
        connection.console.error(`safepost: checking ${uri} failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    } finally {
      state.running = false
      state.inFlight = undefined
      if (state.rerun && states.get(uri) === state) {
        state.rerun = false
        if (!state.timer) void run(uri)
      }
    }
  }

  /** One diagnostic at the top of the document, about the check itself. */
  function notice(message: string): Diagnostic {
    return {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity: DiagnosticSeverity.Warning, source: 'safepost', code: 'not-checked', message}
  }

  function diagnosticsOf(doc: TextDocument, outcome: CheckOutcome): Diagnostic[] {
    const diagnostics = outcome.report.messages.map((m) => toDiagnostic(doc, m))
    if (outcome.configError) {
      diagnostics.unshift({
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        severity: DiagnosticSeverity.Warning,
        source: 'safepost',
        code: 'config',
        message: `safepost could not use its config${outcome.configPath ? ` (${outcome.configPath})` : ''}: ${outcome.configError}`
      })
    }
    return diagnostics
  }

  function recheckAll(): void {
    for (const uri of states.keys()) schedule(uri, 0)
  }

  documents.onDidOpen(({document}) => {
    const format = formatOf(document.languageId, document.uri)
    if (!format) return
    states.set(document.uri, {format, openedVersion: document.version, running: false, rerun: false})
    schedule(document.uri, 0)
  })

  documents.onDidChangeContent(({document}) => {
    const state = states.get(document.uri)
    // the first "change" is the open itself, already scheduled
    if (state && document.version !== state.openedVersion) schedule(document.uri, debounce)
  })

  documents.onDidClose(({document}) => {
    const state = states.get(document.uri)
    if (state) {
      clearTimeout(state.timer)
      state.inFlight?.abort()
    }
    states.delete(document.uri)
    pulled.delete(document.uri)
    void checker.forget(document.uri).catch(() => {})
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  connection.onDidChangeConfiguration((params) => {
    const settings = readSettings(params.settings)
    if (settings) pushedSettings = settings
    pulled.clear()
    recheckAll()
  })

  connection.onDidChangeWatchedFiles(async (params) => {
    if (!params.changes.some((change) => CONFIG_FILE.test(change.uri))) return
    await checker.resetConfig().catch(() => {})
    recheckAll()
  })

  connection.onCodeAction((params) => codeActions(params))

  // what the server holds, for tests and for anyone watching its memory
  connection.onRequest('safepost/status', async () => ({
    documents: states.size,
    settings: pulled.size,
    checked: (await checker.status().catch(() => ({documents: -1}))).documents
  }))

  const wants = (only: string[] | undefined, kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`))

  async function codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const uri = params.textDocument.uri
    const doc = documents.get(uri)
    const state = states.get(uri)
    if (!doc || !state) return []
    const only = params.context.only
    const actions: CodeAction[] = []
    const last = state.last
    const fresh = last && last.version === doc.version ? last : undefined

    if (wants(only, CodeActionKind.QuickFix)) {
      const disabling = fresh ? fresh.outcome.directives : state.last?.outcome.directives ?? true
      const disabled = new Set<string>()
      const addDisable = (ruleId: string, line: number, diagnostic: Diagnostic) => {
        if (!disabling || ruleId === 'unused-directive' || ruleId === 'config' || ruleId === 'not-checked') return
        const key = `${ruleId}:${line}`
        if (disabled.has(key)) return
        disabled.add(key)
        actions.push(...disableActions(doc, state.format, ruleId, line, diagnostic))
      }
      if (fresh) {
        const start = doc.offsetAt(params.range.start)
        const end = doc.offsetAt(params.range.end)
        for (const m of fresh.outcome.report.messages) {
          if (m.offset > end || m.endOffset < start) continue
          const own = toDiagnostic(doc, m)
          const diagnostic = params.context.diagnostics.find((d) => d.source === 'safepost' && d.code === m.ruleId && sameRange(d, own)) ?? own
          actions.push(...quickFixes(doc, diagnostic, own.data as DiagnosticData))
          addDisable(m.ruleId, own.range.start.line, diagnostic)
        }
      } else {
        // a check is under way: act on what the client shows
        for (const d of params.context.diagnostics) {
          if (d.source !== 'safepost' || typeof d.code !== 'string') continue
          const data = d.data as DiagnosticData | undefined
          if (data && Array.isArray(data.expected)) actions.push(...quickFixes(doc, d, data))
          addDisable(d.code, d.range.start.line, d)
        }
      }
    }

    const explicit = params.context.triggerKind !== CodeActionTriggerKind.Automatic
    if ((only ? wants(only, FIX_ALL_KIND) : explicit) && !(fresh && !fresh.outcome.report.messages.some((m) => m.fix))) {
      const version = doc.version
      const fixed = await checker.fix({text: doc.getText(), format: state.format, filePath: filePathOf(uri), settings: await settingsFor(uri)})
      const current = documents.get(uri)
      if (current && current.version === version) {
        const fixAll = fixAllAction(current, fixed.text)
        if (fixAll) actions.push(fixAll)
      }
    }
    return actions
  }

  connection.onShutdown(async () => {
    for (const state of states.values()) clearTimeout(state.timer)
    states.clear()
    await checker.dispose()
    checker = createChecker({inline: true})
  })

  documents.listen(connection)
  connection.listen()
}

const sameRange = (a: Diagnostic, b: Diagnostic) =>
  a.range.start.line === b.range.start.line &&
  a.range.start.character === b.range.start.character &&
  a.range.end.line === b.range.end.line &&
  a.range.end.character === b.range.end.character
