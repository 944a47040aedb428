import fs from 'node:fs'
import path from 'node:path'
import type {InputFormat} from '../types.js'
import {describeError} from './io-errors.js'
import {UsageError} from './usage-error.js'

/** A file to check. */
export interface InputFile {
  absolute: string
  /** How the report names it: relative to the working directory. */
  display: string
  format: InputFormat
  /** The folder it was found in, walking a folder or glob: `--fix` does not follow a link out of it. `undefined` for a file named itself. */
  root?: string
}

const formatsByExtension: Record<string, InputFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'mdx',
  '.html': 'html',
  '.htm': 'html'
}

/** How to read a file, from its extension: Markdown, MDX, HTML, or else plain text. */
export function formatFromPath(file: string): InputFormat {
  return formatsByExtension[path.extname(file).toLowerCase()] ?? 'text'
}

/**
 * The files a folder contributes: prose formats only, so that images, fonts
 * and data files beside the posts are not read as text. A file named on the
 * command line or matched by a glob is checked whatever its extension.
 */
const folderExtensions = new Set(['.md', '.markdown', '.mdx', '.html', '.htm', '.txt', '.text'])

// Never checked when walking folders and globs. Dot folders and dot files are
// skipped too (globby's default `dot: false`) unless a pattern names them.
const alwaysIgnored = ['**/node_modules/**']
const ignoreFiles = ['**/.safepostignore']

const globCharacters = /[*?[\]{}()!]/

export interface ResolveOptions {
  /** Honour `.safepostignore` (and, for folders and globs, `.gitignore`); `--no-ignore` turns it off. Default true. */
  ignore?: boolean
  /** `--ignore-pattern` globs (relative to the working directory): left out of folders, globs and named files alike. */
  ignorePatterns?: string[]
  /** Told of each file named on the command line that `.safepostignore` or `--ignore-pattern` leaves out. */
  onIgnored?: (display: string, why: string) => void
}

/**
 * Turn the paths, folders and globs of the command line into files, in the
 * order given (files within a folder or glob sorted), each once. Folders and
 * globs honour `.gitignore` (up to the repository root) and `.safepostignore`;
 * a file named explicitly honours `.safepostignore` only, as ESLint's named
 * files honour its ignores: tools such as pre-commit name every file, and a
 * draft listed there must stay unchecked. Arguments starting with `!`
 * exclude what they match from every folder and glob.
 *
 * Throws a `UsageError` for a path that does not exist or a glob that matches
 * nothing.
 */
export async function resolveInputs(inputs: string[], cwd: string, options: ResolveOptions = {}): Promise<InputFile[]> {
  const ignore = options.ignore ?? true
  let ignoredByFile: ((file: string) => boolean) | undefined
  const files = new Map<string, InputFile>()
  const add = (absolute: string, root?: string): void => {
    // A file reached through a symbolic link and by its own name is checked once.
    let key = absolute
    try {
      key = fs.realpathSync(absolute)
    } catch {
      // Gone already: reading it will say so.
    }
    if (files.has(key)) return
    const relative = path.relative(cwd, absolute)
    files.set(key, {absolute, display: relative === '' ? absolute : relative, format: formatFromPath(absolute), ...(root === undefined ? {} : {root})})
  }

  const negations = inputs.filter((input) => input.startsWith('!'))
  const ignorePatterns = options.ignorePatterns ?? []
  const exclusions = [...negations.map((input) => input.slice(1)), ...ignorePatterns]
  const matchesIgnorePattern = ignorePatterns.length ? (await import('picomatch')).default(ignorePatterns, {dot: true}) : undefined

  for (const input of inputs) {
    if (input.startsWith('!')) continue
    const absolute = path.resolve(cwd, input)
    let stats: fs.Stats | undefined
    try {
      stats = fs.statSync(absolute)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !globCharacters.test(input)) {
        throw new UsageError(`${input}: ${describeError(error)}`)
      }
    }

    if (stats?.isDirectory()) {
      for (const file of await walkFolder(absolute, cwd, exclusions, ignore)) add(file, absolute)
    } else if (stats) {
      if (ignore) ignoredByFile ??= await safepostIgnored(cwd)
      const display = path.relative(cwd, absolute) || absolute
      if (matchesIgnorePattern?.(display.split(path.sep).join('/'))) options.onIgnored?.(display, 'ignored by --ignore-pattern')
      else if (ignoredByFile?.(absolute)) options.onIgnored?.(display, 'ignored by .safepostignore (--no-ignore checks it)')
      else add(absolute)
    } else {
      const matches = await glob([input], cwd, exclusions, ignore)
      if (matches.length === 0) {
        throw new UsageError(`no files match "${input}" (after .gitignore and .safepostignore)`)
      }
      for (const file of matches) add(file, globBase(input, cwd))
    }
  }
  return [...files.values()]
}

// globby costs ~40 ms to load, so it is imported only when a folder or glob needs it.
async function glob(patterns: string[], cwd: string, exclusions: string[], ignore: boolean): Promise<string[]> {
  const {globby} = await import('globby')
  const found = await globby(patterns, {
    cwd,
    absolute: true,
    // Links to folders are not followed: a link loop (`loop -> ..`) would
    // make the walk endless. Links to files are kept, below.
    followSymbolicLinks: false,
    onlyFiles: false,
    gitignore: ignore,
    ignoreFiles: ignore ? ignoreFiles : [],
    ignore: [...alwaysIgnored, ...exclusions]
  })
  return found.map((file) => path.resolve(file)).filter(isFile).sort()
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile()
  } catch {
    return false // a dangling link
  }
}

async function walkFolder(folder: string, cwd: string, exclusions: string[], ignore: boolean): Promise<string[]> {
  const {convertPathToPattern} = await import('globby')
  const relative = path.relative(cwd, folder)
  const inside = !relative.startsWith('..') && !path.isAbsolute(relative)
  // Inside the working directory, glob from it so that its ignore files apply;
  // outside, from the folder itself.
  const base = inside ? cwd : folder
  const prefix = inside && relative !== '' ? convertPathToPattern(relative) + '/' : ''
  const found = await glob([`${prefix}**/*`], base, inside ? exclusions : [], ignore)
  return found.filter((file) => folderExtensions.has(path.extname(file).toLowerCase()))
}

/** Whether a file is left out by a `.safepostignore` in the working directory or below it. */
async function safepostIgnored(cwd: string): Promise<(file: string) => boolean> {
  const {isIgnoredByIgnoreFiles} = await import('globby')
  return isIgnoredByIgnoreFiles(ignoreFiles, {cwd, ignore: alwaysIgnored})
}

/** The folder a glob searches: its path up to the first part with a wildcard (`posts/*.md`: posts). */
function globBase(pattern: string, cwd: string): string {
  const parts = pattern.split('/')
  const wild = parts.findIndex((part) => globCharacters.test(part))
  return path.resolve(cwd, parts.slice(0, wild === -1 ? parts.length - 1 : wild).join('/') || '.')
}
