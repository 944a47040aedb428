import {availableParallelism} from 'node:os'
import yargs from 'yargs'
import type {PresetName} from '../types.js'
import {defaultMaxPostBytes} from './batch-limits.js'
import {formatNames} from './formats/index.js'
import {UsageError} from './usage-error.js'

/** Everything the command line asked for, checked. */
export interface CliOptions {
  /** Files, folders and globs, as given. */
  inputs: string[]
  preset: PresetName
  format: string
  fix: boolean
  fixDryRun: boolean
  region: string | undefined
  /** A config file, `false` for `--no-config`, `undefined` to search (a later issue). */
  config: string | false | undefined
  /** Whether `--preset` was given: it wins over a config's preset. */
  presetGiven: boolean
  /** `--report-unused-directives`; `undefined`: as the config says. */
  reportUnusedDirectives: boolean | undefined
  /** `--print-config FILE`: print the options FILE would be checked with, and check nothing. */
  printConfig: string | undefined
  quiet: boolean
  /** Fail when there are more warnings than this; `undefined`: no limit. */
  maxWarnings: number | undefined
  why: boolean
  /** Read standard input: `--stdin`, `--stdin-filename`, or no paths and a piped stdin. */
  stdin: boolean
  stdinFilename: string | undefined
  /** A JSON Lines file, or `-` for standard input. */
  batch: string | undefined
  /** Worker threads for `--batch` (`--jobs`; 1: check in this thread). Default: the number of cores. */
  jobs?: number
  /** `--max-post-bytes`: a longer `--batch` line gets an error entry, unread. */
  maxPostBytes?: number
  /** `--fix-read-only`: rewrite read-only files too. */
  fixReadOnly?: boolean
  /** `--fix-hard-links`: write files with several hard links in place. */
  fixHardLinks?: boolean
}

export type Invocation = {kind: 'run', options: CliOptions} | {kind: 'help', text: string} | {kind: 'version'} | {kind: 'init'}

const presets: readonly PresetName[] = ['writer', 'moderator', 'ci']

/**
 * Parse `argv` (without `node` and the script). Throws a `UsageError` for
 * anything the command cannot run with.
 */
