import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const modules = fileURLToPath(new URL('../../node_modules/', import.meta.url))

/** The first `count` Markdown files of 5 to 40 kB that the installed node_modules ship, in sorted path order: real English nobody here wrote. */
export function corpusTexts(count: number): string[] {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const name of fs.readdirSync(dir).sort()) {
      if (found.length >= count) return
      const file = path.join(dir, name)
      const stat = fs.statSync(file, {throwIfNoEntry: false})
      if (stat?.isDirectory()) walk(file)
      else if (stat && name.toLowerCase().endsWith('.md') && stat.size >= 5000 && stat.size <= 40000) found.push(fs.readFileSync(file, 'utf8'))
    }
  }
  walk(modules)
  return found
}
