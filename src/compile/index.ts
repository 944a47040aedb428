// dictionaries/*.yml -> the CompiledData object of src/engine/compiled.ts.
// Node-only. The build compiles the shipped dictionaries with it
// (scripts/build-dictionaries.mjs) and the command line a project's own at
// run time, from a bundle: the schemas are imported, not read from a path
// relative to this file.
import {readdirSync, existsSync} from 'node:fs'
import {join, basename} from 'node:path'
import {Ajv, type ErrorObject} from 'ajv'
import schema from './dictionary-schema.json' with {type: 'json'}
import crisisLinesSchema from './crisis-lines-schema.json' with {type: 'json'}
import type {CompiledData, CompiledEntry, CompiledRule, CrisisLines, DataValue, Gates, PatternNode, RuleHeader, SlotForm, Source, SuggestionPart} from '../engine/compiled.js'
import {loadYaml, DictionaryError, pointerToPath, fieldName, type Path, type YamlFile} from './load.js'
import {branching, MAX_BRANCHING, parsePattern, PatternError, span, startsLoose, type Ast} from './parse-pattern.js'
import {inflect, type Lexicon} from './inflect.js'

export {DictionaryError} from './load.js'
export {packCompiled} from './pack.js'
export {patternStarts} from '../engine/pattern-starts.js'

/** A rule file as written (dictionary-schema.json says what each field may hold). */
interface RuleFile extends Partial<Omit<RuleHeader, 'fixNote'>> {
  rule: string
  'fix-note'?: string
  level?: CompiledEntry['level']
  when?: YamlGates
  classes?: Record<string, string[]>
  sources?: Record<string, Source>
  index?: string[]
  data?: Record<string, DataValue>
  entries: YamlEntry[]
}

type YamlGates = Omit<Gates, 'topic' | 'near' | 'notNear'> & Partial<Record<'topic' | 'near' | 'notNear', string | string[]>>

interface YamlEntry {
  id: string
  match: string[]
  suggest?: string[]
  fix?: CompiledEntry['fix']
  reason: string
  source: string | string[]
  level?: CompiledEntry['level']
  message?: string
  except?: string[]
  focus?: string
  when?: YamlGates
  tags?: string[]
}

interface ClassDefinition {
  members: string[]
  file: YamlFile<unknown>
  path: Path
}

/** The files every rule file leans on, compiled. */
interface Shared {
  lexicon: Lexicon
  sources: Record<string, Source>
  globalClasses: Record<string, ClassDefinition>
  classes: Record<string, Ast>
  /** Sources a project's files add. */
  projectSources: Set<string>
}

/** What compiling a folder or a project's files gives. */
export type Compiled = CompiledData

const validateRuleFile = new Ajv({allErrors: false, strict: true}).compile<RuleFile>(schema)
const validateCrisisLines = new Ajv({allErrors: false, strict: true}).compile<CrisisLines>(crisisLinesSchema)

/** Files that hold shared data rather than one rule's entries. */
const SHARED = new Set(['sources.yml', 'classes.yml', 'idioms.yml', 'inflections.yml', 'priority.yml', 'crisis-lines.yml', 'model.yml', 'disguises.yml'])
/** Classes the context pass and the post-level rules always need, whether or not a gate names them. */
const ALWAYS_INDEXED = ['suicide', 'self-harm', 'eating', 'death', 'mental-health', 'idiom', 'negation', 'joke-cue', 'past-marker', 'recovery-marker']

/**
 * Every file of a dictionaries folder. `requireHeader` (the build): each rule
 * file must say what its rule is (description, fixable, scope).
 */
