import type {PresetName} from '../../types.js'
import type {ColourLevel} from '../colour.js'
import type {LintResult, Totals} from '../results.js'

/** What a formatter knows about the run besides the results. */
export interface FormatContext {
  /** Colour level for the stream the report goes to; machine formats ignore it. */
  colourLevel: ColourLevel
  /** `--why`: show the guidance behind each message. */
  why: boolean
  preset: PresetName
  /** Whether `--fix` could apply fixes to this input (not to a batch). */
  canFix: boolean
  /** The width to lay the stylish report out in: the terminal's, else 80. */
  columns?: number
}

/**
 * A report format. A formatter returns text and never writes itself, so the
 * command decides where the report goes (stdout, or stderr when stdout carries
 * fixed text).
 *
 * - `result` is called once per file or batch item, in input order, as soon as
 *   it is checked: streaming formats (jsonl, stylish) write as they go.
 * - `end` is called once after the last result. Formats that need every result
 *   at once (json, sarif) set `collect` and read `results`.
 */
export interface Formatter {
  collect?: boolean
  /**
   * With `--fix-dry-run` (or `--fix` on standard input) the entries carry the
   * fixed text in an `output` field. Formats without it print the fixed text
   * itself on stdout and their report on stderr.
   */
  carriesOutput?: boolean
  result?(result: LintResult, context: FormatContext): string
  end?(results: LintResult[], totals: Totals, context: FormatContext): string
}

// Each format is its own module, loaded only when asked for, so a run pays only
// for the format it prints.
const formatters: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  jsonl: async () => (await import('./jsonl.js')).jsonl,
  diff: async () => (await import('./diff.js')).diff,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github
}

export const formatNames: readonly string[] = Object.keys(formatters)

/** The formatter called `name`, or `undefined` when there is none. */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  const load = Object.hasOwn(formatters, name) ? formatters[name] : undefined
  return load ? load() : undefined
}
