// Workspace config for the language server. Config files (`.safepostrc`,
// `.safepostrc.json`, `.safepostrc.yaml`, the `safepost` field of package.json,
// found upwards from each file) are read by `src/config/`, the same discovery
// the command line uses; settings from the client (preset, region) are laid
// over the result.
import {clearConfigCache, resolveConfigFor} from '../config/index.js'
import type {CheckOptions, PresetName} from '../types.js'

/** The `safepost` section of the client's settings. Unset (or empty) means "from the config file". */
export interface ClientSettings {
  preset?: PresetName | null | ''
  region?: string | null
}

export interface ResolvedOptions {
  options: CheckOptions
  /** The config file that applied, if any. */
  configPath?: string | undefined
  /** Why the config could not be used (the check still runs, on the client settings alone). */
  configError?: string | undefined
}

/** Forget every config file read so far (a config file changed). */
export async function resetWorkspaceConfig(): Promise<void> {
  clearConfigCache()
}

/** The options for one document: its workspace config file, then the client's settings. */
export async function resolveOptions(filePath: string | undefined, settings: ClientSettings): Promise<ResolvedOptions> {
  let options: CheckOptions = {}
  let configPath: string | undefined
  let configError: string | undefined
  if (filePath) {
    try {
      const found = await resolveConfigFor(filePath)
      options = {...found.options}
      configPath = found.configPath ?? undefined
    } catch (error) {
      configError = error instanceof Error ? error.message : String(error)
      const file = (error as {file?: unknown}).file
      if (typeof file === 'string') configPath = file
    }
  }
  if (settings.preset) options.preset = settings.preset
  if (settings.region) options.region = settings.region
  return {options, configPath, configError}
}
