// Reads one YAML dictionary, keeping line numbers so every error names file, line and field.
import {readFileSync} from 'node:fs'
import {basename} from 'node:path'
import {parseDocument, LineCounter, isNode} from 'yaml'

export class DictionaryError extends Error {
  constructor(file, line, field, problem) {
    super(`${file}:${line}: ${field ? `${field}: ` : ''}${problem}`)
    this.file = file
    this.line = line
    this.field = field
  }
}

/** Parse a YAML file; returns {data, where(path) -> line, name}. `name` is how errors call it (default: the base name). */
export function loadYaml(path, name = basename(path)) {
  const lineCounter = new LineCounter()
  const doc = parseDocument(readFileSync(path, 'utf8'), {lineCounter, prettyErrors: false, uniqueKeys: true})
  if (doc.errors.length) {
    const e = doc.errors[0]
    const line = e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line
    throw new DictionaryError(name, line, '', e.message.split('\n')[0])
  }
  const where = (path) => {
    // walk up the path until a node with a range is found
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
    }
    return 1
  }
  return {name, data: doc.toJS(), where}
}

/** "/entries/3/fix" -> ["entries", 3, "fix"] */
export function pointerToPath(pointer) {
  return pointer.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')))
}

/** A readable field name for an error: entries[3] (id "x").fix */
export function fieldName(data, path) {
  let out = ''
  let node = data
  for (const key of path) {
    if (typeof key === 'number') {
      const id = node?.[key]?.id
      out += `[${key}]${id ? ` (id "${id}")` : ''}`
    } else out += (out ? '.' : '') + key
    node = node?.[key]
  }
  return out
}
