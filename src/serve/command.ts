// `safepost serve`: the HTTP API on a pool of threads, bound to 127.0.0.1
// unless told otherwise, shut down gracefully on SIGTERM (and Ctrl-C):
// not ready, no new connections, in-flight requests finished, then exit.
import {once} from 'node:events'
import {UsageError} from '../cli/usage-error.js'
import {createCheckPool} from '../pool/check-pool.js'
import {parseCommand, poolOptions, poolSettings, presetOption, wholeNumber} from '../pool/command-options.js'
import {buildServer} from './app.js'
import {readToken} from './token.js'

const usage = `Usage: $0 serve [options]

Check posts over HTTP: POST /v1/check, POST /v1/batch (NDJSON), GET /healthz, /readyz, /metrics.
A bearer token, when wanted, comes from --token-file or SAFEPOST_TOKEN, never from the command line.`

const options = {
  host: {type: 'string', requiresArg: true, default: '127.0.0.1', describe: 'Address to listen on (0.0.0.0: every interface)'},
  port: {type: 'number', requiresArg: true, default: 8080, describe: 'Port to listen on (0: any free port)'},
  'max-queue': {type: 'number', requiresArg: true, describe: 'Posts waiting for a thread at most; past it, 503 (default: 16 per thread)'},
  'retry-after': {type: 'number', requiresArg: true, default: 1, describe: 'Seconds a refused client is asked to wait'},
  'token-file': {type: 'string', requiresArg: true, describe: 'File holding the bearer token requests must carry'},
  'request-timeout': {type: 'number', requiresArg: true, default: 300, describe: 'Seconds to receive a whole request, a /v1/batch upload included'},
  'shutdown-timeout': {type: 'number', requiresArg: true, default: 30, describe: 'Seconds to finish in-flight requests after SIGTERM'},
  'log-level': {type: 'string', choices: ['fatal', 'error', 'warn', 'info', 'debug', 'silent'], default: 'info', describe: 'Request log (JSON lines on stdout; never post text)'},
  preset: presetOption('writer'),
  ...poolOptions
} as const

export async function serveCommand(argv: string[]): Promise<number> {
  if (argv.some((argument) => /^--token(=|$)/.test(argument))) {
    throw new UsageError('a token on the command line is visible to every user of the machine: use --token-file FILE or SAFEPOST_TOKEN')
  }
  const parsed = await parseCommand(argv, usage, options)
  if (parsed.kind === 'help') {
    process.stdout.write(parsed.text + '\n')
    return 0
  }
  const {args} = parsed
  const pool = poolSettings(args)
  const settings = {
    ...pool,
    token: readToken(args['token-file'] as string | undefined, process.env),
    retryAfter: wholeNumber(args, 'retry-after', 0),
    requestTimeoutMs: wholeNumber(args, 'request-timeout', 1) * 1000
  }
  const maxQueue = wholeNumber(args, 'max-queue', 0, 16 * pool.threads)
  const port = wholeNumber(args, 'port', 0)
  const shutdownMs = wholeNumber(args, 'shutdown-timeout', 0) * 1000

  const threads = createCheckPool({threads: pool.threads, maxQueue})
  const server = buildServer(threads, settings, args['log-level'] as string)
  const stop = Promise.race([once(process, 'SIGTERM'), once(process, 'SIGINT')])
  let address: string
  try {
    await threads.warm()
    address = await server.app.listen({host: args['host'] as string, port})
  } catch (error) {
    // The threads would keep the process alive: stop them before saying why.
    await threads.close()
    throw new UsageError(`cannot listen on ${String(args['host'])}:${port}: ${(error as Error).message}`)
  }
  server.setReady(true)
  process.stderr.write(`safepost serve: listening on ${address} with ${pool.threads} threads${settings.token === undefined ? '' : ', bearer token required'}\n`)

  await stop
  server.drain()
  process.stderr.write('safepost serve: stopping: finishing the requests in flight\n')
  const deadline = setTimeout(() => {
    process.stderr.write(`safepost serve: requests still in flight after ${shutdownMs / 1000} s: stopping anyway\n`)
    process.exit(1)
  }, shutdownMs)
  deadline.unref()
  await server.app.close()
  await threads.close()
  clearTimeout(deadline)
  process.stderr.write('safepost serve: stopped\n')
  return 0
}
