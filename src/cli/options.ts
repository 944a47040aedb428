import {availableParallelism} from 'node:os'
import {ruleIds} from '../config/schema.js'
import {presetNames, type PresetName} from '../../rules/preset-table.js'
import {notARuleSetting, ruleSettings, unknownRule} from '../check-options.js'
import {didYouMean} from '../closest-name.js'
import type {RuleSetting} from '../types.js'
import {defaultMaxPostBytes} from './batch-limits.js'
import {formatNames} from './formats/index.js'
import {readPlainArguments} from './plain-arguments.js'
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
  /** A config file, `false` for `--no-config`, `undefined` to search upwards from each file. */
  config: string | false | undefined
  /** Whether `--preset` was given: it wins over a config's preset. */
  presetGiven: boolean
  /** `--report-unused-directives`; `undefined`: as the config says. */
  reportUnusedDirectives: boolean | undefined
  /** `--print-config FILE`: print the options FILE would be checked with, and check nothing. */
  printConfig: string | undefined
  quiet: boolean
  /** Honour `.safepostignore` and `.gitignore` (`--no-ignore`: check every file given). */
  ignore: boolean
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
  /** `--output-file`: write the report there instead of stdout. */
  outputFile?: string
  /** `--color` / `--no-color`; `undefined`: from the environment and the terminal. */
  color?: boolean
  /** `--text-field NAME`: the field of a `--batch` line that holds the post (default `text`). */
  textField?: string
  /** `--sort priority`: report the most urgent first (the report then comes at the end, not as it goes). */
  sort?: 'priority'
  /** `--ignore-pattern GLOB`, repeatable: files to leave out, named or found. */
  ignorePatterns?: string[]
  /** `--rule id:setting`, repeatable: wins over the config and the preset. */
  rules?: Record<string, RuleSetting>
  /** `--max-post-bytes`: a longer `--batch` line gets an error entry, unread. */
  maxPostBytes?: number
  /** `--fix-read-only`: rewrite read-only files too. */
  fixReadOnly?: boolean
  /** `--fix-hard-links`: write files with several hard links in place. */
  fixHardLinks?: boolean
}

export type Invocation = {kind: 'run', options: CliOptions} | {kind: 'help', text: string} | {kind: 'version'} | {kind: 'init'} | {kind: 'list-rules'}

