// dictionaries/*.yml -> the CompiledData object of src/engine/compiled.ts.
// The command line compiles a project's own dictionaries with this module at
// run time, from a bundle: the schemas are imported, not read from a path
// relative to this file.
import {readdirSync, existsSync} from 'node:fs'
import {join, basename} from 'node:path'
import Ajv from 'ajv'
import schema from '../dictionary-schema.json' with {type: 'json'}
import crisisLinesSchema from '../crisis-lines-schema.json' with {type: 'json'}
import {loadYaml, DictionaryError, pointerToPath, fieldName} from './load.mjs'
import {branching, MAX_BRANCHING, parsePattern, PatternError, span, startsLoose} from './parse-pattern.mjs'
import {inflect} from './inflect.mjs'

const validateRuleFile = new Ajv({allErrors: false, strict: true}).compile(schema)
const validateCrisisLines = new Ajv({allErrors: false, strict: true}).compile(crisisLinesSchema)

/** Files that hold shared data rather than one rule's entries. */
const SHARED = new Set(['sources.yml', 'classes.yml', 'idioms.yml', 'inflections.yml', 'priority.yml', 'crisis-lines.yml'])
/** Classes the context pass and the post-level rules always need, whether or not a gate names them. */
const ALWAYS_INDEXED = ['suicide', 'self-harm', 'eating', 'death', 'mental-health', 'idiom', 'negation', 'joke-cue', 'past-marker', 'recovery-marker']

/**
 * Every file of a dictionaries folder. `requireHeader` (the build): each rule
 * file must say what its rule is (description, fixable, scope).
 */
export function compileDictionaries(dir, {requireHeader = false} = {}) {
  const shared = loadShared(dir)
  const ruleFiles = readdirSync(dir).filter((f) => f.endsWith('.yml') && !SHARED.has(f)).sort()
  const {rules, classes, indexedClasses} = compileRuleFiles(ruleFiles.map((f) => join(dir, f)), shared, {project: false, requireHeader})
  for (const c of ALWAYS_INDEXED) if (classes[c]) indexedClasses.add(c)

  const extra = {}
  for (const name of ['priority.yml', 'crisis-lines.yml']) {
    if (!existsSync(join(dir, name))) continue
    const file = loadYaml(join(dir, name))
    if (name === 'crisis-lines.yml') checkCrisisLines(file)
    extra[name.replace(/\.yml$/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase())] = file.data
  }
  return {version: 1, sources: shared.sources, ...compactAll(classes, rules), indexedClasses: [...indexedClasses].sort(), rules, ...extra}
}

/**
 * A project's own rule files (a config's `dictionaries`), compiled against the
 * built-in shared files in `sharedDir` (inflections, sources, word classes).
 * Each file names the rule it adds to (`rule: suicide-language`); its name is
 * free. The result holds only what the project adds, for `CheckOptions.dictionaries`.
 * `display(path)` is how errors name a file (default: its base name).
 */
export function compileProjectDictionaries(files, sharedDir, {display = basename, ruleIds} = {}) {
  const shared = loadShared(sharedDir)
  const builtInSources = new Set(Object.keys(shared.sources))
  const {rules, classes, indexedClasses} = compileRuleFiles(files, shared, {project: true, display, ruleIds})
  for (const name of Object.keys(shared.globalClassNames)) delete classes[name]
  const sources = Object.fromEntries(Object.entries(shared.sources).filter(([id]) => !builtInSources.has(id) || shared.projectSources.has(id)))
  return {version: 1, sources, ...compactAll(classes, rules), indexedClasses: [...indexedClasses].sort(), rules}
}

/** inflections.yml, sources.yml and the global word classes (classes.yml, idioms.yml), compiled. */
function loadShared(dir) {
  const lexicon = loadYaml(join(dir, 'inflections.yml')).data
  const sources = {...loadYaml(join(dir, 'sources.yml')).data}
  const globalClasses = {}
  for (const name of ['classes.yml', 'idioms.yml']) {
    if (!existsSync(join(dir, name))) continue
    const file = loadYaml(join(dir, name))
    for (const [cls, members] of Object.entries(file.data.classes ?? {})) {
      if (globalClasses[cls]) throw new DictionaryError(name, file.where(['classes', cls]), `classes.${cls}`, 'class defined twice')
      globalClasses[cls] = {members, file, path: ['classes', cls]}
    }
  }
  const classes = {}
  for (const [name, def] of Object.entries(globalClasses)) compileClass(classes, name, def, lexicon)
  return {lexicon, sources, globalClasses, globalClassNames: {...globalClasses}, classes, projectSources: new Set()}
}

