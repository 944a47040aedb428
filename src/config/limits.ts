// What safepost will read as configuration: regular files of bounded size,
// YAML with few aliases, project patterns whose cost is bounded in sum, and
// error messages of bounded length (SECURITY.md, "Configuration limits").
import fs from 'node:fs'
import {inspect} from 'node:util'
import {ConfigError} from './errors.js'

/** The largest config or project dictionary file read. */
export const MAX_CONFIG_BYTES = 1024 * 1024
/** YAML aliases expanded per file (the `yaml` package's `maxAliasCount`): a "billion laughs" file is refused. */
export const MAX_YAML_ALIASES = 100
/** The longest a value quoted in an error message is shown. */
export const MAX_QUOTED_VALUE = 200
/**
 * The sum, over a project's patterns, of the ways each can match from one
 * word (`branching`). One pattern may cost up to 5,000 (the compiler's
 * cap); all the built-in dictionaries together cost about 7,200.
 */
export const MAX_PROJECT_PATTERN_COST = 20_000

/**
 * Refuse what is not a regular file of bounded size before anything reads it:
 * a device (`/dev/zero`) would be read without end, a FIFO would block.
 * `what` comes before the file's name in messages ("dictionary"), if given.
 */
export function checkReadableFile(file: string, what: string, display: (file: string) => string): void {
  const name = what ? `${what} ${display(file)}` : display(file)
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ConfigError(`${name}: no such file`, file)
    throw new ConfigError(`${name}: cannot be read (${code ?? String(error)})`, file)
  }
  if (stat.isDirectory()) throw new ConfigError(`${name}: is a folder, not a config file`, file)
  if (!stat.isFile()) throw new ConfigError(`${name}: not a regular file (a device, FIFO or socket is never read)`, file)
  if (stat.size > MAX_CONFIG_BYTES) throw new ConfigError(`${name}: ${stat.size} bytes, more than the ${MAX_CONFIG_BYTES} a config or dictionary file may have`, file)
}

/** Like `checkReadableFile`, for a file that may well not exist (a search place): only one that is there is checked. */
export function checkIfPresent(file: string, display: (file: string) => string): void {
  if (fs.existsSync(file)) checkReadableFile(file, '', display)
}

/** A config value as an error message quotes it: bounded however large or deeply shared the value is. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > MAX_QUOTED_VALUE ? value.slice(0, MAX_QUOTED_VALUE) + '…' : value)
  const shown = inspect(value, {depth: 2, maxArrayLength: 10, maxStringLength: MAX_QUOTED_VALUE, breakLength: Infinity, compact: true})
  return shown.length > MAX_QUOTED_VALUE ? shown.slice(0, MAX_QUOTED_VALUE) + '…' : shown
}
