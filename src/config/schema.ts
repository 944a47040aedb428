// The shape of a safepost config file, as a JSON schema (checked with ajv)
// and as the type it describes.
import {rules} from '../../rules/index.js'
import {presetNames, type PresetName} from '../../rules/presets.js'
import {configOptionAccepted, configOptionSchemas, ruleSettings} from '../options.js'
import type {RuleSetting} from '../types.js'

export {presetNames, ruleSettings}
export const ruleIds = Object.keys(rules)

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

/** Every check option a config may set (src/options.ts). */
const settings = configOptionSchemas

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
  ...configOptionAccepted,
  extends: `a preset name (${presetNames.join(', ')}) or the path of another config file, or a list of them`,
  overrides: 'a list of {files: [globs], ...settings}',
  files: 'a glob or a list of globs, relative to the config file',
  excludedFiles: 'a glob or a list of globs, relative to the config file',
  $schema: 'a URL'
}
