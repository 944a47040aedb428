// Finding and reading config files: cosmiconfig walks up from each file's
// folder; every file found is checked against the schema before it is used.
import path from 'node:path'
import type {Ajv as AjvClass, ErrorObject, ValidateFunction} from 'ajv'
import type {PublicExplorer} from 'cosmiconfig'
import {ConfigError} from './errors.js'
import {checkIfPresent, checkReadableFile, MAX_YAML_ALIASES, quoteValue} from './limits.js'
import {mayHaveConfig, searchPlaces} from './places.js'
import {notARuleSetting, unknownRule} from '../check-options.js'
import {accepted, configSchema, ruleIds, type ConfigFile} from './schema.js'

let explorer: PublicExplorer | undefined

async function getExplorer(): Promise<PublicExplorer> {
  // CommonJS imported dynamically: bundled, its exports may sit on `default`
  const loaded = (await import('cosmiconfig')) as Partial<typeof import('cosmiconfig')> & {default?: typeof import('cosmiconfig')}
  const cosmiconfig = loaded.cosmiconfig ?? loaded.default?.cosmiconfig
  if (!cosmiconfig) throw new Error('safepost: cannot load cosmiconfig')
  explorer ??= cosmiconfig('safepost', {
    searchPlaces,
    // up to the root of the file system (and then the user's config folder)
    searchStrategy: 'global',
    stopDir: path.parse(process.cwd()).root,
    loaders: {'.yaml': loadYaml, '.yml': loadYaml, noExt: loadYaml}
  })
  return explorer
}

/** YAML with the `yaml` package, which caps alias expansion: a "billion laughs" file is refused, not expanded. */
async function loadYaml(file: string, content: string): Promise<unknown> {
  // bundled, the module's exports may sit on `default`
  const yaml = (await import('yaml')) as Partial<typeof import('yaml')> & {default?: typeof import('yaml')}
  const parse = yaml.parse ?? yaml.default?.parse
  if (!parse) throw new Error('safepost: cannot load yaml')
  try {
    return parse(content, {maxAliasCount: MAX_YAML_ALIASES, prettyErrors: false}) ?? null
  } catch (error) {
    // the form cosmiconfig gives its own parse errors, read by asConfigError
    throw new Error(`YAML Error in ${file}:\n${error instanceof Error ? error.message : String(error)}`)
  }
}

const checkedFolders = new Set<string>()

/**
 * Before cosmiconfig reads the places a config may be, from `directory` up:
 * any that is there must be a regular file of bounded size (a FIFO named
 * .safepostrc would block the search for good).
 */
function checkSearchPlaces(directory: string): void {
  for (let dir = path.resolve(directory); !checkedFolders.has(dir); dir = path.dirname(dir)) {
    for (const place of searchPlaces) checkIfPresent(path.join(dir, place), displayPath)
    checkedFolders.add(dir)
    if (path.dirname(dir) === dir) break
  }
}

/** Forget every file read so far (after a config file changed). */
export function clearLoadCache(): void {
  explorer?.clearCaches()
  checkedFolders.clear()
}

export interface LoadedConfig {
  /** Absolute path of the file. */
  path: string
  config: ConfigFile
}

/** The nearest config file above `directory`, checked; `null` when there is none. */
export async function searchConfig(directory: string): Promise<LoadedConfig | null> {
  if (!explorer && !mayHaveConfig(directory)) return null
  let result
  try {
    checkSearchPlaces(directory)
    result = await (await getExplorer()).search(directory)
  } catch (error) {
    throw asConfigError(error, undefined)
  }
  if (!result || result.isEmpty) return null
  return {path: result.filepath, config: await validate(result.config, result.filepath)}
}

/** One config file, named by `--config` or `extends`, checked. */
export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  const absolute = path.resolve(file)
  let result
  try {
    checkReadableFile(absolute, '', displayPath)
    result = await (await getExplorer()).load(absolute)
  } catch (error) {
    throw asConfigError(error, absolute)
  }
  if (!result || result.isEmpty) return {path: absolute, config: {}}
  return {path: result.filepath, config: await validate(result.config, result.filepath)}
}

