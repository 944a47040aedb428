// Temporary folders for tests that need files on disk: posts, configs,
// dictionaries. Each test file removes its own with removeTemporaryFolders.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const made: string[] = []

/** A fresh temporary folder holding `files` (path -> content), by its real path; removed by `removeTemporaryFolders`. */
export function temporaryFolder(files: Record<string, string> = {}): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'safepost-test-')))
  made.push(folder)
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(folder, name)
    fs.mkdirSync(path.dirname(file), {recursive: true})
    fs.writeFileSync(file, content)
  }
  return folder
}

export function removeTemporaryFolders(): void {
  for (const folder of made.splice(0)) fs.rmSync(folder, {recursive: true, force: true})
}

/** The dictionary files every rule file leans on: sources, shared classes, inflections. */
const SHARED_DICTIONARIES = ['sources.yml', 'classes.yml', 'inflections.yml']

/** A temporary dictionaries folder: the shipped shared files, and `files` (rule files) beside or instead of them. */
export function dictionaryFolder(files: Record<string, string>): string {
  const shared = Object.fromEntries(SHARED_DICTIONARIES.map((name) => [name, fs.readFileSync(path.join('dictionaries', name), 'utf8')]))
  return temporaryFolder({...shared, ...files})
}
