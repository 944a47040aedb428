// The safepost extension for VS Code: starts `safepost-language-server` over
// stdio for Markdown, MDX, HTML and plain-text documents. All the work is in
// the server; this only finds it and passes the settings on.
const fs = require('node:fs')
const path = require('node:path')
const vscode = require('vscode')
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

/** @type {LanguageClient | undefined} */
let client

/** The server: the setting, else the workspace's node_modules, else PATH. */
function serverCommand() {
  const configured = vscode.workspace.getConfiguration('safepost').get('serverPath')
  if (configured) return configured
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'safepost-language-server.cmd' : 'safepost-language-server')
    if (fs.existsSync(local)) return local
  }
  return 'safepost-language-server'
}

async function activate(context) {
  if (!vscode.workspace.getConfiguration('safepost').get('enable', true)) return
  const command = serverCommand()
  const run = {command, args: ['--stdio'], transport: TransportKind.stdio, options: {shell: process.platform === 'win32'}}
  const languages = ['markdown', 'mdx', 'html', 'plaintext']
  client = new LanguageClient(
    'safepost',
    'safepost',
    {run, debug: run},
    {
      documentSelector: languages.flatMap((language) => [
        {scheme: 'file', language},
        {scheme: 'untitled', language}
      ]),
      synchronize: {
        configurationSection: 'safepost',
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{.safepostrc,.safepostrc.json,.safepostrc.yaml,.safepostrc.yml,package.json}')
      }
    }
  )
  context.subscriptions.push(client)
  await client.start()
}

async function deactivate() {
  if (client) await client.stop()
}

module.exports = {activate, deactivate}
