// Files that `--fix` leaves alone even though it could replace them: the
// atomic rename would quietly undo what the file's owner set up.
import fs from 'node:fs'
import path from 'node:path'
import type {InputFile} from './inputs.js'

export interface FixAllowances {
  /** `--fix-read-only`: rewrite read-only files too (they keep their mode). */
  readOnly: boolean
  /** `--fix-hard-links`: write files with several names in place, so every name sees the fix. */
  hardLinks: boolean
}

/** Why `--fix` must not write this file, in a few words; `undefined` when it may. */
export function fixRefusal(file: InputFile, allow: FixAllowances): string | undefined {
  const link = fs.lstatSync(file.absolute)
  if (link.isSymbolicLink() && file.root !== undefined && !inside(fs.realpathSync(file.absolute), fs.realpathSync(file.root))) {
    return `a symbolic link to ${fs.realpathSync(file.absolute)}, outside ${path.relative(process.cwd(), file.root) || '.'}; --fix does not follow links out of the folder it fixes (name the file itself to fix it)`
  }
  const stats = fs.statSync(file.absolute)
  if (!allow.readOnly && readOnly(file.absolute, stats)) {
    return 'read-only; --fix leaves it as it is (--fix-read-only rewrites it, keeping its mode)'
  }
  if (!allow.hardLinks && stats.nlink > 1) {
    return `it has ${stats.nlink} hard links, and replacing it would leave the other names with the old text (--fix-hard-links writes it in place, so every name sees the fix)`
  }
  return undefined
}

/** Read-only for its owner, or not writable by this process (root may write anything, so the mode decides). */
function readOnly(file: string, stats: fs.Stats): boolean {
  if ((stats.mode & 0o200) === 0) return true
  try {
    fs.accessSync(file, fs.constants.W_OK)
    return false
  } catch {
    return true
  }
}

function inside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}
