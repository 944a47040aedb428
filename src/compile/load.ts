// Reads one YAML dictionary, keeping line numbers so every error names file, line and field.
import {readFileSync} from 'node:fs'
import {basename} from 'node:path'
import {parseDocument, LineCounter, isNode} from 'yaml'

export type Path = Array<string | number>

export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    problem: string
  ) {
    super(`${file}:${line}: ${field ? `${field}: ` : ''}${problem}`)
  }
}

export interface YamlFile<T = unknown> {
  /** How errors call the file. */
  name: string
  data: T
  /** The line a path into `data` starts on (its nearest ancestor's, where the path has no node). */
  where(path: Path): number
}

/** Parse a YAML file. `name` is how errors call it (default: the base name). */
export function loadYaml<T = unknown>(path: string, name = basename(path)): YamlFile<T> {
  const lineCounter = new LineCounter()
  const doc = parseDocument(readFileSync(path, 'utf8'), {lineCounter, prettyErrors: false, uniqueKeys: true})
  const error = doc.errors[0]
  if (error) {
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line
    throw new DictionaryError(name, line, '', error.message.split('\n')[0] ?? '')
  }
  const where = (path: Path): number => {
    // walk up the path until a node with a range is found
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
    }
    return 1
  }
  return {name, data: doc.toJS() as T, where}
}

/** "/entries/3/fix" -> ["entries", 3, "fix"] */
export function pointerToPath(pointer: string): Path {
  return pointer.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')))
}

/** A readable field name for an error: entries[3] (id "x").fix */
export function fieldName(data: unknown, path: Path): string {
  let out = ''
  let node = data as Record<string | number, unknown> | undefined
  for (const key of path) {
    if (typeof key === 'number') {
      const id = (node?.[key] as {id?: unknown} | undefined)?.id
      out += `[${key}]${id ? ` (id "${String(id)}")` : ''}`
    } else out += (out ? '.' : '') + key
    node = node?.[key] as Record<string | number, unknown> | undefined
  }
  return out
}
