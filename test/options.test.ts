// The check options are declared once (src/options.ts); the config schema,
// the merge of configs, the processor cache key and the command line follow
// the declaration.
import {describe, expect, it} from 'vitest'
import {printedConfig} from '../src/cli/config-options.js'
import {parseArguments} from '../src/cli/options.js'
import {configSchema} from '../src/config/schema.js'
import {merge} from '../src/config/resolve.js'
import {checkOptions, commandLineFlags, configOptionNames, processorKey} from '../src/options.js'
import type {CheckOptions} from '../src/types.js'

describe('check options, declared once', () => {
  it('the config schema has a property for every option a config may set, and no other setting', () => {
    const properties = Object.keys(configSchema.properties).filter((key) => !['$schema', 'extends', 'overrides'].includes(key))
    expect(properties).toEqual(configOptionNames)
    expect(configOptionNames).toEqual(['preset', 'rules', 'allow', 'region', 'dictionaries', 'reportUnusedDirectives'])
  })

  it('configs merge each option as declared: replaced, key by key, or added up', () => {
    expect(merge({preset: 'writer', rules: {trivializing: 'off'}, allow: ['a'], region: 'US'}, {preset: 'ci', rules: {'crisis-signal': 'off'}, allow: ['b', 'a'], region: 'UK'})).toEqual({
      preset: 'ci',
      rules: {trivializing: 'off', 'crisis-signal': 'off'},
      allow: ['a', 'b'],
      region: 'UK'
    })
    expect(merge({preset: 'moderator', allow: ['a']}, {})).toEqual({preset: 'moderator', allow: ['a']})
  })

  it('every option that changes the processor changes its cache key, and the others do not', () => {
    const changed: Required<Pick<CheckOptions, 'preset' | 'format' | 'rules' | 'allow' | 'region' | 'directives' | 'reportUnusedDirectives'>> = {
      preset: 'moderator', format: 'markdown', rules: {trivializing: 'off'}, allow: ['psycho'], region: 'UK', directives: false, reportUnusedDirectives: true
    }
    const base = processorKey({})
    expect(processorKey({preset: 'writer', format: 'text'})).toBe(base)
    for (const [name, value] of Object.entries(changed)) {
      const declared = checkOptions[name as keyof typeof checkOptions].processor
      expect(processorKey({[name]: value}) !== base, name).toBe(declared)
    }
  })

  it('every declared flag is in --help and reaches the check options, over the config', async () => {
    const help = await parseArguments(['--help'], true)
    expect(help.kind).toBe('help')
    const values: Record<string, string[]> = {preset: ['moderator'], region: ['UK'], 'report-unused-directives': []}
    const argv = ['post.md', '--no-config']
    for (const flag of Object.keys(commandLineFlags)) {
      expect(help.kind === 'help' && help.text, flag).toContain(`--${flag}`)
      expect(values[flag], `a value for --${flag} in this test`).toBeDefined()
      argv.push(`--${flag}`, ...values[flag]!)
    }
    const invocation = await parseArguments(argv, true)
    if (invocation.kind !== 'run') throw new Error('expected a run')
    const printed = JSON.parse(await printedConfig('post.md', invocation.options)) as Record<string, unknown>
    expect(printed).toMatchObject({preset: 'moderator', region: 'UK', reportUnusedDirectives: true})
    for (const option of Object.values(commandLineFlags)) expect(printed[option], option).toBeDefined()
  })
})
