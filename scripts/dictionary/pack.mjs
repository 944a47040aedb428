// The generated module's encoding of compiled patterns: each node that is not
// a bare word becomes a short array, its first item a one-letter tag
// (src/engine/compiled.ts `expand` reads it back). The same patterns in about
// half the bytes, and the module is parsed on every start of the command.
const TAGS = {w: 'w', slot: 'v', cls: 'c', seq: 's', alt: 'a', opt: 'o', any: 'y', gap: 'g', num: 'n', p: 'p', tag: 't', hole: 'h'}

export function packNode(node) {
  if (typeof node === 'string') return node
  const tag = TAGS[node.t]
  switch (node.t) {
    case 'w': case 'tag': return [tag, ...node.k]
    case 'slot': return [tag, node.ref]
    case 'cls': return [tag, node.name]
    case 'seq': return [tag, ...node.items.map(packNode)]
    case 'alt': return [tag, ...node.options.map(packNode)]
    case 'opt': return [tag, packNode(node.item)]
    case 'gap': return [tag, node.max]
    case 'num': return node.op === undefined ? [tag] : node.op === ':' ? [tag, ':', node.a, node.b] : [tag, node.op, node.a]
    case 'p': return [tag, node.v]
    case 'any': case 'hole': return [tag]
    default: throw new Error(`pack: unknown pattern node ${JSON.stringify(node)}`)
  }
}

/** A copy of compiled dictionaries with every class, pattern, except pattern and focus packed. */
export function packCompiled(compiled) {
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
