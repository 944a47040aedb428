import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The repository root and the real command, as a user runs it. */
export const root = fileURLToPath(new URL('../../', import.meta.url))
export const bin = path.join(root, 'bin', 'safepost.js')

export interface Outcome {
  status: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  /** Text (or bytes) for standard input; without it stdin is an empty pipe. */
  input?: string | Buffer
  cwd?: string
  /** Extra environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>
}

/** Run `node bin/safepost.js ...args` and wait for it. Colour variables are cleared unless `env` sets them. */
export function safepost(args: string[], options: RunOptions = {}): Outcome {
  const env: Record<string, string | undefined> = {...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env}
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key]
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 30_000
  })
  if (result.error) throw result.error
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

export {removeTemporaryFolders, temporaryFolder} from '../temporary-folders.js'

/** Parse a `--format json` report. */
export function jsonReport(outcome: Outcome): ReportEntryShape[] {
  return JSON.parse(outcome.stdout) as ReportEntryShape[]
}

/** Parse a `--format jsonl` report. */
export function jsonlReport(outcome: Outcome): ReportEntryShape[] {
  return outcome.stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as ReportEntryShape)
}

export interface ReportEntryShape {
  path: string | null
  id: string | number | null
  line?: number
  priority: string
  messages: Array<Record<string, unknown> & {ruleId: string, severity: string, offset: number, endOffset: number}>
  error?: string
  output?: string
}

/** The rule ids of a report entry's messages. */
export const ruleIds = (entry: ReportEntryShape | undefined): string[] => (entry?.messages ?? []).map((message) => message.ruleId)

// The command runs from dist/: a stale or missing build would test old code.
export function assertBuilt(): void {
  const main = path.join(root, 'dist', 'src', 'cli', 'main.js')
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` before the CLI tests`)
}
