// The command line's side of configuration: the config's options for a file,
// with what the command line says on top (command line > config > preset).
import path from 'node:path'
import {ConfigError, resolveConfigFor, resolveSettingsFor, writeStarterConfig} from '../config/index.js'
import type {CheckOptions} from '../types.js'
import type {CliOptions} from './options.js'
import {UsageError} from './usage-error.js'

/** What the command line sets, which wins over any config. */
function commandLineSettings(cli: CliOptions): Partial<CheckOptions> {
  const settings: Partial<CheckOptions> = {}
  if (cli.presetGiven) settings.preset = cli.preset
  if (cli.region !== undefined) settings.region = cli.region
  if (cli.reportUnusedDirectives !== undefined) settings.reportUnusedDirectives = cli.reportUnusedDirectives
  return settings
}

/**
 * The library options for a file (absolute, or `undefined` for a batch or
 * unnamed standard input: the config found from the working directory).
 * Throws a `UsageError` for a config that cannot be used.
 */
export async function checkOptionsFor(file: string | undefined, cli: CliOptions): Promise<CheckOptions> {
  const target = file ?? path.join(process.cwd(), '<stdin>')
  try {
    const {options} = await resolveConfigFor(target, {configFile: cli.config})
    return {preset: 'writer', ...options, ...commandLineSettings(cli)}
  } catch (error) {
    throw asUsageError(error)
  }
}

/** `--print-config FILE`: the resolved options for FILE, as JSON. */
export async function printedConfig(file: string, cli: CliOptions): Promise<string> {
  try {
    const {settings, configPath} = await resolveSettingsFor(path.resolve(file), {configFile: cli.config})
    const resolved = {preset: 'writer', ...settings, ...commandLineSettings(cli)}
    return JSON.stringify({file, configPath, ...resolved}, null, 2) + '\n'
  } catch (error) {
    throw asUsageError(error)
  }
}

/** `safepost init`: write a starter `.safepostrc.yaml` in the working directory. */
export function initConfig(): string {
  try {
    return writeStarterConfig(process.cwd())
  } catch (error) {
    throw asUsageError(error)
  }
}

function asUsageError(error: unknown): unknown {
  return error instanceof ConfigError ? new UsageError(error.message) : error
}
