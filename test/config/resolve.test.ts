import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeEach, describe, expect, it} from 'vitest'
import {clearConfigCache, ConfigError, resolveConfigFor, resolveSettingsFor, starterConfig, writeStarterConfig} from '../../src/config/index.js'
import {checkSync} from '../../src/index.js'
import {removeTemporaryFolders, temporaryFolder as project} from '../temporary-folders.js'

afterAll(removeTemporaryFolders)
beforeEach(() => clearConfigCache())

const rulesOff = {'content-warning': 'off'}

describe('config file forms', () => {
  const forms: Record<string, string> = {
    '.safepostrc': 'preset: moderator\nrules: {content-warning: "off"}\n',
    '.safepostrc.json': JSON.stringify({preset: 'moderator', rules: rulesOff}),
    '.safepostrc.yaml': 'preset: moderator\nrules:\n  content-warning: "off"\n',
    '.safepostrc.yml': 'preset: moderator\nrules:\n  content-warning: "off"\n',
    'safepost.config.js': 'export default {preset: "moderator", rules: {"content-warning": "off"}}\n',
    'safepost.config.mjs': 'export default {preset: "moderator", rules: {"content-warning": "off"}}\n',
    'safepost.config.cjs': 'module.exports = {preset: "moderator", rules: {"content-warning": "off"}}\n',
    'package.json': JSON.stringify({name: 'blog', type: 'module', safepost: {preset: 'moderator', rules: rulesOff}})
  }
  for (const [name, content] of Object.entries(forms)) {
    it(`reads ${name}`, async () => {
      const folder = project({[name]: content, 'posts/a.md': 'x'})
      const {options, configPath} = await resolveConfigFor(path.join(folder, 'posts', 'a.md'))
      expect(configPath).toBe(path.join(folder, name))
      expect(options).toEqual({preset: 'moderator', rules: rulesOff})
    })
  }

  it('finds nothing when there is no config, and nothing with configFile: false', async () => {
    const folder = project({'.safepostrc.yaml': 'preset: ci\n', 'a.md': 'x'})
    expect(await resolveConfigFor(path.join(folder, 'a.md'), {configFile: false})).toEqual({options: {}, configPath: null})
  })

  it('walks upwards from each file: the nearest config wins', async () => {
    const folder = project({'.safepostrc.yaml': 'preset: ci\n', 'posts/deep/er/a.md': 'x', 'drafts/.safepostrc.json': '{"preset": "moderator"}', 'drafts/b.md': 'x'})
    expect((await resolveConfigFor(path.join(folder, 'posts/deep/er/a.md'))).options).toEqual({preset: 'ci'})
    expect((await resolveConfigFor(path.join(folder, 'drafts/b.md'))).options).toEqual({preset: 'moderator'})
  })

  it('uses an explicit config file wherever the file is', async () => {
    const folder = project({'.safepostrc.yaml': 'preset: ci\n', 'other.yaml': 'region: uk\n', 'a.md': 'x'})
    const {options, configPath} = await resolveConfigFor(path.join(folder, 'a.md'), {configFile: path.join(folder, 'other.yaml')})
    expect(configPath).toBe(path.join(folder, 'other.yaml'))
    expect(options).toEqual({region: 'UK'})
  })
})

describe('extends and overrides', () => {
  it('extends a preset and another file, this file winning; rules merge and allow lists add up', async () => {
    const folder = project({
      'base.yaml': 'extends: moderator\nrules: {trivializing: info, coded-terms: "off"}\nallow: [lunatic]\nregion: US\n',
      'site/.safepostrc.yaml': 'extends: ../base.yaml\nrules: {trivializing: error}\nallow: [psycho]\n',
      'site/a.md': 'x'
    })
    const {settings} = await resolveSettingsFor(path.join(folder, 'site/a.md'))
    expect(settings).toEqual({preset: 'moderator', rules: {'trivializing': 'error', 'coded-terms': 'off'}, allow: ['lunatic', 'psycho'], region: 'US'})
  })

  it('applies the overrides whose globs match the path relative to the config file', async () => {
    const folder = project({
      '.safepostrc.yaml': 'preset: ci\noverrides:\n  - files: ["drafts/**"]\n    excludedFiles: ["drafts/final/**"]\n    rules: {help-resources: "off"}\n    preset: writer\n  - files: "**/*.mdx"\n    allow: [unalive]\n',
      'drafts/a.md': 'x',
      'drafts/final/b.md': 'x',
      'drafts/c.mdx': 'x'
    })
    expect((await resolveConfigFor(path.join(folder, 'drafts/a.md'))).options).toEqual({preset: 'writer', rules: {'help-resources': 'off'}})
    expect((await resolveConfigFor(path.join(folder, 'drafts/final/b.md'))).options).toEqual({preset: 'ci'})
    expect((await resolveConfigFor(path.join(folder, 'drafts/c.mdx'))).options).toEqual({preset: 'writer', rules: {'help-resources': 'off'}, allow: ['unalive']})
  })

  it('refuses an extends chain that goes round in a circle', async () => {
    const folder = project({'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n', 'x.md': 'x'})
    await expect(resolveConfigFor(path.join(folder, 'x.md'), {configFile: path.join(folder, 'a.yaml')})).rejects.toThrow(/goes round in a circle/)
  })

  it('says what extends accepts when it names neither a preset nor a file', async () => {
    const folder = project({'.safepostrc.yaml': 'extends: writter\n', 'x.md': 'x'})
    await expect(resolveConfigFor(path.join(folder, 'x.md'))).rejects.toThrow(/extends: "writter" is neither a preset \(writer, moderator, ci\) nor a config file/)
  })
})

