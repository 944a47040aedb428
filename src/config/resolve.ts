// From a file's path to the options safepost checks it with: the nearest
// config (or the one given), its `extends` chain, and the overrides whose
// globs match the file.
import path from 'node:path'
import type {CheckOptions, PresetName} from '../types.js'
import {clearDictionaryCache, projectDictionaries} from './dictionaries.js'
import {mergeOptions} from '../options.js'
import {ConfigError} from './errors.js'
import {clearLoadCache, displayPath, loadConfigFile, searchConfig, type LoadedConfig} from './load.js'
import {presetNames, type ConfigFile, type ConfigSettings} from './schema.js'

/** Settings after `extends` and overrides: plain data, dictionaries as absolute paths. */
export interface ResolvedSettings extends Omit<ConfigSettings, 'dictionaries'> {
  /** Absolute paths of the project's own YAML rule files. */
  dictionaries?: string[]
}

interface Override {
  /** Folder of the config file that holds the override: globs are relative to it. */
  base: string
  matches: (relative: string) => boolean
  settings: ResolvedSettings
}

interface Layered {
  path: string
  settings: ResolvedSettings
  overrides: Override[]
}

export interface ResolveOptions {
  /** A config file to use instead of searching; `false`: no config at all. */
  configFile?: string | false
}

const layeredByPath = new Map<string, Promise<Layered>>()

/**
 * The settings for `filePath` (which need not exist: standard input is named
 * after a file in the working directory) and the config they came from.
 */
export async function resolveSettingsFor(filePath: string, options: ResolveOptions = {}): Promise<{settings: ResolvedSettings, configPath: string | null}> {
  if (options.configFile === false) return {settings: {}, configPath: null}
  const absolute = path.resolve(filePath)
  const loaded = typeof options.configFile === 'string' ? await loadConfigFile(options.configFile) : await searchConfig(path.dirname(absolute))
  if (!loaded) return {settings: {}, configPath: null}
  const layered = await layer(loaded)
  let settings = layered.settings
  for (const override of layered.overrides) {
    const relative = path.relative(override.base, absolute).split(path.sep).join('/')
    if (override.matches(relative)) settings = merge(settings, override.settings)
  }
  return {settings, configPath: layered.path}
}

const optionsCache = new Map<string, CheckOptions>()

/**
 * The library options for `filePath`, from the config found upwards from it
 * (or `options.configFile`). The same settings give the same object, so the
 * library reuses its processor. For the language server and the command line.
 */
export async function resolveConfigFor(filePath: string, options: ResolveOptions = {}): Promise<{options: CheckOptions, configPath: string | null}> {
  const {settings, configPath} = await resolveSettingsFor(filePath, options)
  return {options: await toCheckOptions(settings), configPath}
}

/** `ResolvedSettings` -> `CheckOptions`, with the project dictionaries compiled (cached). */
export async function toCheckOptions(settings: ResolvedSettings): Promise<CheckOptions> {
  const key = JSON.stringify(settings)
  const cached = optionsCache.get(key)
  if (cached) return cached
  const options: CheckOptions = {}
  if (settings.preset !== undefined) options.preset = settings.preset
  if (settings.rules !== undefined) options.rules = settings.rules
  if (settings.allow !== undefined) options.allow = settings.allow
  if (settings.region !== undefined) options.region = settings.region
  if (settings.reportUnusedDirectives !== undefined) options.reportUnusedDirectives = settings.reportUnusedDirectives
  if (settings.dictionaries?.length) options.dictionaries = await projectDictionaries(settings.dictionaries)
  optionsCache.set(key, options)
  return options
}

/** Forget every config and dictionary read so far: call after a config or dictionary file changed. */
export function clearConfigCache(): void {
  clearLoadCache()
  clearDictionaryCache()
  layeredByPath.clear()
  optionsCache.clear()
}

function layer(loaded: LoadedConfig, chain: string[] = []): Promise<Layered> {
  let layered = layeredByPath.get(loaded.path)
  if (!layered) {
    layered = buildLayer(loaded, chain)
    layeredByPath.set(loaded.path, layered)
    // a failed file is read again next time (it may have been fixed)
    layered.catch(() => layeredByPath.delete(loaded.path))
  }
  return layered
}

async function buildLayer({path: file, config}: LoadedConfig, chain: string[]): Promise<Layered> {
  if (chain.includes(file)) {
    throw new ConfigError(`${displayPath(file)}: "extends" goes round in a circle: ${[...chain, file].map(displayPath).join(' -> ')}`, file)
  }
  const base = path.dirname(file)
  let settings: ResolvedSettings = {}
  const overrides: Override[] = []
  for (const parent of [config.extends ?? []].flat()) {
    if ((presetNames as string[]).includes(parent)) {
      settings = merge(settings, {preset: parent as PresetName})
      continue
    }
    const target = path.resolve(base, parent)
    let loaded: LoadedConfig
    try {
      loaded = await loadConfigFile(target)
    } catch (error) {
      if (error instanceof ConfigError && error.file === target && /no such file/.test(error.message)) {
        throw new ConfigError(`${displayPath(file)}: extends: "${parent}" is neither a preset (${presetNames.join(', ')}) nor a config file (${displayPath(target)} does not exist)`, file)
      }
      throw error
    }
    const inherited = await buildLayer(loaded, [...chain, file])
    settings = merge(settings, inherited.settings)
    overrides.push(...inherited.overrides)
  }
  settings = merge(settings, ownSettings(config, base))
  if (config.overrides?.length) {
    // loaded only for a config with overrides: most runs have none, and every start pays for a module loaded
    const {default: picomatch} = await import('picomatch')
    for (const override of config.overrides) {
      const patterns = [override.files].flat()
      const excluded = [override.excludedFiles ?? []].flat()
      const included = picomatch(patterns, {dot: true})
      const left = excluded.length > 0 ? picomatch(excluded, {dot: true}) : () => false
      overrides.push({base, matches: (relative) => included(relative) && !left(relative), settings: ownSettings(override, base)})
    }
  }
  return {path: file, settings, overrides}
}

function ownSettings(config: ConfigSettings, base: string): ResolvedSettings {
  const settings: ResolvedSettings = {}
  if (config.preset !== undefined) settings.preset = config.preset
  if (config.rules !== undefined) settings.rules = {...config.rules}
  if (config.allow !== undefined) settings.allow = [...config.allow]
  if (config.region !== undefined) settings.region = config.region.toUpperCase()
  if (config.dictionaries !== undefined) settings.dictionaries = config.dictionaries.map((file) => path.resolve(base, file))
  if (config.reportUnusedDirectives !== undefined) settings.reportUnusedDirectives = config.reportUnusedDirectives
  return settings
}

/** `later` wins; rules merge key by key; allow lists and dictionaries add up (as src/options.ts declares). */
export function merge(earlier: ResolvedSettings, later: ResolvedSettings): ResolvedSettings {
  return mergeOptions(earlier, later)
}

export type {ConfigFile}