export function compileDictionaries(dir: string, {requireHeader = false}: {requireHeader?: boolean} = {}): CompiledData {
  const shared = loadShared(dir)
  const ruleFiles = readdirSync(dir).filter((f) => f.endsWith('.yml') && !SHARED.has(f)).sort()
  const {rules, classes, indexedClasses} = compileRuleFiles(ruleFiles.map((f) => join(dir, f)), shared, {project: false, requireHeader})
  for (const c of ALWAYS_INDEXED) if (classes[c]) indexedClasses.add(c)

  const extra: Pick<CompiledData, 'priority' | 'crisisLines' | 'model' | 'disguises'> = {}
  if (existsSync(join(dir, 'priority.yml'))) extra.priority = loadYaml(join(dir, 'priority.yml')).data
  if (existsSync(join(dir, 'model.yml'))) extra.model = loadYaml(join(dir, 'model.yml')).data
  if (existsSync(join(dir, 'disguises.yml'))) extra.disguises = loadYaml(join(dir, 'disguises.yml')).data as CompiledData['disguises']
  if (existsSync(join(dir, 'crisis-lines.yml'))) {
    const file = loadYaml(join(dir, 'crisis-lines.yml'))
    extra.crisisLines = checkCrisisLines(file)
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
export function compileProjectDictionaries(files: string[], sharedDir: string, {display = basename, ruleIds}: {display?: (file: string) => string; ruleIds?: readonly string[]} = {}): CompiledData {
  const shared = loadShared(sharedDir)
  const builtInSources = new Set(Object.keys(shared.sources))
  const {rules, classes, indexedClasses} = compileRuleFiles(files, shared, {project: true, display, ...(ruleIds ? {ruleIds} : {})})
  for (const name of Object.keys(shared.globalClasses)) delete classes[name]
  const sources = Object.fromEntries(Object.entries(shared.sources).filter(([id]) => !builtInSources.has(id) || shared.projectSources.has(id)))
  return {version: 1, sources, ...compactAll(classes, rules), indexedClasses: [...indexedClasses].sort(), rules}
}

/** inflections.yml, sources.yml and the global word classes (classes.yml, idioms.yml), compiled. */
function loadShared(dir: string): Shared {
  const lexicon = loadYaml<Lexicon>(join(dir, 'inflections.yml')).data
  const sources = {...loadYaml<Record<string, Source>>(join(dir, 'sources.yml')).data}
  const globalClasses: Record<string, ClassDefinition> = {}
  for (const name of ['classes.yml', 'idioms.yml']) {
    if (!existsSync(join(dir, name))) continue
    const file = loadYaml<{classes?: Record<string, string[]>}>(join(dir, name))
    for (const [cls, members] of Object.entries(file.data.classes ?? {})) {
      if (globalClasses[cls]) throw new DictionaryError(name, file.where(['classes', cls]), `classes.${cls}`, 'class defined twice')
      globalClasses[cls] = {members, file, path: ['classes', cls]}
    }
  }
  const classes: Record<string, Ast> = {}
  for (const [name, def] of Object.entries(globalClasses)) compileClass(classes, name, def, lexicon)
  return {lexicon, sources, globalClasses, classes, projectSources: new Set()}
}

function compileClass(classes: Record<string, Ast>, key: string, {members, file, path}: ClassDefinition, lexicon: Lexicon): void {
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
function compileRuleFiles(
  paths: string[],
  shared: Shared,
  {project, display = basename, ruleIds, requireHeader = false}: {project: boolean; display?: (file: string) => string; ruleIds?: readonly string[]; requireHeader?: boolean}
): {rules: Record<string, CompiledRule>; classes: Record<string, Ast>; indexedClasses: Set<string>} {
  const {lexicon, sources, globalClasses} = shared
  const classes: Record<string, Ast> = {...shared.classes}
  const rules: Record<string, CompiledRule> = {}
  const indexedClasses = new Set<string>()
  for (const [fileNumber, path] of paths.entries()) {
    const file = loadYaml(path, display(path))
    const fileName = file.name
    if (!validateRuleFile(file.data)) throw schemaError(file, validateRuleFile.errors![0]!)
    const data = file.data
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
    for (const name of local) compileClass(classes, `${prefix}/${name}`, {members: data.classes![name]!, file, path: ['classes', name]}, lexicon)
    const resolveClass = (name: string, path: Path): string => {
      if (local.has(name)) return `${prefix}/${name}`
      if (globalClasses[name]) return name
      throw new DictionaryError(fileName, file.where(path), fieldName(data, path), `unknown class <${name}> (not in classes.yml or this file's classes)`)
    }
    for (const name of local) renameClasses(classes[`${prefix}/${name}`]!, (n) => resolveClass(n, ['classes', name]))

    for (const [n, name] of (data.index ?? []).entries()) indexedClasses.add(resolveClass(name, ['index', n]))
    if (requireHeader) checkHeader(file, data)
    const meta = project ? {} : headerOf(data)
    const target = (rules[data.rule] ??= {rule: data.rule, level: data.level ?? 'low', ...(Object.keys(meta).length ? {meta: meta as RuleHeader} : {}), entries: [], ...(data.data ? {data: data.data} : {})})
    const entries = target.entries
    const ids = new Set(entries.map((entry) => entry.id))
    for (const [n, entry] of data.entries.entries()) {
      const at = (...rest: Path): Path => ['entries', n, ...rest]
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
      const written: YamlGates = {...data.when, ...entry.when}
      const when = written as Gates
      for (const key of ['topic', 'near', 'notNear'] as const) {
        const names = written[key]
        if (!names) continue
        when[key] = [names].flat().map((name) => resolveClass(name, at('when', key)))
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

function checkHeader(file: YamlFile<unknown>, data: RuleFile): void {
  for (const key of HEADER_REQUIRED) {
    if (data[key as keyof RuleFile] === undefined) throw new DictionaryError(file.name, file.where(['rule']), '(top level)', `missing "${key}" (a built-in rule file says what its rule is)`)
  }
}

/** The rule's record: what it is, how it reports and what it reads (the compiled `meta`). */
/** A built-in file's header is checked complete by `checkHeader` (the build); a test folder's may be partial. */
function headerOf(data: RuleFile): Partial<RuleHeader> {
  const meta: Record<string, unknown> = {}
  for (const key of HEADER_FIELDS) if (data[key as keyof RuleFile] !== undefined) meta[key === 'fix-note' ? 'fixNote' : key] = data[key as keyof RuleFile]
  return meta as Partial<RuleHeader>
}

/** Store each inflected word's forms once (in `slots`) and simplify every class and pattern. */
function compactAll(classes: Record<string, Ast>, rules: Record<string, CompiledRule>): {classes: Record<string, PatternNode>; slots: Record<string, SlotForm[]>} {
  const slots: Record<string, SlotForm[]> = {}
  // until now the entries' patterns are ASTs (compileRuleFiles): simplify them in place
  const compact = (node: PatternNode): PatternNode => simplify(node as Ast, slots)
  const compacted = Object.fromEntries(Object.entries(classes).map(([name, node]) => [name, simplify(node, slots)]))
  for (const rule of Object.values(rules)) {
    for (const entry of rule.entries) {
      entry.patterns = entry.patterns.map(compact)
      entry.except = entry.except.map(compact)
      if (entry.focus) entry.focus = compact(entry.focus)
    }
  }
  return {classes: compacted, slots}
}

/** A word node; one with a single key is written as the bare key. */
function wordOf(keys: string[]): PatternNode {
  return keys.length === 1 ? keys[0]! : {t: 'w', k: keys}
}

/**
 * A smaller AST that matches the same: alternatives of single words become
 * one word node with every key, one-item groups disappear, and each inflected
 * word's forms are stored once in `slots` and referred to by name.
 */
function simplify(node: Ast, slots: Record<string, SlotForm[]>): PatternNode {
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
      return items.length === 1 ? items[0]! : {t: 'seq', items}
    }
    case 'alt': {
      const options = node.options.map((o) => simplify(o, slots)).flatMap((o) => (typeof o === 'object' && 't' in o && o.t === 'alt' ? o.options : [o]))
      const wordKeys = (o: PatternNode): string[] | undefined => (typeof o === 'string' ? [o] : 't' in o && o.t === 'w' ? o.k : undefined)
      const keys = [...new Set(options.flatMap((o) => wordKeys(o) ?? []))]
      const rest = options.filter((o) => wordKeys(o) === undefined)
      const all = [...(keys.length ? [wordOf(keys)] : []), ...rest]
      return all.length === 1 ? all[0]! : {t: 'alt', options: all}
    }
    case 'w':
      return wordOf(node.k)
    default:
      return node
  }
}

interface PatternContext {
  lexicon: Lexicon
  file: YamlFile<unknown>
  path: Path
  data: unknown
  resolveClass: (name: string, path: Path) => string
  classes: Record<string, Ast>
  hole?: boolean
}

function compilePattern(source: string, {lexicon, file, path, data, resolveClass, classes, hole = false}: PatternContext): PatternNode {
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
    // an AST until compactAll simplifies it
    return ast as PatternNode
  } catch (error) {
    throw asDictionaryError(error, file, path, data)
  }
}

/** "{die} by suicide" -> ["", {v: {...forms}}, " by suicide"] parts the runtime inflects. */
function compileSuggestion(text: string, {lexicon, file, path, data}: Pick<PatternContext, 'lexicon' | 'file' | 'path' | 'data'>): SuggestionPart[] {
  const parts: SuggestionPart[] = []
  const re = /\{([a-z][a-z'-]*)(?::([vn]))?\}/g
  let last = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    if (m.index > last) parts.push(text.slice(last, m.index))
    const forms = inflect(m[1]!, m[2] === 'n' ? 'n' : 'v', lexicon)
    const first = Object.fromEntries(Object.entries(forms).map(([form, surfaces]) => [form, surfaces[0]]))
    // every form of its kind is there: inflect fills them all
    parts.push(m[2] === 'n' ? {n: first as Record<'sing' | 'plural', string>} : {v: first as Record<'base' | 'third' | 'past' | 'participle' | 'gerund', string>})
    last = re.lastIndex
  }
  if (last < text.length) parts.push(text.slice(last))
  if (/[{}]/.test(parts.filter((p) => typeof p === 'string').join(''))) {
    throw new DictionaryError(file.name, file.where(path), fieldName(data, path), `bad slot in suggestion "${text}" (write {verb} or {noun:n})`)
  }
  return parts
}

const childrenOf = (node: Ast): Ast[] => (node.t === 'opt' ? [node.item] : node.t === 'seq' ? node.items : node.t === 'alt' ? node.options : [])

function renameClasses(node: Ast, rename: (name: string) => string): void {
  if (node.t === 'cls') node.name = rename(node.name)
  for (const child of childrenOf(node)) renameClasses(child, rename)
}

function containsNode(node: Ast, type: Ast['t']): boolean {
  return countNodes(node, type) > 0
}

function countNodes(node: Ast, type: Ast['t']): number {
  let n = node.t === type ? 1 : 0
  for (const child of childrenOf(node)) n += countNodes(child, type)
  return n
}

function asDictionaryError(error: unknown, file: YamlFile<unknown>, path: Path, data: unknown = file.data): unknown {
  if (error instanceof DictionaryError) return error
  if (error instanceof Error) {
    return new DictionaryError(file.name, file.where(path), fieldName(data, path), error.message)
  }
  return error
}

/** crisis-lines.yml against src/compile/crisis-lines-schema.json, and its default naming a region. */
function checkCrisisLines(file: YamlFile<unknown>): CrisisLines {
  if (!validateCrisisLines(file.data)) {
    const error = validateCrisisLines.errors![0]!
    // the schema's only anyOf: a line gives numbers, a link or both
    throw schemaError(file, error.schemaPath.includes('/anyOf/') ? {...error, keyword: 'anyOf', message: 'needs "numbers" or "web" (a line gives a number, a link or both)'} : error)
  }
  if (!file.data.regions[file.data.default]) throw new DictionaryError(file.name, file.where(['default']), 'default', `names no region ("${file.data.default}" is not under regions)`)
  return file.data
}

function schemaError(file: YamlFile<unknown>, error: ErrorObject): DictionaryError {
  const path = pointerToPath(error.instancePath)
  const params = error.params as {additionalProperty?: string; allowedValues?: string[]; missingProperty?: string}
  let problem = error.message ?? 'is not valid'
  if (error.keyword === 'additionalProperties') {
    path.push(params.additionalProperty!)
    problem = `unknown key "${params.additionalProperty}"`
  } else if (error.keyword === 'enum') {
    problem = `must be one of: ${params.allowedValues!.join(', ')}`
  } else if (error.keyword === 'required') {
    problem = `missing "${params.missingProperty}"`
  }
  return new DictionaryError(file.name, file.where(path), fieldName(file.data, path) || '(top level)', problem)
}
