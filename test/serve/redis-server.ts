// A real redis-server for a test file: on a free port, in a temporary folder,
// with the persistence the test asks for. A missing redis-server fails the
// tests (it is never a reason to skip them): .ci/run installs it.
import {spawn, type ChildProcess} from 'node:child_process'
import {once} from 'node:events'
import {Redis} from 'ioredis'
import {freePort} from './services.js'
import {temporaryFolder} from '../temporary-folders.js'

export interface RedisServer {
  url: string
  /** A client for the test's own reads and writes. */
  client: Redis
  /** Kill it (SIGKILL) and start it again on the same port and folder. */
  restart(): Promise<void>
  stop(): Promise<void>
}

export interface RedisOptions {
  /** Append-only file, fsync on every write; otherwise no persistence at all. */
  appendOnly?: boolean
}

export async function startRedis({appendOnly = false}: RedisOptions = {}): Promise<RedisServer> {
  const folder = temporaryFolder()
  const port = await freePort()
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', folder, '--save', '',
    '--appendonly', appendOnly ? 'yes' : 'no', '--appendfsync', 'always', '--daemonize', 'no', '--loglevel', 'warning']
  let server = await launch(args)
  const url = `redis://127.0.0.1:${port}`
  const client = new Redis(url, {maxRetriesPerRequest: null})
  client.on('error', () => {}) // while it restarts; commands wait for it
  await client.ping()
  return {
    url,
    client,
    async restart() {
      await kill(server)
      server = await launch(args)
    },
    async stop() {
      client.disconnect()
      await kill(server)
    }
  }
}

async function launch(args: string[]): Promise<ChildProcess> {
  const server = spawn('redis-server', args, {stdio: ['ignore', 'pipe', 'pipe']})
  let output = ''
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk))
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk))
  const failed = new Promise<never>((_resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT'
      ? new Error('redis-server is not installed: `apt-get install -y redis-server` (.ci/run does it); these tests need a real Redis')
      : error))
    server.once('exit', (code) => reject(new Error(`redis-server stopped (exit ${code}): ${output}`)))
  })
  // Ready once it answers on its port.
  const port = Number(args[1])
  const ready = (async () => {
    for (;;) {
      const probe = new Redis({port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null})
      probe.on('error', () => {})
      try {
        await probe.connect()
        await probe.ping()
        return
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50))
      } finally {
        probe.disconnect()
      }
    }
  })()
  await Promise.race([ready, failed])
  server.removeAllListeners('exit')
  server.on('error', () => {})
  return server
}

async function kill(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return
  const exited = once(server, 'exit')
  server.kill('SIGKILL')
  await exited
}
