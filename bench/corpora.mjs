// Real English that nobody here wrote, gathered deterministically (sorted
// paths, exact duplicates dropped, capped in size), for the benchmarks:
//  - nodeModulesCorpus: the .md files the installed node_modules ship;
//  - machineCorpus: what this machine has beyond them: the Markdown, text,
//    changelogs and NEWS under /usr/share/doc, and man pages rendered as text
//    (`man -P cat`, when man is installed). Built at bench time, never committed.
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {gunzipSync} from 'node:zlib'

const root = new URL('..', import.meta.url).pathname

/** Files under `dir` (sorted, recursively) whose name and size `keep` accepts. */
function filesUnder(dir, keep) {
  const files = []
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name)
      const s = statSync(path, {throwIfNoEntry: false})
      if (!s) continue
      if (s.isDirectory()) walk(path)
      else if (s.isFile() && keep(name, s.size)) files.push(path)
    }
  }
  if (existsSync(dir)) walk(dir)
  return files
}

/** Texts up to `maxBytes` in all, exact duplicates left out. */
function capped(entries, maxBytes) {
  const seen = new Set()
  const corpus = []
  let bytes = 0
  for (const {path, read, format} of entries) {
    const text = read()
    if (!text) continue
    const hash = createHash('sha1').update(text).digest('hex')
    if (seen.has(hash)) continue
    seen.add(hash)
    if (bytes + text.length > maxBytes) break
    corpus.push({path, text, format})
    bytes += Buffer.byteLength(text)
  }
  return {corpus, bytes}
}

export function nodeModulesCorpus(maxBytes) {
  const files = filesUnder(join(root, 'node_modules'), (name, size) => name.toLowerCase().endsWith('.md') && size > 200 && size < 200_000)
  return {...capped(files.map((path) => ({path: relative(root, path), read: () => readFileSync(path, 'utf8'), format: 'markdown'})), maxBytes), files: files.length}
}

const DOC = /\.(md|markdown|txt)$|^(changelog|news|readme)([._-].*)?$/i

/** Half the budget for /usr/share/doc, the rest for man pages, taken in turn so both kinds are in any cap. */
export function machineCorpus(maxBytes) {
  const docs = filesUnder('/usr/share/doc', (name, size) => DOC.test(name.replace(/\.gz$/, '')) && size > 200 && size < 400_000).map((path) => ({
    path,
    format: /\.(md|markdown)(\.gz)?$/i.test(path) ? 'markdown' : 'text',
    read: () => {
      const bytes = readFileSync(path)
      const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
      return text.includes('\u0000') || text.includes('\uFFFD') ? '' : text
    }
  }))
  const hasMan = spawnSync('man', ['--version'], {encoding: 'utf8'}).status === 0
  const pages = hasMan ? ['man1', 'man8', 'man5'].flatMap((section) => filesUnder(join('/usr/share/man', section), () => true)) : []
  const man = pages.map((path) => ({
    path,
    format: 'text',
    read: () => spawnSync('man', ['-P', 'cat', path], {encoding: 'utf8', env: {...process.env, MANWIDTH: '80', MAN_KEEP_FORMATTING: ''}}).stdout ?? ''
  }))
  const docsPart = capped(docs, maxBytes / 2)
  const manPart = capped(man, maxBytes - docsPart.bytes)
  return {corpus: [...docsPart.corpus, ...manPart.corpus], bytes: docsPart.bytes + manPart.bytes, files: docs.length + man.length}
}
