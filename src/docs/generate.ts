// The parts of the README and of docs/rules/*.md that are generated from the
// dictionaries: the README's rules table and each rule page's table of
// entries. `npm run docs` writes them; test/docs-generated.test.ts fails
// when a page no longer says what the YAML does.
import type {RuleHeader} from '../engine/compiled.js'

/** A rule file's fields the docs read (the YAML as written: patterns as their source). */
export interface RuleFile extends Partial<Record<'description' | 'fixable' | 'fix-note' | 'scope', string>> {
  rule: string
  level?: string
  when?: {scope?: string}
  entries: Array<{id: string; match: string[]; suggest?: string[]; fix?: 'auto' | 'choice' | 'none'; level?: string; reason?: string; when?: {near?: string | string[]; scope?: string}}>
}

/** dictionaries/priority.yml: combinations of rules in one post that raise its priority. */
export interface PriorityFile {
  escalate?: Array<{when: string[]; to: string; why?: string}>
}

export const RULES_TABLE = 'rules table'
export const ENTRIES_TABLE = 'entries table'
export const COMBINATIONS_TABLE = 'priority combinations'
export const PRESETS_LIST = 'presets'

const start = (name: string) => `<!-- generated: ${name} (npm run docs) -->`
const end = (name: string) => `<!-- end of generated ${name} -->`

/** `text` with the block between the markers of `name` replaced by `body`; `undefined` when the markers are missing. */
export function replaceGenerated(text: string, name: string, body: string): string | undefined {
  const from = text.indexOf(start(name))
  const to = text.indexOf(end(name))
  if (from < 0 || to < from) return undefined
  return text.slice(0, from) + start(name) + '\n' + body + text.slice(to)
}

/** A generated block with its markers, for a page that has none yet. */
export const generatedBlock = (name: string, body: string): string => `${start(name)}\n${body}${end(name)}`

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ')
const code = (text: string): string => '`' + cell(text).replaceAll('`', "'") + '`'

/** The README's table: one row per rule, in the order of the rule files. */
export function rulesTable(rules: ReadonlyArray<{id: string; meta: Pick<RuleHeader, 'description' | 'fixable' | 'fixNote'>}>): string {
  const rows = rules.map(({id, meta}) => `| [\`${id}\`](docs/rules/${id}.md) | ${cell(meta.description)} | ${meta.fixable}${meta.fixNote ? `, ${cell(meta.fixNote)}` : ''} |`)
  return ['| rule | catches | fixes |', '| --- | --- | --- |', ...rows].join('\n') + '\n'
}

const FIX_WORDS = {auto: 'applied', choice: 'offered', none: 'none'} as const

/** A rule page's table of entries: id (usable in `allow`), what it matches, what it suggests, whether `--fix` applies it. */
export function entriesTable(file: RuleFile): string {
  const rows = file.entries.map((entry) => {
    const suggestions = (entry.suggest ?? []).map(code).join('<br>')
    return `| \`${entry.id}\` | ${entry.match.map(code).join('<br>')} | ${suggestions || '–'} | ${FIX_WORDS[entry.fix ?? 'none']} |`
  })
  return ['| entry | matches ([pattern syntax](../dictionaries.md#the-pattern-language)) | suggestions (a `{verb}` takes the form of the words it replaces) | fix |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n'
}

const SCOPE_WORDS: Record<string, string> = {sentence: 'in the same sentence', near: 'in the same or the next sentence', post: 'anywhere in the post'}

/**
 * Every combination that decides a post's priority, in one table: a rule's
 * entries that fire only next to another cue (`when.near`, at their level),
 * then the combinations of rules in priority.yml.
 */
export function combinationsTable(rule: RuleFile, priority: PriorityFile): string {
  const inRule = rule.entries
    .filter((entry) => entry.when?.near !== undefined)
    .map((entry) => {
      const near = [entry.when!.near!].flat().map((name) => `\`<${name}>\``).join(' or ')
      const scope = SCOPE_WORDS[entry.when?.scope ?? rule.when?.scope ?? 'sentence'] ?? ''
      return `| \`${rule.rule}\` \`${entry.id}\` | ${near}, ${scope} | \`${entry.level ?? rule.level ?? 'low'}\` | ${cell(entry.reason ?? '')} |`
    })
  const acrossRules = (priority.escalate ?? []).map((e) => `| ${e.when.map((id) => `\`${id}\``).join(' + ')} | in the same post | \`${e.to}\` | ${cell(e.why ?? '')} |`)
  return ['| cue | together with | level | why |', '| --- | --- | --- | --- |', ...inRule, ...acrossRules].join('\n') + '\n'
}

/** The README's list of presets, one line per row of the table (the first is the default). */
export function presetsList(table: Record<string, {describe: string; failOnWarnings: boolean}>): string {
  return Object.entries(table).map(([name, row], n) => `- \`${name}\`${n === 0 ? ' (default)' : ''}: ${row.describe}${row.failOnWarnings ? '; warnings fail the run' : ''}.`).join('\n') + '\n'
}

/** The page `npm run docs` starts for a rule that has none: its header and a table of its entries, the rest for a person to write. */
export function newRulePage(rule: RuleFile): string {
  return [
    `# ${rule.rule}`,
    '',
    rule.description ?? '',
    '',
    `- **Rule id:** \`${rule.rule}\``,
    `- **Fixable:** ${rule.fixable ?? 'no'}`,
    `- **Dictionary:** [\`dictionaries/${rule.rule}.yml\`](../../dictionaries/${rule.rule}.yml)`,
    '',
    '## What it flags',
    '',
    generatedBlock(ENTRIES_TABLE, ''),
    ''
  ].join('\n')
}
