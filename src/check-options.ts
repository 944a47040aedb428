// The library checks its options as a config file is checked, with the same
// words: `checkSync(text, {rules: {'suicide-language': 'warn'}})` fails as a
// `.safepostrc` with that line does, instead of reporting at severity "warn".
// Browser-safe (no ajv): the config loader uses these texts for its own errors.
import {presets} from '../rules/presets.js'
import {didYouMean} from './closest-name.js'
import {ruleSettings} from './options.js'
import type {CheckOptions} from './types.js'

export {ruleSettings}
const formats = ['text', 'markdown', 'mdx', 'html']

/** The options are not ones safepost can run with; the message says which key and what is accepted. */
export class OptionsError extends Error {
  override name = 'OptionsError'
}

export function notARuleSetting(where: string, value: unknown): string {
  return `${where}: ${JSON.stringify(value)} is not a rule setting; use one of ${ruleSettings.join(', ')}`
}

export function unknownRule(where: string, id: string, ruleIds: readonly string[]): string {
  return `${where}: unknown rule "${id}"${didYouMean(id, ruleIds)}; rules are ${ruleIds.join(', ')}`
}

/** Throws an `OptionsError` for the first option safepost would not run with. */
export function checkOptions(options: CheckOptions): void {
  const fail = (message: string): never => {
    throw new OptionsError(`safepost: options: ${message}`)
  }
  const presetNames = Object.keys(presets)
  if (options.preset !== undefined && !presetNames.includes(options.preset)) {
    fail(`preset: ${JSON.stringify(options.preset)} is not accepted${didYouMean(String(options.preset), presetNames)}; use one of ${presetNames.join(', ')}`)
  }
  if (options.format !== undefined && !formats.includes(options.format)) {
    fail(`format: ${JSON.stringify(options.format)} is not accepted; use one of ${formats.join(', ')}`)
  }
  if (options.rules !== undefined) {
    if (typeof options.rules !== 'object' || options.rules === null || Array.isArray(options.rules)) fail(`rules: expected an object of rule id -> ${ruleSettings.join(', ')}`)
    const ruleIds = Object.keys(presets.writer!.rules)
    for (const [id, setting] of Object.entries(options.rules)) {
      if (!ruleIds.includes(id)) fail(unknownRule('rules', id, ruleIds))
      if (!ruleSettings.includes(setting)) fail(notARuleSetting(`rules.${id}`, setting))
    }
  }
  if (options.allow !== undefined && !(Array.isArray(options.allow) && options.allow.every((item) => typeof item === 'string'))) {
    fail('allow: expected a list of entry ids or phrases')
  }
  // a code of two to four letters: ISO regions, and crisis-lines.yml's own (INTL, the international directories)
  if (options.region !== undefined && !(typeof options.region === 'string' && /^[A-Za-z]{2,4}$/.test(options.region))) {
    fail(`region: ${JSON.stringify(options.region)} is not accepted; expected a region code such as US, UK, IE, CA, AU, NZ or IN`)
  }
}
