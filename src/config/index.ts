// Configuration for the command line and the language server (Node only: the
// library core never reads files).
export {ConfigError} from './errors.js'
export {clearConfigCache, resolveConfigFor, resolveSettingsFor, toCheckOptions, merge as mergeSettings, type ResolveOptions, type ResolvedSettings} from './resolve.js'
export {searchPlaces} from './places.js'
export {writeStarterConfig, starterConfig} from './init.js'
export type {ConfigFile, ConfigOverride, ConfigSettings} from './schema.js'
