// Adding a dictionary rule is one YAML file (with its header) and its tests:
// the registry, the presets, the config schema's list of rules, the plugin
// and the docs all come from the compiled data.
import fs from 'node:fs'
import path from 'node:path'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {ruleRegistry} from '../../rules/index.js'
import {presetNames, presetsFrom} from '../../rules/presets.js'
import {compileDictionaries} from '../../src/compile/index.js'
import {generatedPages} from '../../src/docs/pages.js'
import type {CompiledData} from '../../src/engine/compiled.js'
import {dictionaryRule} from '../../src/engine/rule.js'
import {useParser} from '../../src/parse/registry.js'
import '../../src/parse/text.js'
import {toReport} from '../../src/report.js'
import {removeTemporaryFolders, temporaryFolder} from '../temporary-folders.js'

afterAll(removeTemporaryFolders)

const RULE = 'recovery-language'
const fixture = fs.readFileSync(new URL('../fixtures/new-rule/recovery-language.yml', import.meta.url), 'utf8')

/** The shipped dictionaries folder with the fixture's one file added. */
function folderWithNewRule(): string {
  const shipped = Object.fromEntries(fs.readdirSync('dictionaries').map((name) => [name, fs.readFileSync(path.join('dictionaries', name), 'utf8')]))
  return temporaryFolder({...shipped, [`${RULE}.yml`]: fixture})
}

describe('a new dictionary rule from its YAML file alone', () => {
  const folder = folderWithNewRule()
  const data = compileDictionaries(folder, {requireHeader: true}) as CompiledData
  const registry = ruleRegistry(data, (id) => dictionaryRule(id, data))

  it('is in the registry, with the metadata of its header', () => {
    expect(registry[RULE]?.meta).toEqual({
      id: RULE,
      description: 'Wording that treats recovery from an eating disorder as a finish line ("fully cured").',
      fixable: true,
      scope: 'phrase',
      needs: []
    })
  })

  it('is in every preset, at the severity its header gives the audience', () => {
    const presets = presetsFrom(data)
    for (const name of presetNames) expect(presets[name].rules[RULE], name).toBe(presets[name].audience === 'moderator' ? 'info' : 'warning')
    // and the built-in rules keep theirs
    expect(presets.moderator.rules['crisis-signal']).toBe('error')
  })

  it('reports its entries, with the fallback message of its header', () => {
    const check = (text: string) => {
      const processor = useParser(unified(), 'text').data('safepostBase', data).use(registry[RULE]!.plugin, {severity: 'warning', audience: 'writer'}).freeze()
      const file = new VFile(text)
      processor.runSync(processor.parse(file), file)
      return toReport(file).messages.map((m) => [m.ruleId, m.actual, m.message, m.entryId])
    }
    expect(check('She says she is fully cured of anorexia now.')).toEqual([[RULE, 'fully cured', 'Say "in recovery" instead of "fully cured"', 'fully-cured']])
    expect(check('He beat bulimia for good, he says.')).toEqual([[RULE, 'beat bulimia for good', '"beat bulimia for good" makes recovery sound finished', 'beat-it']])
    // lookalikes stay quiet
    expect(check('The infection is fully cured. We beat the traffic for good.')).toEqual([])
  })

  it('gets its row in the README and a docs page with a table of its entries from `npm run docs`', () => {
    const copy = (from: string) => Object.fromEntries(fs.readdirSync(from).map((name) => [path.join(from, name), fs.readFileSync(path.join(from, name), 'utf8')]))
    const root = temporaryFolder({'README.md': fs.readFileSync('README.md', 'utf8'), ...copy('docs/rules'), ...copy('dictionaries'), [`dictionaries/${RULE}.yml`]: fixture})
    const pages = generatedPages(root)
    const readme = pages.find((page) => page.path === 'README.md')!
    expect(readme.expected).toContain('| [`recovery-language`](docs/rules/recovery-language.md) | Wording that treats recovery from an eating disorder as a finish line ("fully cured"). | partly |')
    const page = pages.find((p) => p.path === `docs/rules/${RULE}.md`)!
    expect(page.now).toBe('')
    expect(page.expected).toMatch(/^# recovery-language\n/)
    expect(page.expected).toContain('| `fully-cured` | `fully cured of (anorexia\\|bulimia)` | `in recovery` | offered |')
    // the shipped pages are untouched
    expect(pages.filter((p) => p.now !== p.expected).map((p) => p.path)).toEqual(['README.md', `docs/rules/${RULE}.md`])
  })
})
