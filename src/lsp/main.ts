// `safepost-language-server [--stdio]`: the language server over standard
// input and output (the default), or `--node-ipc`, `--socket=PORT`, `--pipe=NAME`.
import {readFileSync} from 'node:fs'
import {createConnection, ProposedFeatures, type Connection} from 'vscode-languageserver/node.js'
import {MessageFraming} from './framing.js'
import {startServer} from './server.js'

const usage = `Usage: safepost-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

The safepost language server (Language Server Protocol). Editors start it and
talk to it over standard input and output; see the README for each editor.

  --stdio        talk over standard input and output (the default)
  --inline       check in the server's own thread instead of a worker
  --debounce MS  quiet time after a change before checking (default 150)
  --check-timeout MS
                 time one check may take before it is stopped (default 10000;
                 not with --inline)
  --version      print the version
  --help         print this help`

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version?: string}
    return pkg.version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}

export function main(argv: string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage}\n`)
    return
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${version()}\n`)
    return
  }
  const other = ['--node-ipc']
  const stdio = !argv.some((a) => other.includes(a) || a.startsWith('--socket') || a.startsWith('--pipe'))
  const at = argv.indexOf('--debounce')
  const debounce = at >= 0 ? Number(argv[at + 1]) : undefined
  const budgetAt = argv.indexOf('--check-timeout')
  const checkTimeout = budgetAt >= 0 ? Number(argv[budgetAt + 1]) : undefined
  let connection: Connection | undefined
  // standard input goes through the framing guard: a malformed header is reported and skipped, never a wedge
  const report = (problem: string) => {
    process.stderr.write(`safepost-language-server: ${problem}\n`)
    connection?.console.error(`safepost: ${problem}`)
  }
  connection = stdio ? createConnection(ProposedFeatures.all, process.stdin.pipe(new MessageFraming(report)), process.stdout) : createConnection(ProposedFeatures.all)
  startServer(connection, {
    version: version(),
    inline: argv.includes('--inline'),
    ...(debounce !== undefined && Number.isFinite(debounce) && debounce >= 0 ? {debounce} : {}),
    ...(checkTimeout !== undefined && Number.isFinite(checkTimeout) && checkTimeout > 0 ? {checkTimeout} : {})
  })
}
