// A project's own dictionaries (compiled from its YAML by the same compiler)
// join the built-in ones: their entries are added to the rules they name,
// their classes, inflected words and sources to the shared tables.
import type {CompiledData} from './compiled.js'

export function mergeDictionaries(base: CompiledData, extras: readonly CompiledData[]): CompiledData {
  if (extras.length === 0) return base
  const merged: CompiledData = {
    ...base,
    sources: {...base.sources},
    classes: {...base.classes},
    slots: {...base.slots},
    indexedClasses: [...base.indexedClasses],
    rules: Object.fromEntries(Object.entries(base.rules).map(([id, rule]) => [id, {...rule, entries: [...rule.entries]}]))
  }
  for (const extra of extras) {
    Object.assign(merged.sources, extra.sources)
    Object.assign(merged.slots, extra.slots)
    for (const [name, node] of Object.entries(extra.classes)) {
      if (base.classes[name] && JSON.stringify(base.classes[name]) !== JSON.stringify(node)) {
        throw new Error(`safepost: a project dictionary redefines the word class <${name}>; give it another name`)
      }
      merged.classes[name] = node
    }
    for (const name of extra.indexedClasses) if (!merged.indexedClasses.includes(name)) merged.indexedClasses.push(name)
    for (const [id, rule] of Object.entries(extra.rules)) {
      const target = merged.rules[id]
      if (!target) throw new Error(`safepost: a project dictionary adds to "${id}", which is not a safepost rule`)
      const ids = new Set(target.entries.map((e) => e.id))
      for (const entry of rule.entries) {
        if (ids.has(entry.id)) throw new Error(`safepost: a project dictionary repeats the entry id "${entry.id}" of ${id}`)
        target.entries.push(entry)
      }
    }
  }
  return merged
}
