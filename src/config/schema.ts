// The shape of a safepost config file, as a JSON schema (checked with ajv)
// and as the type it describes.
import {presets} from '../../rules/presets.js'
import {ruleSettings} from '../check-options.js'
import type {PresetName, RuleSetting} from '../types.js'

export const presetNames = Object.keys(presets) as PresetName[]
export const ruleIds = Object.keys(presets.writer.rules)
export {ruleSettings} from '../check-options.js'

/** What may be set for every file, and again for the files an override matches. */
export interface ConfigSettings {
  preset?: PresetName
  rules?: Record<string, RuleSetting>
  allow?: string[]
  region?: string
  /** Paths of the project's own YAML rule files, relative to the config file. */
  dictionaries?: string[]
  reportUnusedDirectives?: boolean
}

export interface ConfigOverride extends ConfigSettings {
  /** Globs matched against the path relative to the config file. */
  files: string | string[]
  /** Globs of files the override leaves out. */
  excludedFiles?: string | string[]
}

export interface ConfigFile extends ConfigSettings {
  $schema?: string
  /** A preset name, or another config file (relative to this one), or a list of them: this file's settings win. */
  extends?: string | string[]
  overrides?: ConfigOverride[]
}

const globs = {
  anyOf: [
    {type: 'string', minLength: 1},
    {type: 'array', items: {type: 'string', minLength: 1}, minItems: 1}
  ]
}

const settings = {
  preset: {enum: presetNames},
  rules: {
    type: 'object',
    propertyNames: {enum: ruleIds},
    additionalProperties: {enum: ruleSettings}
  },
  allow: {type: 'array', items: {type: 'string', minLength: 1}},
  region: {type: 'string', pattern: '^[A-Za-z]{2,3}$'},
  dictionaries: {type: 'array', items: {type: 'string', minLength: 1}},
  reportUnusedDirectives: {type: 'boolean'}
}

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {type: 'string'},
    extends: {
      anyOf: [
        {type: 'string', minLength: 1},
        {type: 'array', items: {type: 'string', minLength: 1}}
      ]
    },
    ...settings,
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {files: globs, excludedFiles: globs, ...settings}
      }
    }
  }
} as const

/** What a person may write for each key, in error messages. */
export const accepted: Record<string, string> = {
  preset: presetNames.join(', '),
  extends: 'a preset name (writer, moderator, ci) or the path of another config file, or a list of them',
  rules: `an object of rule id -> ${ruleSettings.join(', ')}`,
  allow: 'a list of entry ids or phrases',
  region: 'a region code such as US, UK, IE, CA, AU, NZ or IN',
  dictionaries: 'a list of paths to YAML rule files, relative to the config file',
  reportUnusedDirectives: 'true or false',
  overrides: 'a list of {files: [globs], ...settings}',
  files: 'a glob or a list of globs, relative to the config file',
  excludedFiles: 'a glob or a list of globs, relative to the config file',
  $schema: 'a URL'
}
