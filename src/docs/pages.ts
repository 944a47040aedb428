// Node-only: the README and the rule pages as they should read, given the
// dictionaries in `root`/dictionaries (generate.ts says what is generated).
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'yaml'
import {ENTRIES_TABLE, entriesTable, replaceGenerated, RULES_TABLE, rulesTable, type RuleFile} from './generate.js'
import type {Fixable} from '../engine/compiled.js'

/** The rule files of a dictionaries folder (every file with a `rule:`), in file order. */
export function ruleFiles(folder: string): RuleFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => parse(readFileSync(join(folder, name), 'utf8')) as RuleFile)
    .filter((file) => typeof file?.rule === 'string')
}

export interface GeneratedPage {
  /** Relative to `root`. */
  path: string
  /** Its text as it is, and as it should be. */
  now: string
  expected: string
}

/** Each page with a generated part; a page whose markers are missing says so by throwing. */
export function generatedPages(root: string): GeneratedPage[] {
  const files = ruleFiles(join(root, 'dictionaries'))
  const page = (path: string, name: string, body: string): GeneratedPage => {
    const now = readFileSync(join(root, path), 'utf8')
    const expected = replaceGenerated(now, name, body)
    if (expected === undefined) throw new Error(`${path}: no markers for the generated ${name}`)
    return {path, now, expected}
  }
  const rows = files.map((file) => ({id: file.rule, meta: {description: file.description ?? '', fixable: (file.fixable ?? 'no') as Fixable, ...(file['fix-note'] ? {fixNote: file['fix-note']} : {})}}))
  return [
    page('README.md', RULES_TABLE, rulesTable(rows)),
    ...files.filter((file) => file.entries.length > 0).map((file) => page(`docs/rules/${file.rule}.md`, ENTRIES_TABLE, entriesTable(file)))
  ]
}