/** How a file is named in messages: relative to the working directory. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative === '' || relative.startsWith('..') ? file : relative
}

let validateConfig: ValidateFunction<ConfigFile> | undefined

/** ajv is loaded when the first config file is found, so runs without one never pay for it. */
async function validate(config: unknown, file: string): Promise<ConfigFile> {
  if (!validateConfig) {
    // ajv is CommonJS: bundled and imported dynamically, its class may sit on `default`
    const ajv = (await import('ajv')) as unknown as {Ajv?: typeof AjvClass; default?: typeof AjvClass | {Ajv?: typeof AjvClass}}
    const Ajv = ajv.Ajv ?? (typeof ajv.default === 'function' ? ajv.default : ajv.default?.Ajv)
    if (!Ajv) throw new Error('safepost: cannot load ajv')
    validateConfig = new Ajv({allErrors: false, strict: true}).compile<ConfigFile>(configSchema)
  }
  if (validateConfig(config)) return config as ConfigFile
  const error = validateConfig.errors?.[0]
  throw new ConfigError(`${displayPath(file)}: ${describeSchemaError(error, config)}`, file)
}

function describeSchemaError(error: ErrorObject | undefined, config: unknown): string {
  if (!error) return 'not a valid safepost config'
  const keys = pointerToPath(error.instancePath)
  const where = keyName(keys)
  const last = keys.filter((key) => typeof key === 'string').at(-1)
  if (error.propertyName !== undefined) return unknownRule(where, error.propertyName, ruleIds)
  switch (error.keyword) {
    case 'additionalProperties': {
      const unknown = String(error.params['additionalProperty'])
      const allowed = keys.length === 0 ? Object.keys(configSchema.properties) : Object.keys(configSchema.properties.overrides.items.properties)
      return `unknown key "${keyName([...keys, unknown])}"; accepted keys are ${allowed.join(', ')}`
    }
    case 'propertyNames':
      return unknownRule(where, String(error.params['propertyName']), ruleIds)
    case 'enum': {
      const value = valueAt(config, keys)
      if (last !== undefined && keys.length >= 2 && keys.at(-2) === 'rules') {
        return notARuleSetting(where, value)
      }
      return `${where}: ${quoteValue(value)} is not accepted; use one of ${(error.params['allowedValues'] as unknown[]).join(', ')}`
    }
    case 'required':
      return `${where === '' ? 'the config' : where}: missing "${String(error.params['missingProperty'])}" (${accepted[String(error.params['missingProperty'])] ?? ''})`
    default: {
      if (keys.length === 0) return 'the config must be an object of settings (preset, rules, allow, ...)'
      const described = last === undefined ? undefined : accepted[last]
      const value = quoteValue(valueAt(config, keys))
      return `${where}: ${value} is not accepted; expected ${described ?? error.message ?? 'another value'}`
    }
  }
}

function pointerToPath(pointer: string): Array<string | number> {
  if (pointer === '') return []
  return pointer.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')))
}

/** ["overrides", 0, "rules"] -> "overrides[0].rules" */
function keyName(keys: Array<string | number>): string {
  let name = ''
  for (const key of keys) name += typeof key === 'number' ? `[${key}]` : name === '' ? key : `.${key}`
  return name
}

function valueAt(value: unknown, keys: Array<string | number>): unknown {
  let node = value
  for (const key of keys) node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined
  return node
}

/** cosmiconfig's read and parse errors, as one line naming the file. */
function asConfigError(error: unknown, file: string | undefined): ConfigError {
  if (error instanceof ConfigError) return error
  const raw = error instanceof Error ? error.message : String(error)
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  // cosmiconfig says "JSON Error in /abs/file:\n..." or "YAML Error in /abs/file:\n..."
  const named = /^(JSON|YAML) Error in (.+?): ?\n([\s\S]*)$/.exec(raw)
  if (named) {
    const [, kind, where = '', detail = ''] = named
    // the first line that is neither blank nor part of the code frame (`> 1 | ...`)
    const reason = detail.split('\n').map((line) => line.trim()).find((line) => line !== '' && !/^(>\s*)?\d*\s*\|/.test(line)) ?? 'cannot be parsed'
    return new ConfigError(`${displayPath(where)}: invalid ${kind}: ${reason}`, where)
  }
  const errorFile = file ?? (error as {filepath?: string} | undefined)?.filepath ?? ''
  if (code === 'ENOENT') return new ConfigError(`${displayPath(errorFile)}: no such file`, errorFile)
  if (code === 'EISDIR') return new ConfigError(`${displayPath(errorFile)}: is a folder, not a config file`, errorFile)
  return new ConfigError(`${errorFile === '' ? 'config' : displayPath(errorFile)}: ${raw.split('\n')[0]}`, errorFile)
}
