// The generated module's encoding of compiled patterns: each node that is not
// a bare word becomes a short array, its first item a one-letter tag
// (src/engine/compiled.ts `expand` reads it back). The same patterns in about
// half the bytes, and the module is parsed on every start of the command.
import type {CompiledData, PackedNode, PatternNode, PatternObject} from '../engine/compiled.js'

const TAGS: Record<PatternObject['t'], string> = {w: 'w', slot: 'v', cls: 'c', seq: 's', alt: 'a', opt: 'o', any: 'y', gap: 'g', num: 'n', p: 'p', tag: 't', hole: 'h'}

export function packNode(node: PatternNode): PatternNode {
  if (typeof node === 'string' || Array.isArray(node)) return node
  const object = node as PatternObject
  const tag = TAGS[object.t]
  const packed = (...rest: Array<PatternNode | number>): PackedNode => [tag, ...rest] as unknown as PackedNode
  switch (object.t) {
    case 'w': case 'tag': return packed(...object.k)
    case 'slot': return packed(object.ref)
    case 'cls': return packed(object.name)
    case 'seq': return packed(...object.items.map(packNode))
    case 'alt': return packed(...object.options.map(packNode))
    case 'opt': return packed(packNode(object.item))
    case 'gap': return packed(object.max)
    case 'num': return object.op === undefined ? packed() : object.op === ':' ? packed(':', object.a!, object.b!) : packed(object.op, object.a!)
    case 'p': return packed(object.v)
    case 'any': case 'hole': return packed()
  }
}

/** A copy of compiled dictionaries with every class, pattern, except pattern and focus packed. */
export function packCompiled(compiled: CompiledData): CompiledData {
  return {
    ...compiled,
    classes: Object.fromEntries(Object.entries(compiled.classes).map(([name, node]) => [name, packNode(node)])),
    rules: Object.fromEntries(Object.entries(compiled.rules).map(([id, rule]) => [id, {
      ...rule,
      entries: rule.entries.map((entry) => ({
        ...entry,
        patterns: entry.patterns.map(packNode),
        except: entry.except.map(packNode),
        ...(entry.focus ? {focus: packNode(entry.focus)} : {})
      }))
    }]))
  }
}
