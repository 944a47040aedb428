// Where cosmiconfig looks for a safepost config, so that a run in a folder
// tree with none can tell with a few stat calls and never load cosmiconfig:
// with its YAML parser and crypto, and its own search, it cost about 25 ms
// of a 250 ms start. The answer errs towards "maybe": whatever could be a
// config hands the search to cosmiconfig, which then decides as before.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Where a config may live, looked for in this order in each folder from the file's upwards. */
export const searchPlaces = [
  'package.json',
  '.safepostrc',
  '.safepostrc.json',
  '.safepostrc.yaml',
  '.safepostrc.yml',
  '.safepostrc.js',
  '.safepostrc.mjs',
  '.safepostrc.cjs',
  'safepost.config.js',
  'safepost.config.mjs',
  'safepost.config.cjs'
]

/** cosmiconfig's meta config, read in the working directory, can add search places of its own. */
const metaPlaces = ['package.yaml', '.config/config.json', '.config/config.yaml', '.config/config.yml', '.config/config.js', '.config/config.ts', '.config/config.cjs', '.config/config.mjs']

/** False only when no folder from `directory` up to the root, nor the user's config folder, can hold a safepost config. */
export function mayHaveConfig(directory: string): boolean {
  if (metaPlaces.some((place) => fs.existsSync(path.join(process.cwd(), place)))) return true
  if (packageKeys(path.join(process.cwd(), 'package.json')).has('cosmiconfig')) return true
  for (let dir = path.resolve(directory); ; dir = path.dirname(dir)) {
    for (const place of searchPlaces) {
      const file = path.join(dir, place)
      if (place === 'package.json' ? packageKeys(file).has('safepost') : fs.existsSync(file)) return true
    }
    if (path.dirname(dir) === dir) break
  }
  return fs.existsSync(userConfigFolder())
}

const ANY = new Set(['safepost', 'cosmiconfig'])
const NONE = new Set<string>()

/** The top-level keys of a package.json; a file that is there but cannot be read counts as having every key. */
function packageKeys(file: string): ReadonlySet<string> {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? NONE : ANY
  }
  try {
    const json: unknown = JSON.parse(text)
    return json !== null && typeof json === 'object' ? new Set(Object.keys(json)) : NONE
  } catch {
    return ANY
  }
}

/** The folder cosmiconfig reads a user-wide config from (env-paths' `config` for "safepost"). */
function userConfigFolder(): string {
  const home = os.homedir()
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Preferences', 'safepost')
  if (process.platform === 'win32') return path.join(process.env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'safepost', 'Config')
  return path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), 'safepost')
}
