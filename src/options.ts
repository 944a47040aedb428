// The check options, declared once: what each is, how a config file may set
// it (its JSON schema and the words an error uses), how two configs combine
// it, whether it changes the processor (the processor cache's key), and the
// command-line flag that sets it. The CheckOptions type (types.ts) is checked
// against this table; the config schema, the merge, the processor key and the
// command line's settings are derived from it.
import {presetNames} from '../rules/preset-table.js'
import {rules} from '../rules/index.js'
import type {CheckOptions, RuleSetting} from './types.js'

export const ruleSettings: RuleSetting[] = ['off', 'info', 'warning', 'error']

interface Declaration {
  /** The JSON schema of the value in a config file; absent: not settable in a config. */
  schema?: object
  /** What a person may write, for error messages. */
  accepted?: string
  /** How a later config's value combines with an earlier one's: replace it, merge keys (`rules`), or add up (lists). */
  merge?: 'replace' | 'keys' | 'union'
  /** Whether a different value needs a different processor (the processor cache's key). */
  processor: boolean
  /** The command-line flag that sets it (and wins over any config). */
  flag?: string
}

export const checkOptions = {
  preset: {schema: {enum: presetNames}, accepted: presetNames.join(', '), merge: 'replace', processor: true, flag: 'preset'},
  format: {processor: true},
  rules: {
    schema: {type: 'object', propertyNames: {enum: Object.keys(rules)}, additionalProperties: {enum: ruleSettings}},
    accepted: `an object of rule id -> ${ruleSettings.join(', ')}`,
    merge: 'keys',
    processor: true
  },
  allow: {schema: {type: 'array', items: {type: 'string', minLength: 1}}, accepted: 'a list of entry ids or phrases', merge: 'union', processor: true},
  region: {schema: {type: 'string', pattern: '^[A-Za-z]{2,4}$'}, accepted: 'a region code such as US, UK, IE, CA, AU, NZ or IN', merge: 'replace', processor: true, flag: 'region'},
  // paths in a config; compiled dictionaries in the options, compared by identity (processorFor)
  dictionaries: {schema: {type: 'array', items: {type: 'string', minLength: 1}}, accepted: 'a list of paths to YAML rule files, relative to the config file', merge: 'union', processor: false},
  directives: {processor: false},
  reportUnusedDirectives: {schema: {type: 'boolean'}, accepted: 'true or false', merge: 'replace', processor: false, flag: 'report-unused-directives'}
} as const satisfies Record<keyof CheckOptions, Declaration>

export type CheckOptionName = keyof typeof checkOptions
type Settable = {[K in CheckOptionName]: (typeof checkOptions)[K] extends {schema: object} ? K : never}[CheckOptionName]

const entries = Object.entries(checkOptions) as Array<[CheckOptionName, Declaration]>

/** The options a config file may set, in the order declared. */
export const configOptionNames = entries.filter(([, d]) => d.schema).map(([name]) => name) as Settable[]

/** The config schema's properties for every settable option. */
export const configOptionSchemas = Object.fromEntries(entries.filter(([, d]) => d.schema).map(([name, d]) => [name, d.schema!])) as Record<Settable, object>

/** What may be written for each settable option, for error messages. */
export const configOptionAccepted = Object.fromEntries(entries.filter(([, d]) => d.accepted).map(([name, d]) => [name, d.accepted!])) as Record<Settable, string>

/** The options that set flags on the command line: flag -> option. */
export const commandLineFlags = Object.fromEntries(entries.filter(([, d]) => d.flag).map(([name, d]) => [d.flag!, name])) as Record<string, CheckOptionName>

/** The key of the processor these options need: every option that changes it, defaults filled in. */
export function processorKey(options: CheckOptions): string {
  const defaults: Partial<CheckOptions> = {preset: 'writer', format: 'text', rules: {}, allow: [], region: ''}
  return JSON.stringify(entries.filter(([, d]) => d.processor).map(([name]) => options[name] ?? defaults[name]))
}

/** `later` wins; as each option declares: replaced, merged key by key, or added up. */
export function mergeOptions<T extends Partial<Record<Settable, unknown>>>(earlier: T, later: T): T {
  const merged: Record<string, unknown> = {...earlier}
  for (const name of configOptionNames) {
    const value = later[name]
    if (value === undefined) continue
    const before = earlier[name]
    const how = checkOptions[name].merge as Declaration['merge']
    merged[name] = how === 'keys' ? {...(before as object | undefined), ...(value as object)} : how === 'union' ? [...new Set([...((before as unknown[] | undefined) ?? []), ...(value as unknown[])])] : value
  }
  return merged as T
}