function compileClass(classes, key, {members, file, path}, lexicon) {
  const options = members.map((member, n) => {
    try {
      const ast = parsePattern(String(member), {lexicon})
      if (containsNode(ast, 'cls')) throw new PatternError('a class member may not name another class')
      return ast
    } catch (error) {
      throw asDictionaryError(error, file, [...path, n])
    }
  })
  classes[key] = {t: 'alt', options}
}

/**
 * Rule files -> {rules, classes, indexedClasses}. Built-in files must be named
 * after their rule; a project's may be named anything, may add to the same
 * rule more than once, and their local classes get a name of their own.
 */
function compileRuleFiles(paths, shared, {project, display = basename, ruleIds, requireHeader = false}) {
  const {lexicon, sources, globalClasses} = shared
  const classes = {...shared.classes}
  const rules = {}
  const indexedClasses = new Set()
  for (const [fileNumber, path] of paths.entries()) {
    const file = loadYaml(path, display(path))
    const fileName = file.name
    const data = file.data
    if (!validateRuleFile(data)) throw schemaError(file, validateRuleFile.errors[0])
    if (!project && `${data.rule}.yml` !== fileName) throw new DictionaryError(fileName, file.where(['rule']), 'rule', `must be "${fileName.replace(/\.yml$/, '')}" (the file name)`)
    if (project && ruleIds && !ruleIds.includes(data.rule)) {
      throw new DictionaryError(fileName, file.where(['rule']), 'rule', `"${data.rule}" is not a safepost rule; use one of: ${ruleIds.join(', ')}`)
    }
    for (const [id, source] of Object.entries(data.sources ?? {})) {
      if (sources[id]) throw new DictionaryError(fileName, file.where(['sources', id]), `sources.${id}`, 'this source id already exists in sources.yml or another rule file')
      sources[id] = source
      shared.projectSources.add(id)
    }
    const prefix = project ? `project${fileNumber + 1}:${data.rule}` : data.rule
    const local = new Set(Object.keys(data.classes ?? {}))
    for (const name of local) compileClass(classes, `${prefix}/${name}`, {members: data.classes[name], file, path: ['classes', name]}, lexicon)
    const resolveClass = (name, path) => {
      if (local.has(name)) return `${prefix}/${name}`
      if (globalClasses[name]) return name
      throw new DictionaryError(fileName, file.where(path), fieldName(data, path), `unknown class <${name}> (not in classes.yml or this file's classes)`)
    }
    for (const name of local) renameClasses(classes[`${prefix}/${name}`], (n) => resolveClass(n, ['classes', name]))

    for (const [n, name] of (data.index ?? []).entries()) indexedClasses.add(resolveClass(name, ['index', n]))
    if (requireHeader) checkHeader(file)
    const meta = project ? {} : headerOf(data)
    const target = (rules[data.rule] ??= {rule: data.rule, level: data.level ?? 'low', ...(Object.keys(meta).length ? {meta} : {}), entries: [], ...(data.data ? {data: data.data} : {})})
    const entries = target.entries
    const ids = new Set(entries.map((entry) => entry.id))
    for (const [n, entry] of data.entries.entries()) {
      const at = (...rest) => ['entries', n, ...rest]
      if (ids.has(entry.id)) throw new DictionaryError(fileName, file.where(at('id')), fieldName(data, at('id')), `duplicate id "${entry.id}"`)
      ids.add(entry.id)
      for (const id of [entry.source].flat()) {
        if (!sources[id]) throw new DictionaryError(fileName, file.where(at('source')), fieldName(data, at('source')), `unknown source "${id}" (add it to sources.yml or this file's sources)`)
      }
      const fix = entry.fix ?? 'none'
      if (fix === 'auto' && !entry.suggest?.length) throw new DictionaryError(fileName, file.where(at('fix')), fieldName(data, at('fix')), 'fix: auto needs at least one suggestion')
      const patterns = entry.match.map((source, m) => compilePattern(source, {lexicon, file, path: at('match', m), data, resolveClass, classes}))
      const except = (entry.except ?? []).map((source, m) => compilePattern(source, {lexicon, file, path: at('except', m), data, resolveClass, classes, hole: true}))
      const focus = entry.focus === undefined ? undefined : compilePattern(entry.focus, {lexicon, file, path: at('focus'), data, resolveClass, classes})
      const when = {...data.when, ...entry.when}
      for (const key of ['topic', 'near', 'notNear']) {
        if (!when[key]) continue
        when[key] = [when[key]].flat().map((name) => resolveClass(name, at('when', key)))
        for (const cls of when[key]) indexedClasses.add(cls)
      }
      entries.push({
        id: entry.id,
        patterns,
        except,
        ...(focus ? {focus} : {}),
        suggest: (entry.suggest ?? []).map((s, m) => compileSuggestion(s, {lexicon, file, path: at('suggest', m), data})),
        fix,
        reason: entry.reason.trim(),
        source: [entry.source].flat(),
        level: entry.level ?? data.level ?? 'low',
        ...(entry.message ? {message: entry.message} : {}),
        ...(entry.tags ? {tags: entry.tags} : {}),
        when
      })
    }
  }
  return {rules, classes, indexedClasses}
}

