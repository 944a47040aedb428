// THE CONFIG SEAM. Workspace config files (`.safepostrc`, `.safepostrc.json`,
// `.safepostrc.yaml`, the `safepost` field of package.json, found upwards from
// each file) are read by `src/config/`, the same discovery the command line
// uses. Settings from the client (preset, region) are laid over the result.
//
// `src/config/` is loaded by name at run time, so the server keeps working
// (client settings only) where it is absent; `resolveConfigFor` and its cache
// reset are the only things used from it.
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

interface ConfigModule {
  resolveConfigFor(filePath: string, options?: object): Promise<{options: CheckOptions; configPath?: string | null}>
  reset?: () => void
}

let loaded: Promise<ConfigModule | undefined> | undefined

function configModule(): Promise<ConfigModule | undefined> {
  loaded ??= (async () => {
    // a variable specifier: compiled and bundled builds resolve it at run time
    const candidates = ['../config/index.js', '../config/resolve.js']
    for (const specifier of candidates) {
      try {
        const mod = (await import(specifier)) as Record<string, unknown>
        if (typeof mod.resolveConfigFor !== 'function') continue
        const reset = Object.entries(mod).find(([name, value]) => typeof value === 'function' && /^(reset|clear)/i.test(name))?.[1]
        return {resolveConfigFor: mod.resolveConfigFor as ConfigModule['resolveConfigFor'], ...(reset ? {reset: reset as () => void} : {})}
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error
      }
    }
    return undefined
  })()
  return loaded
}

/** Forget every config file read so far (a config file changed). */
export async function resetWorkspaceConfig(): Promise<void> {
  ;(await configModule())?.reset?.()
}

/** The options for one document: its workspace config file, then the client's settings. */
export async function resolveOptions(filePath: string | undefined, settings: ClientSettings): Promise<ResolvedOptions> {
  let options: CheckOptions = {}
  let configPath: string | undefined
  let configError: string | undefined
  const mod = filePath ? await configModule() : undefined
  if (mod && filePath) {
    try {
      const found = await mod.resolveConfigFor(filePath)
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
