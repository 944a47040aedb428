// The three ways safepost is run (RULES.md): a writer checking a draft, a
// moderator screening a queue, a CI job guarding a blog repository. One row
// per preset; which rules each turns on, and how severely, comes from the
// rules' headers (`severity` per audience, else the row's `severity`:
// presets.ts). The CLI, the language server, the config schema and the docs
// read this table; it loads no dictionaries, so the CLI can read it at start.
import type {Audience} from '../src/engine/compiled.js'
import type {Severity} from '../src/types.js'

export interface PresetRow {
  /** Who reads the messages: writers get support and suggestions, moderators what to do. */
  audience: Audience
  /** The severity of a rule whose header names none for this audience. */
  severity: Severity
  /** Whether warnings fail the run (exit 1), not only errors. */
  failOnWarnings: boolean
  /** Whether inline disable comments are obeyed: a submitted post must not switch its own checks off. */
  honourDirectives: boolean
  /** One line for the docs (the README's list of presets). */
  describe: string
}

export const presetTable = {
  writer: {audience: 'writer', severity: 'warning', failOnWarnings: false, honourDirectives: true, describe: 'every rule as a suggestion; a possible crisis is met with a short pointer to support, never a correction'},
  moderator: {audience: 'moderator', severity: 'warning', failOnWarnings: false, honourDirectives: false, describe: 'every rule, crisis-signal and encouraging-harm as errors, a review priority per post; inline comments cannot switch checks off'},
  ci: {audience: 'writer', severity: 'warning', failOnWarnings: true, honourDirectives: true, describe: 'the writer rules, for blog repositories'}
} as const satisfies Record<string, PresetRow>

export type PresetName = keyof typeof presetTable

export const presetNames = Object.keys(presetTable) as PresetName[]

