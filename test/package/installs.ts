// Shared by the packaging tests: commands run as a user would run them, and
// a copy of this working tree committed as a repository of its own (what a
// user clones, with the changes not yet committed here).
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {root, temporaryFolder} from '../cli/run.js'

export interface Ran {
  status: number | null
  output: string
}

/** Run a command; stdout and stderr together, as a person sees them. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}, input = ''): Ran {
  const result = spawnSync(command, args, {cwd, input, env: {...process.env, ...env}, encoding: 'utf8', timeout: 600_000})
  if (result.error) throw result.error
  return {status: result.status, output: result.stdout + result.stderr}
}

/** Whether `command` is on the PATH. */
export function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=safepost test', '-c', 'user.email=test@safepost.invalid', '-c', 'commit.gpgsign=false', ...args], {cwd, encoding: 'utf8'}).trim()
}

/** A new git repository holding `files`, all committed; resolves to its folder. */
export function repository(files: Record<string, string>): string {
  const folder = temporaryFolder(files)
  git(folder, 'init', '-q', '-b', 'main')
  git(folder, 'add', '-A')
  git(folder, 'commit', '-q', '-m', 'initial')
  return folder
}

/** This working tree's files (tracked and new, not ignored) committed in a fresh repository: a clone of safepost as it is now. */
export function safepostRepository(): {folder: string, commit: string} {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {cwd: root, encoding: 'utf8'})
  const folder = temporaryFolder()
  for (const file of listed.split('\0').filter(Boolean)) {
    const from = path.join(root, file)
    if (!fs.existsSync(from) || !fs.statSync(from).isFile()) continue // deleted, not yet staged
    const to = path.join(folder, file)
    fs.mkdirSync(path.dirname(to), {recursive: true})
    fs.copyFileSync(from, to)
    fs.chmodSync(to, fs.statSync(from).mode)
  }
  git(folder, 'init', '-q', '-b', 'main')
  git(folder, 'add', '-A')
  git(folder, 'commit', '-q', '-m', 'safepost')
  return {folder, commit: git(folder, 'rev-parse', 'HEAD')}
}