/** Fields every built-in rule file declares about its rule (a project's files only add entries). */
const HEADER_REQUIRED = ['description', 'fixable', 'scope']
const HEADER_FIELDS = ['description', 'fixable', 'fix-note', 'scope', 'severity', 'messages', 'needs', 'model']

function checkHeader(file) {
  for (const key of HEADER_REQUIRED) {
    if (file.data[key] === undefined) throw new DictionaryError(file.name, file.where(['rule']), '(top level)', `missing "${key}" (a built-in rule file says what its rule is)`)
  }
}

/** The rule's record: what it is, how it reports and what it reads (the compiled `meta`). */
function headerOf(data) {
  const meta = {}
  for (const key of HEADER_FIELDS) if (data[key] !== undefined) meta[key === 'fix-note' ? 'fixNote' : key] = data[key]
  return meta
}

/** Store each inflected word's forms once (in `slots`) and simplify every class and pattern. */
function compactAll(classes, rules) {
  const slots = {}
  const compact = (node) => simplify(node, slots)
  for (const name of Object.keys(classes)) classes[name] = compact(classes[name])
  for (const rule of Object.values(rules)) {
    for (const entry of rule.entries) {
      entry.patterns = entry.patterns.map(compact)
      entry.except = entry.except.map(compact)
      if (entry.focus) entry.focus = compact(entry.focus)
    }
  }
  return {classes, slots}
}

/** A word node; one with a single key is written as the bare key. */
function wordOf(keys) {
  return keys.length === 1 ? keys[0] : {t: 'w', k: keys}
}

/**
 * A smaller AST that matches the same: alternatives of single words become
 * one word node with every key, one-item groups disappear, and each inflected
 * word's forms are stored once in `slots` and referred to by name.
 */
function simplify(node, slots) {
  if (typeof node === 'string') return node
  switch (node.t) {
    case 'slot': {
      const ref = `${node.lemma}:${node.kind}`
      slots[ref] ??= node.alts
      return {t: 'slot', ref}
    }
    case 'opt':
      return {t: 'opt', item: simplify(node.item, slots)}
    case 'seq': {
      const items = node.items.map((i) => simplify(i, slots))
      return items.length === 1 ? items[0] : {t: 'seq', items}
    }
    case 'alt': {
      const options = node.options.map((o) => simplify(o, slots)).flatMap((o) => (o.t === 'alt' ? o.options : [o]))
      const isWord = (o) => typeof o === 'string' || o.t === 'w'
      const keys = [...new Set(options.filter(isWord).flatMap((w) => (typeof w === 'string' ? [w] : w.k)))]
      const rest = options.filter((o) => !isWord(o))
      const all = [...(keys.length ? [wordOf(keys)] : []), ...rest]
      return all.length === 1 ? all[0] : {t: 'alt', options: all}
    }
    case 'w':
      return wordOf(node.k)
    default:
      return node
  }
}

