// The three ways safepost is run (RULES.md): a writer checking a draft, a
// moderator screening a queue, a CI job guarding a blog repository.
import type {PresetName, RuleSetting} from '../src/types.js'

export interface Preset {
  /** Rule id -> off or a severity. Rules not listed are off. */
  rules: Record<string, RuleSetting>
  /** Whether warnings fail the run (exit 1), not only errors. */
  failOnWarnings: boolean
  /** Whether inline disable comments are obeyed: a submitted post must not switch its own checks off. */
  honourDirectives: boolean
}

const language: Record<string, RuleSetting> = {
  'suicide-language': 'warning',
  'self-harm-language': 'warning',
  'eating-disorder-language': 'warning',
  'mental-illness-stigma': 'warning'
}

export const presets: Record<PresetName, Preset> = {
  writer: {rules: {...language}, failOnWarnings: false, honourDirectives: true},
  moderator: {rules: {...language}, failOnWarnings: false, honourDirectives: false},
  ci: {rules: {...language}, failOnWarnings: true, honourDirectives: true}
}