describe('project dictionaries', () => {
  const house = `rule: mental-illness-stigma
classes:
  teacher: [professor, teacher]
entries:
  - id: house-nutty-professor
    match: ["nutty <teacher>"]
    suggest: ["eccentric professor"]
    fix: choice
    reason: Our style guide avoids jokes about mental illness in headlines.
    source: house
sources:
  house: {name: Our style guide, url: "https://example.org/style"}
`
  it('compiles the files a config names, relative to it, and the library uses them', async () => {
    const folder = project({'.safepostrc.yaml': 'dictionaries: [style/house.yml]\n', 'style/house.yml': house, 'a.md': 'x'})
    const {options} = await resolveConfigFor(path.join(folder, 'a.md'))
    expect(options.dictionaries).toHaveLength(1)
    const report = checkSync('The nutty teacher arrived.', options)
    expect(report.messages.map((m) => [m.ruleId, m.entryId, m.actual])).toEqual([['mental-illness-stigma', 'house-nutty-professor', 'nutty teacher']])
    // the same settings give the same object, so the processor is reused
    expect((await resolveConfigFor(path.join(folder, 'a.md'))).options).toBe(options)
  })

  it('names the file, line and field of a malformed entry', async () => {
    const folder = project({'.safepostrc.yaml': 'dictionaries: [house.yml]\n', 'house.yml': 'rule: suicide-language\nentries:\n  - id: x\n    match: ["a"]\n    fix: sometimes\n    reason: A reason long enough.\n    source: MFs\n', 'a.md': 'x'})
    const error = await resolveConfigFor(path.join(folder, 'a.md')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toMatch(/house\.yml:5: entries\[0\] \(id "x"\)\.fix: must be one of/)
  })

  it('refuses a rule that safepost does not have', async () => {
    const folder = project({'.safepostrc.yaml': 'dictionaries: [house.yml]\n', 'house.yml': 'rule: house-rule\nentries:\n  - {id: x, match: ["a"], reason: A reason long enough., source: MFs}\n', 'a.md': 'x'})
    await expect(resolveConfigFor(path.join(folder, 'a.md'))).rejects.toThrow(/house\.yml:1: rule: "house-rule" is not a safepost rule/)
  })
})

describe('malformed configs', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['.safepostrc.yaml', 'preset: [writer\n', /\.safepostrc\.yaml: invalid YAML/],
    ['.safepostrc.json', '{"preset": "writer",}', /\.safepostrc\.json: invalid JSON/],
    ['.safepostrc.yaml', 'prest: writer\n', /\.safepostrc\.yaml: unknown key "prest"; accepted keys are \$schema, extends, preset, rules, allow, region, dictionaries, reportUnusedDirectives, overrides/],
    ['.safepostrc.yaml', 'preset: writter\n', /\.safepostrc\.yaml: preset: "writter" is not accepted; use one of writer, moderator, ci/],
    ['.safepostrc.yaml', 'rules: {suicide-language: warn}\n', /rules\.suicide-language: "warn" is not a rule setting; use one of off, info, warning, error/],
    ['.safepostrc.yaml', 'rules: {suicide-langage: "off"}\n', /rules: unknown rule "suicide-langage" \(did you mean "suicide-language"\?\); rules are coded-terms, .*, suicide-language, /],
    ['.safepostrc.yaml', 'allow: lunatic\n', /allow: "lunatic" is not accepted; expected a list of entry ids or phrases/],
    ['.safepostrc.yaml', 'overrides:\n  - rules: {trivializing: "off"}\n', /overrides\[0\]: missing "files"/],
    ['.safepostrc.yaml', 'overrides:\n  - {files: "*.md", extends: ci}\n', /unknown key "overrides\[0\]\.extends"/],
    ['.safepostrc.yaml', 'region: United Kingdom\n', /region: "United Kingdom" is not accepted; expected a region code/]
  ]
  for (const [name, content, message] of cases) {
    it(`${name}: ${content.trim().split('\n')[0]}`, async () => {
      const folder = project({[name]: content, 'a.md': 'x'})
      const error = await resolveConfigFor(path.join(folder, 'a.md')).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ConfigError)
      expect((error as Error).message).toMatch(message)
    })
  }
})

describe('init', () => {
  it('writes a starter config that loads, and will not overwrite one', async () => {
    const folder = project({'a.md': 'x'})
    const file = writeStarterConfig(folder)
    expect(fs.readFileSync(file, 'utf8')).toBe(starterConfig)
    expect((await resolveConfigFor(path.join(folder, 'a.md'))).options).toEqual({preset: 'writer', reportUnusedDirectives: false})
    expect(() => writeStarterConfig(folder)).toThrow(/\.safepostrc\.yaml already exists here/)
  })
})
