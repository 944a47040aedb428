// The three ways safepost is run (RULES.md): a writer checking a draft, a
// moderator screening a queue, a CI job guarding a blog repository.
import type {PresetName, RuleSetting} from '../src/types.js'

export interface Preset {
  /** Rule id -> off or a severity. Rules not listed are off. */
  rules: Record<string, RuleSetting>
  /** Who reads the messages: writers get support and suggestions, moderators what to do. */
  audience: 'writer' | 'moderator'
  /** Whether warnings fail the run (exit 1), not only errors. */
  failOnWarnings: boolean
  /** Whether inline disable comments are obeyed: a submitted post must not switch its own checks off. */
  honourDirectives: boolean
}

const writerRules: Record<string, RuleSetting> = {
  'suicide-language': 'warning',
  'self-harm-language': 'warning',
  'eating-disorder-language': 'warning',
  'mental-illness-stigma': 'warning',
  'method-detail': 'warning',
  'eating-disorder-numbers': 'warning',
  'sensationalizing': 'warning',
  'trivializing': 'warning',
  'coded-terms': 'warning',
  // reported gently, as support for the writer, never as a failure
  'crisis-signal': 'info',
  'encouraging-harm': 'warning',
  // suggestions about the whole post (a warning is contested evidence: never an error)
  'content-warning': 'warning',
  'help-resources': 'warning'
}

export const presets: Record<PresetName, Preset> = {
  writer: {rules: writerRules, audience: 'writer', failOnWarnings: false, honourDirectives: true},
  moderator: {
    rules: {...writerRules, 'crisis-signal': 'error', 'encouraging-harm': 'error'},
    audience: 'moderator',
    failOnWarnings: false,
    honourDirectives: false
  },
  ci: {rules: writerRules, audience: 'writer', failOnWarnings: true, honourDirectives: true}
}
