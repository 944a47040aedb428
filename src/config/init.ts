// `safepost init`: a starter config with every option explained.
import fs from 'node:fs'
import path from 'node:path'
import {ConfigError} from './errors.js'
import {searchPlaces} from './places.js'

export const starterConfig = `# safepost configuration: https://github.com/safepost/safepost#configuration
# Found upwards from each file checked; the command line wins over this file,
# and this file over the preset.

# writer (suggestions), moderator (crisis and encouragement are errors; inline
# comments are ignored) or ci (warnings fail the run)
preset: writer

# Another config to start from (a preset name or a path), this file winning:
# extends: ../.safepostrc.yaml

# Per rule: off, info, warning or error
# rules:
#   content-warning: off
#   trivializing: info

# Dictionary entry ids or phrases this project accepts
# allow:
#   - suicide-watch

# Which crisis lines help-resources suggests: US, UK, IE, CA, AU, NZ, IN, ...
# region: UK

# The project's own YAML rule files (same format as safepost's dictionaries/)
# dictionaries:
#   - safepost/house-style.yml

# Report <!-- safepost-disable --> comments that switched nothing off
reportUnusedDirectives: false

# Settings for some files only; globs are relative to this file
# overrides:
#   - files: ["drafts/**"]
#     rules:
#       help-resources: off
`

/**
 * Write `.safepostrc.yaml` in `folder`. Refuses when the folder already has a
 * safepost config of any form. Returns the path written.
 */
export function writeStarterConfig(folder: string): string {
  for (const place of searchPlaces) {
    const existing = path.join(folder, place)
    if (!fs.existsSync(existing)) continue
    if (place === 'package.json') {
      const manifest = JSON.parse(fs.readFileSync(existing, 'utf8')) as Record<string, unknown>
      if (!('safepost' in manifest)) continue
    }
    throw new ConfigError(`${place} already exists here: not overwriting it`, existing)
  }
  const file = path.join(folder, '.safepostrc.yaml')
  fs.writeFileSync(file, starterConfig, {flag: 'wx'})
  return file
}