function compilePattern(source, {lexicon, file, path, data, resolveClass, classes, hole = false}) {
  try {
    const ast = parsePattern(source, {lexicon, allowHole: hole})
    renameClasses(ast, (name) => resolveClass(name, path))
    const ways = branching(ast, (name) => classes[name])
    if (ways > MAX_BRANCHING) {
      throw new PatternError(`this pattern could match in ${ways} ways from one word (most allowed: ${MAX_BRANCHING}), which would make checking slow: use fewer or shorter gaps ("...N") and optional parts`)
    }
    if (hole) {
      if (countNodes(ast, 'hole') !== 1) throw new PatternError('an except pattern needs exactly one "_" (where the match stands)')
      if (ast.t !== 'seq' || !ast.items.some((item) => item.t === 'hole')) throw new PatternError('"_" may not be optional or inside a group: write it at the top level of the except pattern')
    } else {
      if (span(ast)[0] < 1) throw new PatternError('this pattern can match nothing at all')
      if (startsLoose(ast)) throw new PatternError('a pattern may not start with "*" or "..."')
    }
    return ast
  } catch (error) {
    throw asDictionaryError(error, file, path, data)
  }
}

/** "{die} by suicide" -> ["", {v: {...forms}}, " by suicide"] parts the runtime inflects. */
function compileSuggestion(text, {lexicon, file, path, data}) {
  const parts = []
  const re = /\{([a-z][a-z'-]*)(?::([vn]))?\}/g
  let last = 0
  let m
  while ((m = re.exec(text))) {
    if (m.index > last) parts.push(text.slice(last, m.index))
    const forms = inflect(m[1], m[2] ?? 'v', lexicon)
    const first = Object.fromEntries(Object.entries(forms).map(([form, surfaces]) => [form, surfaces[0]]))
    parts.push(m[2] === 'n' ? {n: first} : {v: first})
    last = re.lastIndex
  }
  if (last < text.length) parts.push(text.slice(last))
  if (/[{}]/.test(parts.filter((p) => typeof p === 'string').join(''))) {
    throw new DictionaryError(file.name, file.where(path), fieldName(data, path), `bad slot in suggestion "${text}" (write {verb} or {noun:n})`)
  }
  return parts
}

function renameClasses(node, rename) {
  if (!node || typeof node !== 'object') return
  if (node.t === 'cls') node.name = rename(node.name)
  for (const child of [node.item, ...(node.items ?? []), ...(node.options ?? [])]) renameClasses(child, rename)
}

function containsNode(node, type) {
  return countNodes(node, type) > 0
}

function countNodes(node, type) {
  if (!node || typeof node !== 'object') return 0
  let n = node.t === type ? 1 : 0
  for (const child of [node.item, ...(node.items ?? []), ...(node.options ?? [])]) n += countNodes(child, type)
  return n
}

function asDictionaryError(error, file, path, data = file.data) {
  if (error instanceof DictionaryError) return error
  if (error instanceof PatternError || error instanceof Error) {
    return new DictionaryError(file.name, file.where(path), fieldName(data, path), error.message)
  }
  return error
}

/** crisis-lines.yml against scripts/crisis-lines-schema.json, and its default naming a region. */
function checkCrisisLines(file) {
  if (!validateCrisisLines(file.data)) {
    const error = validateCrisisLines.errors[0]
    // the schema's only anyOf: a line gives numbers, a link or both
    throw schemaError(file, error.schemaPath.includes('/anyOf/') ? {...error, keyword: 'anyOf', message: 'needs "numbers" or "web" (a line gives a number, a link or both)'} : error)
  }
  if (!file.data.regions[file.data.default]) throw new DictionaryError(file.name, file.where(['default']), 'default', `names no region ("${file.data.default}" is not under regions)`)
}

function schemaError(file, error) {
  const path = pointerToPath(error.instancePath)
  let problem = error.message
  if (error.keyword === 'additionalProperties') {
    path.push(error.params.additionalProperty)
    problem = `unknown key "${error.params.additionalProperty}"`
  } else if (error.keyword === 'enum') {
    problem = `must be one of: ${error.params.allowedValues.join(', ')}`
  } else if (error.keyword === 'required') {
    problem = `missing "${error.params.missingProperty}"`
  }
  return new DictionaryError(file.name, file.where(path), fieldName(file.data, path) || '(top level)', problem)
}