export const optionTable = {
  preset: {type: 'string', choices: presetNames, describe: 'Rule set and severities (default: the config\'s, else writer)'},
  format: {alias: 'f', type: 'string', requiresArg: true, default: 'stylish', describe: `Report format: ${formatNames.join(', ')}`},
  fix: {type: 'boolean', default: false, describe: 'Apply the safe rewrites to the files in place (on stdin: print the fixed text)'},
  'fix-dry-run': {type: 'boolean', default: false, describe: 'Print the fixed text instead of writing it'},
  region: {type: 'string', requiresArg: true, describe: 'Crisis lines to suggest: US, UK, IE, CA, AU, NZ, IN, ...'},
  config: {type: 'string', requiresArg: true, describe: 'Config file to use (--no-config: none)'},
  'print-config': {type: 'string', requiresArg: true, describe: 'Print the options a file would be checked with, as JSON'},
  'report-unused-directives': {type: 'boolean', describe: 'Report safepost-disable comments that switched nothing off'},
  quiet: {alias: 'q', type: 'boolean', default: false, describe: 'Report errors only (the exit status still counts every message)'},
  ignore: {type: 'boolean', default: true, describe: 'Honour .safepostignore and .gitignore (--no-ignore: check every file given)'},
  // read as text, so a wrong value is quoted as typed ("abc", not "NaN")
  'max-warnings': {type: 'string', requiresArg: true, describe: 'Fail when there are more than N warnings'},
  why: {type: 'boolean', default: false, describe: 'Show the guidance behind each message and its source'},
  stdin: {type: 'boolean', default: false, describe: 'Read the text from standard input'},
  'stdin-filename': {type: 'string', requiresArg: true, describe: 'Name for standard input; its extension sets the format (x.md: Markdown)'},
  batch: {type: 'string', requiresArg: true, describe: 'JSON Lines file of {"id", "text"} posts, or - for standard input'},
  jobs: {alias: 'j', type: 'string', requiresArg: true, describe: 'Worker threads for --batch (default: the number of cores; 1: none)'},
  'text-field': {type: 'string', requiresArg: true, describe: 'The field of each --batch line that holds the post (default: text)'},
  sort: {type: 'string', choices: ['priority'], requiresArg: true, describe: 'Report the most urgent posts first: --sort priority'},
  'output-file': {alias: 'o', type: 'string', requiresArg: true, describe: 'Write the report to this file instead of standard output'},
  color: {type: 'boolean', describe: 'Colour the stylish report, or not (--no-color); default: on a terminal, honouring NO_COLOR and FORCE_COLOR'},
  rule: {type: 'string', array: true, requiresArg: true, describe: 'One rule\'s setting, over the config and preset: --rule trivializing:off (repeatable)'},
  'ignore-pattern': {type: 'string', array: true, requiresArg: true, describe: 'Leave out files matching this glob, named or found (repeatable): --ignore-pattern "drafts/**"'},
  'list-rules': {type: 'boolean', describe: 'List the rules, what each catches, and its setting in each preset'},
  'max-post-bytes': {type: 'string', requiresArg: true, describe: `Longest --batch line to check, in bytes (default ${defaultMaxPostBytes}); a longer one gets an error entry`},
  'fix-read-only': {type: 'boolean', default: false, describe: 'With --fix, rewrite read-only files too (they keep their mode)'},
  'fix-hard-links': {type: 'boolean', default: false, describe: 'With --fix, write a file with several hard links in place, so every name sees the fix'},
  help: {alias: 'h', type: 'boolean', describe: 'Show this help'},
  version: {alias: 'v', type: 'boolean', describe: 'Show the version'}
} as const

/** The command line as yargs reads it; loaded only for a command line `readPlainArguments` leaves to it. */
export async function yargsParser(argv: string[]) {
  const {default: yargs} = await import('yargs')
  return yargs(argv)
    .scriptName('safepost')
    .usage('Usage: $0 [paths or globs ...] [options]\n       $0 init    write a starter .safepostrc.yaml here\n\nCheck writing about suicide, self-harm and eating disorders against safe-messaging guidance.')
    .locale('en')
    // Our own --help and --version: yargs's would print and exit by themselves.
    .help(false)
    .version(false)
    .parserConfiguration({
      'parse-positional-numbers': false,
      'duplicate-arguments-array': false,
      'strip-aliased': true
    })
    .options(optionTable)
    .example('$0 posts/', 'check every post in a folder')
    .example('echo "draft" | $0 --preset moderator', 'check standard input')
    .example('$0 --batch queue.jsonl --format jsonl', 'check a moderation queue')
    .example('$0 serve --help', 'the HTTP API (safepost serve)')
    .example('$0 worker --help', 'a Redis Streams consumer (safepost worker)')
    .epilogue('Exit status: 0 nothing fails the run, 1 problems that fail it, 2 a usage, configuration or input error.')
    .strictOptions()
    .exitProcess(false)
    .wrap(null)
    .fail((message, error) => {
      throw new UsageError(withSuggestion(message || error?.message || 'invalid arguments'))
    })
}

type Parsed = ReturnType<Awaited<ReturnType<typeof yargsParser>>['parseSync']>

/**
 * Parse `argv` (without `node` and the script). Throws a `UsageError` for
 * anything the command cannot run with.
 */
