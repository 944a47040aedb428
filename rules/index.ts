// Every rule safepost ships, each a retext plugin anyone can compose. The
// registry is built from the compiled dictionaries: a rule is its YAML file
// (header and entries), and only a rule with code of its own has a module
// here (content-warning, help-resources). The named plugin exports are
// generated with the dictionaries (src/generated/rule-plugins.ts).
import type {Plugin} from 'unified'
import type {Root} from 'nlcst'
import {compiled} from '../src/generated/dictionaries.js'
import * as plugins from '../src/generated/rule-plugins.js'
import type {CompiledData} from '../src/engine/compiled.js'
import {metaOf, type RuleMeta, type RuleOptions} from '../src/engine/rule.js'

export * from '../src/generated/rule-plugins.js'

export type RulePlugin = Plugin<[RuleOptions?], Root>

/** A rule id as the name of its export: `suicide-language` -> `suicideLanguage`. */
export const exportName = (id: string): string => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())

/** Rule id -> plugin and metadata for every rule in `data`, in the order of its files. */
export function ruleRegistry(data: CompiledData, pluginFor: (id: string) => RulePlugin): Record<string, {plugin: RulePlugin; meta: RuleMeta}> {
  return Object.fromEntries(Object.keys(data.rules).map((id) => [id, {plugin: pluginFor(id), meta: metaOf(id, data)}]))
}

const byName = plugins as Record<string, RulePlugin>

/** Rule id -> plugin and metadata. */
export const rules = ruleRegistry(compiled, (id) => {
  const plugin = byName[exportName(id)]
  if (!plugin) throw new Error(`safepost: no plugin for rule "${id}": run \`npm run generate\``)
  return plugin
})

/** Rules about the whole post (`scope: post`): each reports once per post, at its first word. */
export const wholePostRules: ReadonlySet<string> = new Set(Object.values(rules).filter(({meta}) => meta.scope === 'post').map(({meta}) => meta.id))
