// What `safepost serve` and `safepost worker` share on the command line:
// the pool, the time limit per post, the default preset and region, and the
// way their arguments are read (yargs, as the main command reads its own).
import {availableParallelism} from 'node:os'
import yargs, {type Options} from 'yargs'
import {UsageError} from '../cli/usage-error.js'
import type {CheckOptions, PresetName} from '../types.js'

const presets: readonly PresetName[] = ['writer', 'moderator', 'ci']

export const poolOptions = {
  threads: {type: 'number', requiresArg: true, describe: 'Worker threads that check posts (default: the number of cores)'},
  timeout: {type: 'number', requiresArg: true, default: 10, describe: 'Seconds a post may take before it is given up on'},
  'max-bytes': {type: 'number', requiresArg: true, default: 1048576, describe: 'Largest post (or request body), in bytes'},
  region: {type: 'string', requiresArg: true, describe: 'Crisis lines to suggest when a post names no region: US, UK, IE, ...'}
} satisfies Record<string, Options>

export function presetOption(fallback: PresetName): Options {
  return {type: 'string', choices: presets, default: fallback, describe: 'Rule set when a post names none'}
}

export interface PoolSettings {
  threads: number
  timeoutMs: number
  maxBytes: number
  defaults: CheckOptions
}

export type Parsed<T> = {kind: 'help', text: string} | {kind: 'run', args: T}

/** Parse a subcommand's arguments; a `UsageError` for anything it cannot run with. */
export async function parseCommand<O extends Record<string, Options>>(argv: string[], usage: string, options: O): Promise<Parsed<Record<string, unknown>>> {
  const parser = yargs(argv)
    .scriptName('safepost')
    .usage(usage)
    .locale('en')
    .help(false)
    .version(false)
    .parserConfiguration({'parse-positional-numbers': false, 'duplicate-arguments-array': false, 'strip-aliased': true})
    .options({...options, help: {alias: 'h', type: 'boolean', describe: 'Show this help'}})
    .strict()
    .exitProcess(false)
    .wrap(null)
    .fail((message, error) => {
      throw new UsageError(message || error?.message || 'invalid arguments')
    })
  const args = parser.parseSync() as Record<string, unknown>
  if (args['help']) return {kind: 'help', text: await parser.getHelp()}
  return {kind: 'run', args}
}

export function wholeNumber(args: Record<string, unknown>, name: string, minimum: number, fallback?: number): number {
  const value = args[name] ?? fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    throw new UsageError(`--${name} needs a whole number of ${minimum} or more, not "${String(args[name])}"`)
  }
  return value
}

export function poolSettings(args: Record<string, unknown>): PoolSettings {
  const timeout = args['timeout']
  if (typeof timeout !== 'number' || !(timeout > 0)) throw new UsageError(`--timeout needs a number of seconds above 0, not "${String(timeout)}"`)
  const region = typeof args['region'] === 'string' ? args['region'].trim().toUpperCase() : undefined
  if (region === '') throw new UsageError('--region needs a code such as US or UK')
  return {
    threads: wholeNumber(args, 'threads', 1, availableParallelism()),
    timeoutMs: Math.round(timeout * 1000),
    maxBytes: wholeNumber(args, 'max-bytes', 1),
    defaults: {preset: args['preset'] as PresetName, ...(region === undefined ? {} : {region})}
  }
}
