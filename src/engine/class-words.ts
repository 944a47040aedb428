// The single words a word class lists, for code that tests one token at a
// time (the context pass, masked-spelling targets).
import {expand, type CompiledData, type PatternNode} from './compiled.js'

export function classWords(data: Pick<CompiledData, 'classes'>, name: string): Set<string> {
  const node = data.classes[name]
  if (!node) throw new Error(`safepost: unknown word class <${name}>`)
  return new Set(literalWords(node))
}

/** Words of a class's members; a member of several words is joined ("kill myself" -> "killmyself"). */
export function literalWords(raw: PatternNode): string[] {
  const node = expand(raw)
  if (node.t === 'w') return [...node.k]
  if (node.t === 'alt') return node.options.flatMap(literalWords)
  if (node.t === 'seq') return [node.items.flatMap(literalWords).join('')]
  return []
}
