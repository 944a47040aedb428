// `safepost serve` and `safepost worker` as a platform runs them: the real
// command in its own process, its output collected, stopped by signal.
import {spawn, type ChildProcess} from 'node:child_process'
import {once} from 'node:events'
import net from 'node:net'
import {bin, root} from '../cli/run.js'

export interface Service {
  process: ChildProcess
  stdout(): string
  stderr(): string
  /** Resolves with the first match of `pattern` in stderr (waiting up to `ms`). */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>
  /** Send `signal` and wait for the exit status (or the signal that ended it). */
  stop(signal?: NodeJS.Signals): Promise<number | string>
}

export function startService(args: string[], env: Record<string, string> = {}): Service {
  const child = spawn(process.execPath, [bin, ...args], {cwd: root, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']})
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk))
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk))
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string)
  return {
    process: child,
    stdout: () => stdout,
    stderr: () => stderr,
    async waitFor(pattern, ms = 20_000) {
      const started = Date.now()
      for (;;) {
        const match = pattern.exec(stderr)
        if (match) return match
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the service stopped before ${pattern}: ${stderr}`)
        if (Date.now() - started > ms) throw new Error(`no ${pattern} within ${ms} ms: ${stderr}`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    }
  }
}

/** `safepost serve` on a free port of 127.0.0.1; resolves once it listens, with its address. */
export async function startServer(args: string[], env: Record<string, string> = {}): Promise<Service & {url: string}> {
  const service = startService(['serve', '--port', '0', ...args], env)
  const [, url] = await service.waitFor(/listening on (http:\/\/\S+) /)
  return {...service, url: url!}
}

export async function freePort(): Promise<number> {
  const server = net.createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const {port} = server.address() as net.AddressInfo
  server.close()
  await once(server, 'close')
  return port
}
