/** The public shapes of safepost: what `check` returns and the JSON report holds (INTERFACE.md). */
import type {CompiledData} from './engine/compiled.js'
import type {PresetName} from '../rules/preset-table.js'

export type {CompiledData}

export type Severity = 'error' | 'warning' | 'info'
export type Priority = 'none' | 'low' | 'medium' | 'high' | 'urgent'
export type {PresetName} from '../rules/preset-table.js'
export type InputFormat = 'text' | 'markdown' | 'mdx' | 'html'
/** A rule's setting in a preset or config: off, or on at a severity. */
export type RuleSetting = 'off' | Severity

export interface Fix {
  /** [start, end) UTF-16 offsets into the original input. */
  range: [number, number]
  text: string
}

export interface ReportMessage {
  ruleId: string
  source: 'safepost'
  severity: Severity
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  offset: number
  endOffset: number
  actual: string
  expected: string[]
  url: string
  fix?: Fix
  /** The guidance behind the message, in plain words, with its source (shown by `--why`). */
  note?: string
  /** The dictionary entry that fired (usable in `allow`). */
  entryId?: string
  /** What this message contributes to the post's review priority. */
  level?: Priority
}

export interface Report {
  priority: Priority
  /** Present when the trained scorer, not the rules' levels, set the priority. */
  priorityFrom?: 'model'
  messages: ReportMessage[]
}

export interface CheckOptions {
  /** Rule set and severities; default `writer`. */
  preset?: PresetName
  /** How to read the input; default `text`. */
  format?: InputFormat
  /** Per-rule overrides on top of the preset. */
  rules?: Record<string, RuleSetting>
  /** Entry ids or phrases a project accepts; they never fire. */
  allow?: string[]
  /** Crisis-line region for `help-resources` (`US`, `UK`, ...). */
  region?: string
  /**
   * Whether `<!-- safepost-disable -->` comments are obeyed. Default: yes,
   * except under the `moderator` preset (a post must not switch off its own checks).
   */
  directives?: boolean
  /** Report directives that switched nothing off (rule id `unused-directive`). */
  reportUnusedDirectives?: boolean
  /**
   * A project's own dictionaries, compiled from its YAML files by the same
   * compiler as the built-in ones (the command line does this from config).
   * Their entries join the rules they name. Pass the same array each time to
   * reuse the processor.
   */
  dictionaries?: readonly CompiledData[]
}

export interface FixResult {
  text: string
  /** The fixes applied, in the coordinates of the text they were applied to. */
  applied: ReportMessage[]
  /** Messages that remain on the fixed text. */
  remaining: ReportMessage[]
}
