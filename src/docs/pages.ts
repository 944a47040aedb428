// Node-only: the README and the rule pages as they should read, given the
// dictionaries in `root`/dictionaries (generate.ts says what is generated).
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'yaml'
import {presetTable} from '../../rules/preset-table.js'
import {COMBINATIONS_TABLE, combinationsTable, ENTRIES_TABLE, entriesTable, newRulePage, PRESETS_LIST, presetsList, replaceGenerated, RULES_TABLE, rulesTable, type PriorityFile, type RuleFile} from './generate.js'
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

/** Each page with a generated part (a page whose markers are missing says so by throwing). */
export function generatedPages(root: string): GeneratedPage[] {
  const files = ruleFiles(join(root, 'dictionaries'))
  const pages = new Map<string, {path: string; now: string; start: string; expected: string | undefined}>()
  // a new rule's page starts from its header, for a person to write the rest
  const read = (path: string, rule?: RuleFile): {now: string; start: string} => {
    if (existsSync(join(root, path)) || !rule) {
      const now = readFileSync(join(root, path), 'utf8')
      return {now, start: now}
    }
    return {now: '', start: newRulePage(rule)}
  }
  const generate = (path: string, name: string, body: string, rule?: RuleFile): void => {
    const page = pages.get(path) ?? {path, ...read(path, rule), expected: undefined}
    const expected = replaceGenerated(page.expected ?? page.start, name, body)
    if (expected === undefined) throw new Error(`${path}: no markers for the generated ${name}`)
    pages.set(path, {path, now: page.now, start: page.start, expected})
  }
  const rows = files.map((file) => ({id: file.rule, meta: {description: file.description ?? '', fixable: (file.fixable ?? 'no') as Fixable, ...(file['fix-note'] ? {fixNote: file['fix-note']} : {})}}))
  generate('README.md', RULES_TABLE, rulesTable(rows))
  generate('README.md', PRESETS_LIST, presetsList(presetTable))
  for (const file of files) if (file.entries.length > 0) generate(`docs/rules/${file.rule}.md`, ENTRIES_TABLE, entriesTable(file), file)
  const crisisSignal = files.find((file) => file.rule === 'crisis-signal')
  const priority = parse(readFileSync(join(root, 'dictionaries', 'priority.yml'), 'utf8')) as PriorityFile
  if (crisisSignal) generate('docs/rules/crisis-signal.md', COMBINATIONS_TABLE, combinationsTable(crisisSignal, priority))
  return [...pages.values()].map(({path, now, expected}) => ({path, now, expected: expected ?? now}))
}
