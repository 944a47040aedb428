// A project's own YAML rule files, compiled by the same compiler and checked
// against the same schema as the built-in dictionaries.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {compiled as builtIn} from '../generated/dictionaries.js'
import {branching} from '../engine/pattern.js'
import type {CompiledData} from '../types.js'
import {ConfigError} from './errors.js'
import {checkReadableFile, MAX_PROJECT_PATTERN_COST} from './limits.js'
import {displayPath} from './load.js'
import {ruleIds} from './schema.js'

/**
 * The compiler (with its YAML, schema and inflection libraries) is loaded only
 * when a project names dictionaries: every other run starts without it.
 */
async function loadCompiler(): Promise<typeof import('../compile/index.js').compileProjectDictionaries> {
  return (await import('../compile/index.js')).compileProjectDictionaries
}

const compiledByFiles = new Map<string, readonly CompiledData[]>()

/**
 * The compiled dictionaries for these files (absolute paths), one array per
 * set of files, so every check with the same files reuses one processor.
 * A bad file throws a `ConfigError` naming file, line and field.
 */
export async function projectDictionaries(files: readonly string[]): Promise<readonly CompiledData[]> {
  const key = files.join('\0')
  const cached = compiledByFiles.get(key)
  if (cached) return cached
  for (const file of files) checkReadableFile(file, 'dictionary', displayPath)
  let compiled: CompiledData
  try {
    const compileFiles = await loadCompiler()
    compiled = compileFiles([...files], sharedDictionaryFolder(), {display: displayPath, ruleIds})
  } catch (error) {
    const dictionaryError = error as {file?: string, message?: string}
    if (dictionaryError && typeof dictionaryError.file === 'string') {
      throw new ConfigError(`dictionary ${dictionaryError.message ?? ''}`, dictionaryError.file)
    }
    throw error
  }
  checkPatternCost(compiled, files)
  const result = [compiled]
  compiledByFiles.set(key, result)
  return result
}

/**
 * Each pattern is capped by the compiler; their sum is capped here, or 300
 * patterns each just under the cap would make a short post take a minute.
 */
function checkPatternCost(project: CompiledData, files: readonly string[]): void {
  const tables = {classes: {...builtIn.classes, ...project.classes}, slots: {...builtIn.slots, ...project.slots}}
  let cost = 0
  for (const rule of Object.values(project.rules)) {
    for (const entry of rule.entries) for (const pattern of [...entry.patterns, ...entry.except]) cost += branching(pattern, tables)
  }
  if (cost > MAX_PROJECT_PATTERN_COST) {
    throw new ConfigError(`dictionaries ${files.map(displayPath).join(', ')}: the patterns together could match in ${cost} ways from one word (most allowed: ${MAX_PROJECT_PATTERN_COST}), which would make checking slow: use fewer gaps ("...N") and optional parts, or fewer entries`, files[0] ?? '')
  }
}

export function clearDictionaryCache(): void {
  compiledByFiles.clear()
}

let sharedFolder: string | undefined

/**
 * The built-in dictionaries/ folder (inflections, sources, word classes) that
 * project files are compiled against. The package ships it; this module runs
 * from src/config, dist/src/config or a chunk of the dist/cli bundle, so look
 * upwards for safepost's package.json.
 */
function sharedDictionaryFolder(): string {
  if (sharedFolder) return sharedFolder
  let folder = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = path.join(folder, 'package.json')
    if (fs.existsSync(manifest) && fs.existsSync(path.join(folder, 'dictionaries', 'inflections.yml'))) {
      const {name} = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {name?: string}
      if (name === 'safepost') return (sharedFolder = path.join(folder, 'dictionaries'))
    }
    const parent = path.dirname(folder)
    if (parent === folder) throw new Error('safepost: cannot find its dictionaries/ folder')
    folder = parent
  }
}
