// A rule file's `data:` section (src/compile/dictionary-schema.json), read in the
// shapes the code expects. A shipped file with the wrong shape fails on
// import, naming the file and the key.
import {compiled} from '../../src/generated/dictionaries.js'
import type {DataValue} from '../../src/engine/compiled.js'

export interface RuleData {
  /** A text: `note: ...`. */
  text(key: string): string
  /** A list of texts: `weight-units: [kg, lb]`. */
  list(key: string): string[]
  /** A map of texts with exactly the keys `keys`. */
  texts<K extends string>(key: string, keys: readonly K[]): Record<K, string>
  /** A map of lists of texts with exactly the keys `keys`. */
  lists<K extends string>(key: string, keys: readonly K[]): Record<K, string[]>
}

const isText = (value: DataValue | undefined): value is string => typeof value === 'string'
const isList = (value: DataValue | undefined): value is string[] => Array.isArray(value) && value.every(isText)

export function ruleData(rule: string): RuleData {
  const data = compiled.rules[rule]?.data ?? {}
  const fail = (key: string, shape: string): never => {
    throw new Error(`dictionaries/${rule}.yml: data.${key} must be ${shape}`)
  }
  function mapOf<K extends string, T extends DataValue>(key: string, keys: readonly K[], isValue: (value: DataValue | undefined) => value is T, shape: string) {
    const value = data[key]
    if (typeof value !== 'object' || Array.isArray(value)) return fail(key, `a map of ${shape}s`)
    const known = new Set<string>(keys)
    for (const name of Object.keys(value)) if (!known.has(name)) fail(key, `a map with the keys ${keys.join(', ')} (not "${name}")`)
    const out: Partial<Record<K, T>> = {}
    for (const name of keys) {
      const item = value[name]
      out[name] = isValue(item) ? item : fail(`${key}.${name}`, `a ${shape}`)
    }
    // every key was just filled
    return out as Record<K, T>
  }
  return {
    text: (key) => {
      const value = data[key]
      return isText(value) ? value : fail(key, 'a text')
    },
    list: (key) => {
      const value = data[key]
      return isList(value) ? value : fail(key, 'a list of texts')
    },
    texts: (key, keys) => mapOf(key, keys, isText, 'text'),
    lists: (key, keys) => mapOf(key, keys, isList, 'list of texts')
  }
}

/** The header's `messages` of a rule, with exactly the keys `keys`. */
export function ruleMessages<K extends string>(rule: string, keys: readonly K[]): Record<K, string> {
  const messages = compiled.rules[rule]?.meta?.messages ?? {}
  const out: Partial<Record<K, string>> = {}
  for (const key of keys) {
    const text = messages[key]
    if (text === undefined) throw new Error(`dictionaries/${rule}.yml: messages.${key} is missing`)
    out[key] = text
  }
  return out as Record<K, string>
}
