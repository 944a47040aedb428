// Most runs of the command have a plain command line: paths, and long options
// written out (`--format json`, `--stdin-filename=a.md`, `--why`). Those are
// read here, without loading yargs, which cost about 15 ms of every start.
// Anything else (short or negated options, `--`, help, repeats, unknown or
// odd values) returns undefined and goes to yargs, whose reading this matches
// option for option (test/cli/plain-arguments.test.ts).

/** The options as the command reads them: what yargs's `parseSync` gives for them. */
export type ParsedArguments = Record<string, unknown> & {_: Array<string | number>}

interface OptionSpec {
  readonly type: 'string' | 'boolean'
  readonly default?: unknown
  readonly choices?: readonly string[]
  readonly array?: boolean
}

/** The options only yargs reads: what they do is rare, or yargs's own. */
const yargsOnly = new Set(['help', 'version', 'list-rules'])

export function readPlainArguments(argv: readonly string[], table: Readonly<Record<string, OptionSpec>>): ParsedArguments | undefined {
  const given = new Map<string, string | boolean>()
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') || arg === '') return undefined
      positional.push(arg)
      continue
    }
    const equals = arg.indexOf('=')
    const name = arg.slice(2, equals < 0 ? undefined : equals)
    const spec = table[name]
    if (!spec || spec.array || yargsOnly.has(name) || given.has(name)) return undefined
    if (spec.type === 'boolean') {
      // yargs takes a `true` or `false` after a flag as its value
      if (equals >= 0 || argv[i + 1] === 'true' || argv[i + 1] === 'false') return undefined
      given.set(name, true)
      continue
    }
    const value = equals >= 0 ? arg.slice(equals + 1) : argv[++i]
    // a value yargs might read as an option, or none: yargs says what it makes of it
    if (value === undefined || value === '' || value.startsWith('-') && value !== '-') return undefined
    if (spec.choices && !spec.choices.includes(value)) return undefined
    given.set(name, value)
  }
  const args: ParsedArguments = {_: positional}
  for (const [name, spec] of Object.entries(table)) {
    const value = given.has(name) ? given.get(name) : spec.default
    if (value !== undefined) args[name] = value
  }
  return args
}