export async function parseArguments(argv: string[], stdinIsTTY: boolean): Promise<Invocation> {
  const parser = yargs(argv)
    .scriptName('safepost')
    .usage('Usage: $0 [paths or globs ...] [options]\n\nCheck writing about suicide, self-harm and eating disorders against safe-messaging guidance.')
    .locale('en')
    // Our own --help and --version: yargs's would print and exit by themselves.
    .help(false)
    .version(false)
    .parserConfiguration({
      'parse-positional-numbers': false,
      'duplicate-arguments-array': false,
      'strip-aliased': true
    })
    .options({
      preset: {type: 'string', choices: presets, describe: 'Rule set and severities (default: the config\'s, else writer)'},
      format: {alias: 'f', type: 'string', requiresArg: true, default: 'stylish', describe: `Report format: ${formatNames.join(', ')}`},
      fix: {type: 'boolean', default: false, describe: 'Apply the safe rewrites to the files in place (on stdin: print the fixed text)'},
      'fix-dry-run': {type: 'boolean', default: false, describe: 'Print the fixed text instead of writing it'},
      region: {type: 'string', requiresArg: true, describe: 'Crisis lines to suggest: US, UK, IE, CA, AU, NZ, IN, ...'},
      config: {type: 'string', requiresArg: true, describe: 'Config file to use (--no-config: none)'},
      'print-config': {type: 'string', requiresArg: true, describe: 'Print the options a file would be checked with, as JSON'},
      'report-unused-directives': {type: 'boolean', describe: 'Report safepost-disable comments that switched nothing off'},
      quiet: {alias: 'q', type: 'boolean', default: false, describe: 'Report errors only'},
      'max-warnings': {type: 'number', requiresArg: true, describe: 'Fail when there are more than N warnings'},
      why: {type: 'boolean', default: false, describe: 'Show the guidance behind each message and its source'},
      stdin: {type: 'boolean', default: false, describe: 'Read the text from standard input'},
      'stdin-filename': {type: 'string', requiresArg: true, describe: 'Name for standard input; its extension sets the format (x.md: Markdown)'},
      batch: {type: 'string', requiresArg: true, describe: 'JSON Lines file of {"id", "text"} posts, or - for standard input'},
      jobs: {alias: 'j', type: 'number', requiresArg: true, describe: 'Worker threads for --batch (default: the number of cores; 1: none)'},
      'max-post-bytes': {type: 'number', requiresArg: true, describe: `Longest --batch line to check, in bytes (default ${defaultMaxPostBytes}); a longer one gets an error entry`},
      'fix-read-only': {type: 'boolean', default: false, describe: 'With --fix, rewrite read-only files too (they keep their mode)'},
      'fix-hard-links': {type: 'boolean', default: false, describe: 'With --fix, write a file with several hard links in place, so every name sees the fix'},
      help: {alias: 'h', type: 'boolean', describe: 'Show this help'},
      version: {alias: 'v', type: 'boolean', describe: 'Show the version'}
    })
    .example('$0 posts/', 'check every post in a folder')
    .example('echo "draft" | $0 --preset moderator', 'check standard input')
    .example('$0 --batch queue.jsonl --format jsonl', 'check a moderation queue')
    .epilogue('Exit status: 0 nothing fails the run, 1 problems that fail it, 2 a usage, configuration or input error.')
    .strictOptions()
    .exitProcess(false)
    .wrap(null)
    .fail((message, error) => {
      throw new UsageError(message || error?.message || 'invalid arguments')
    })

  const args = parser.parseSync()
  if (args.help) return {kind: 'help', text: await parser.getHelp()}
  if (args.version) return {kind: 'version'}
  // `safepost init` writes a starter config (`./init` checks a file called init)
  if (args._.length === 1 && String(args._[0]) === 'init') return {kind: 'init'}

  const inputs = args._.map(String)
  const format = args.format
  if (!formatNames.includes(format)) {
    throw new UsageError(`unknown format "${format}": use ${formatNames.join(', ')}`)
  }

  const maxWarnings = args['max-warnings']
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(`--max-warnings needs a whole number of 0 or more, not "${String(maxWarnings)}"`)
  }

  // `--no-config` arrives as `config: false`, `--config FILE` as a string.
  const rawConfig: unknown = args.config
  if (rawConfig === '' || rawConfig === true) throw new UsageError('--config needs a file name')
  const config = rawConfig === false ? false : typeof rawConfig === 'string' ? rawConfig : undefined

  const region = args.region?.trim()
  if (region === '') throw new UsageError('--region needs a code such as US or UK')

  const stdinFilename = args['stdin-filename']
  if (stdinFilename === '') throw new UsageError('--stdin-filename needs a file name')

  const batch = args.batch
  if (batch === '') throw new UsageError('--batch needs a file name, or - for standard input')
  const jobs = args.jobs ?? availableParallelism()
  if (!(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`--jobs needs a whole number of 1 or more, not "${String(args.jobs)}"`)

  const maxPostBytes = args['max-post-bytes'] ?? defaultMaxPostBytes
  if (!(Number.isInteger(maxPostBytes) && maxPostBytes >= 1)) throw new UsageError(`--max-post-bytes needs a whole number of 1 or more, not "${String(args['max-post-bytes'])}"`)

  const fix = args.fix
  const fixDryRun = args['fix-dry-run']
  if (fix && fixDryRun) throw new UsageError('use --fix or --fix-dry-run, not both')
  if (format === 'diff' && !fixDryRun) throw new UsageError('--format diff shows what a fix would change: use it with --fix-dry-run')

  const askedForStdin = args.stdin || stdinFilename !== undefined
  if (batch !== undefined) {
    if (inputs.length > 0) throw new UsageError('--batch reads its own input: give no paths with it')
    if (askedForStdin) throw new UsageError('--batch cannot be combined with --stdin or --stdin-filename (use --batch -)')
    if (fix || fixDryRun) throw new UsageError('--fix and --fix-dry-run do not work with --batch')
  }
  if (askedForStdin && inputs.length > 0) {
    throw new UsageError('give paths or read standard input (--stdin), not both')
  }
  const stdin = askedForStdin || (batch === undefined && inputs.length === 0 && !stdinIsTTY)
  const printConfig = args['print-config']
  if (printConfig === '') throw new UsageError('--print-config needs a file name')
  if (!stdin && batch === undefined && inputs.length === 0 && printConfig === undefined) {
    throw new UsageError('no input: give files, folders or globs, pipe text on standard input, or use --batch (see --help)')
  }

  return {
    kind: 'run',
    options: {
      inputs,
      preset: (args.preset ?? 'writer') as PresetName,
      presetGiven: args.preset !== undefined,
      reportUnusedDirectives: args['report-unused-directives'],
      printConfig,
      format,
      fix,
      fixDryRun,
      region: region?.toUpperCase(),
      config,
      quiet: args.quiet,
      maxWarnings,
      why: args.why,
      stdin,
      stdinFilename,
      batch,
      jobs,
      maxPostBytes,
      fixReadOnly: args['fix-read-only'],
      fixHardLinks: args['fix-hard-links']
    }
  }
}