export async function parseArguments(argv: string[], stdinIsTTY: boolean): Promise<Invocation> {
  let args = readPlainArguments(argv, optionTable) as Parsed | undefined
  if (!args) {
    const parser = await yargsParser(argv)
    args = parser.parseSync()
    if (args.help) return {kind: 'help', text: await parser.getHelp()}
  }
  if (args.version) return {kind: 'version'}
  if (args['list-rules']) return {kind: 'list-rules'}
  // `safepost init` writes a starter config (`./init` checks a file called init)
  if (args._.length === 1 && String(args._[0]) === 'init') return {kind: 'init'}

  const inputs = args._.map(String)
  const format = args.format
  if (!formatNames.includes(format)) {
    throw new UsageError(`unknown format "${format}": use ${formatNames.join(', ')}`)
  }

  const maxWarnings = wholeNumber(args['max-warnings'], 0, '--max-warnings')

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
  const jobs = wholeNumber(args.jobs, 1, '--jobs') ?? availableParallelism()

  const maxPostBytes = wholeNumber(args['max-post-bytes'], 1, '--max-post-bytes') ?? defaultMaxPostBytes

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
  const outputFile = args['output-file']
  if (outputFile === '') throw new UsageError('--output-file needs a file name')
  // every --rule counts (yargs keeps only the last of a repeated option here)
  const rules = parseRuleSettings(repeated(argv, '--rule'))
  const ignorePatterns = repeated(argv, '--ignore-pattern')
  if (args['text-field'] !== undefined && (args['text-field'].trim() === '' || batch === undefined)) throw new UsageError('--text-field names the field of a --batch line that holds the post: use it with --batch')
  if (ignorePatterns.some((pattern) => pattern.trim() === '')) throw new UsageError('--ignore-pattern needs a glob')
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
      ignore: args.ignore,
      maxWarnings,
      why: args.why,
      stdin,
      stdinFilename,
      batch,
      jobs,
      ...(outputFile === undefined ? {} : {outputFile}),
      ...(args.color === undefined ? {} : {color: args.color}),
      ...(rules === undefined ? {} : {rules}),
      ...(ignorePatterns.length ? {ignorePatterns} : {}),
      ...(args['text-field'] === undefined ? {} : {textField: args['text-field']}),
      ...(args.sort === undefined ? {} : {sort: args.sort as 'priority'}),
      maxPostBytes,
      fixReadOnly: args['fix-read-only'],
      fixHardLinks: args['fix-hard-links']
    }
  }
}

/** A whole number of at least `least`, as typed; `undefined` when the option was not given. */
function wholeNumber(typed: string | undefined, least: number, option: string): number | undefined {
  if (typed === undefined) return undefined
  const value = /^\s*\d+\s*$/.test(typed) ? Number(typed) : Number.NaN
  if (!(Number.isSafeInteger(value) && value >= least)) throw new UsageError(`${option} needs a whole number of ${least} or more, not "${typed}"`)
  return value
}

/** `--rule id:setting` (or `id=setting`), each checked as a config's `rules` entry is. */
function parseRuleSettings(given: string[]): Record<string, RuleSetting> | undefined {
  if (given.length === 0) return undefined

  const rules: Record<string, RuleSetting> = {}
  for (const item of given) {
    const match = /^\s*([\w-]+)\s*[:=]\s*(\w+)\s*$/.exec(item)
    if (!match) throw new UsageError(`--rule ${JSON.stringify(item)}: write it as rule-id:setting, e.g. --rule trivializing:off`)
    const [, id = '', setting = ''] = match
    if (!ruleIds.includes(id)) throw new UsageError(unknownRule('--rule', id, ruleIds))
    if (!(ruleSettings as string[]).includes(setting)) throw new UsageError(notARuleSetting(`--rule ${id}`, setting))
    rules[id] = setting as RuleSetting
  }
  return rules
}

/** yargs's "Unknown argument: colr" with the option that was probably meant. */
function withSuggestion(message: string): string {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message)
  if (!unknown) return message
  const known = Object.keys(optionTable)
  const named = unknown[1]!.split(', ').map((name) => name.replace(/^-+/, ''))
  return `${message}${named.length === 1 ? didYouMean(named[0]!, known).replace(/"(.+)"/, '"--$1"') : ''}`
}

/** Every value given to a repeatable option, as `--name value` or `--name=value`, up to a `--`. */
function repeated(argv: string[], name: string): string[] {
  const values: string[] = []
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!
    if (arg === name && i + 1 < argv.length) values.push(argv[++i]!)
    else if (arg.startsWith(`${name}=`)) values.push(arg.slice(name.length + 1))
  }
  return values
}
