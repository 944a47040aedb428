import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {compileDictionaries as compileFolder} from '../../src/compile/index.js'

/** The compiled data, read as plain JSON: these tests look inside patterns and suggestions by hand. */
const compileDictionaries = (folder: string): any => compileFolder(folder)

import {dictionaryFolder, removeTemporaryFolders} from '../temporary-folders.js'

afterAll(removeTemporaryFolders)

/** A dictionaries folder with the shared files and one rule file. */
const folderWith = (name: string, yaml: string) => dictionaryFolder({[name]: yaml})

const entry = (extra: string) => `rule: demo-rule
entries:
  - id: first
    match: ["{commit} suicide"]
    suggest: ["{die} by suicide"]
    fix: auto
    reason: A reason in plain words.
    source: MFs
${extra}`

describe('dictionary compiler', () => {
  it('compiles a valid rule with inflected slots and suggestions', () => {
    const compiled = compileDictionaries(folderWith('demo-rule.yml', entry('')))
    const [first] = compiled.rules['demo-rule'].entries
    expect(first.id).toBe('first')
    const slot = first.patterns[0].items[0]
    expect(slot).toEqual({t: 'slot', ref: 'commit:v'})
    expect(compiled.slots['commit:v'].map((a: {k: string[]; f: string}) => `${a.k.join(' ')}/${a.f}`)).toEqual(
      expect.arrayContaining(['commit/base', 'commits/third', 'committed/past', 'committing/gerund', 'commited/past'])
    )
    expect(first.suggest[0][0].v).toEqual({base: 'die', third: 'dies', past: 'died', participle: 'died', gerund: 'dying'})
  })

  it.each([
    ['an unknown key', entry('    colour: red\n'), /demo-rule\.yml:9: entries\[0\] \(id "first"\)\.colour: unknown key "colour"/],
    ['a bad fix value', entry('').replace('fix: auto', 'fix: always'), /demo-rule\.yml:6: entries\[0\] \(id "first"\)\.fix: must be one of: auto, choice, none/],
    ['an unknown source', entry('').replace('source: MFs', 'source: NOPE'), /demo-rule\.yml:8: .*source: unknown source "NOPE"/],
    ['an unknown class', entry('').replace('"{commit} suicide"', '"<no-such-class> suicide"'), /demo-rule\.yml:4: .*match\[0\]: unknown class <no-such-class>/],
    ['an unclosed group', entry('').replace('"{commit} suicide"', '"(commit suicide"'), /demo-rule\.yml:4: .*match\[0\]: missing "\)"/],
    ['a pattern that starts with a gap', entry('').replace('"{commit} suicide"', '"... suicide"'), /may not start with "\*" or "\.\.\."/],
    ['fix: auto without a suggestion', entry('').replace('    suggest: ["{die} by suicide"]\n', ''), /fix: auto needs at least one suggestion/],
    ['a missing reason', entry('').replace('    reason: A reason in plain words.\n', ''), /entries\[0\] \(id "first"\): missing "reason"/],
    ['a file named after another rule', entry(''), /rule: must be "other-rule"/],
    ['an optional hole in an except pattern', entry("    except: [\"_ ?\"]\n"), /except\[0\]: .*"_" may not be optional/],
    ['a focus with an unknown class', entry('    focus: "<no-such-class>"\n'), /demo-rule\.yml:9: entries\[0\] \(id "first"\)\.focus: unknown class <no-such-class>/]
  ])('rejects %s with file, line and field', (_what, yaml, expected) => {
    const name = String(expected).includes('other-rule') ? 'other-rule.yml' : 'demo-rule.yml'
    expect(() => compileDictionaries(folderWith(name, yaml))).toThrow(expected)
  })

  it('reads \\? as a question mark, not as "optional"', () => {
    const compiled = compileDictionaries(folderWith('demo-rule.yml', entry('').replace('"{commit} suicide"', '"why \\\\?"')))
    expect(compiled.rules['demo-rule'].entries[0].patterns[0]).toEqual({t: 'seq', items: ['why', {t: 'p', v: '?'}]})
  })

  it('rejects duplicate ids and YAML syntax errors', () => {
    const dup = entry('') + `  - id: first
    match: ["x"]
    reason: Another reason here.
    source: MFs
`
    expect(() => compileDictionaries(folderWith('demo-rule.yml', dup))).toThrow(/duplicate id "first"/)
    expect(() => compileDictionaries(folderWith('demo-rule.yml', 'rule: demo-rule\nentries: [\n'))).toThrow(/demo-rule\.yml:\d+/)
  })

  describe('crisis-lines.yml', () => {
    const shipped = readFileSync(join('dictionaries', 'crisis-lines.yml'), 'utf8')
    const directoryFields = '        web: [findahelpline.com]\n        checked: "2026-11-21"\n'
    const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length

    it('passes through as written and typed', () => {
      const compiled = compileDictionaries(folderWith('crisis-lines.yml', shipped))
      expect(compiled.crisisLines.regions.UK.lines[0].numbers).toEqual(['116 123'])
    })

    it.each([
      ['a date that is not a date', directoryFields.replace('"2026-11-21"', 'soon'), 'checked: soon', /regions\.INTL\.lines\[0\]\.checked: must match pattern/],
      ['a line with neither numbers nor web', directoryFields.replace('        web: [findahelpline.com]\n', ''), '      - name: Find A Helpline', /regions\.INTL\.lines\[0\]: needs "numbers" or "web"/],
      ['a number left unquoted', directoryFields.replace('web: [findahelpline.com]', 'numbers: [988]'), 'numbers: [988]', /regions\.INTL\.lines\[0\]\.numbers\[0\]: must be string/]
    ])('rejects %s with file, line and field', (_what, replacement, at, expected) => {
      const yaml = shipped.replace(directoryFields, replacement)
      expect(yaml).not.toBe(shipped)
      const line = lineOf(yaml, at)
      expect(() => compileDictionaries(folderWith('crisis-lines.yml', yaml))).toThrow(new RegExp(`^crisis-lines\\.yml:${line}: ${expected.source}`))
    })

    it('rejects a default that names no region', () => {
      const yaml = shipped.replace('default: INTL', 'default: XX')
      expect(() => compileDictionaries(folderWith('crisis-lines.yml', yaml))).toThrow(`crisis-lines.yml:${lineOf(yaml, 'default: XX')}: default: names no region`)
    })
  })

  it('passes a rule file\'s data: through to compiled.rules[<rule>].data', () => {
    const compiled = compileDictionaries(folderWith('demo-rule.yml', entry('') + 'data:\n  units: [kg, lb]\n  names: {a: b}\n'))
    expect(compiled.rules['demo-rule'].data).toEqual({units: ['kg', 'lb'], names: {a: 'b'}})
    expect(() => compileDictionaries(folderWith('demo-rule.yml', entry('') + 'data:\n  units: 3\n'))).toThrow(/demo-rule\.yml:\d+: data\.units: must be string/)
  })

  it('compiles the shipped dictionaries', () => {
    const compiled = compileDictionaries('dictionaries')
    expect(Object.keys(compiled.rules).length).toBeGreaterThan(0)
    for (const rule of Object.values(compiled.rules) as Array<{entries: Array<{source: string[]}>}>) {
      for (const e of rule.entries) for (const s of e.source) expect(compiled.sources[s]).toBeDefined()
    }
  })
})
