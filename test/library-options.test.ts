// The library takes the options a config file takes, and refuses what a
// config file refuses, in the same words.
import {describe, expect, it} from 'vitest'
import {check, checkSync, createProcessor, fix} from '../src/index.js'
import {removeTemporaryFolders, safepost, temporaryFolder} from './cli/run.js'
import {afterAll} from 'vitest'

afterAll(removeTemporaryFolders)

const post = 'My uncle committed suicide in 2019.'

describe('options the library refuses', () => {
  it('refuses a rule setting a config file refuses, with the config\'s words', () => {
    const words = 'rules.suicide-language: "warn" is not a rule setting; use one of off, info, warning, error'
    expect(() => checkSync(post, {rules: {'suicide-language': 'warn' as never}})).toThrow(words)
    expect(() => fix(post, {rules: {'suicide-language': 'warn' as never}})).toThrow(words)
    expect(() => createProcessor({rules: {'suicide-language': 'warn' as never}})).toThrow(words)
    const folder = temporaryFolder({'.safepostrc.json': '{"rules": {"suicide-language": "warn"}}', 'post.md': post})
    expect(safepost(['post.md'], {cwd: folder}).stderr).toContain(words)
  })

  it('refuses an unknown rule id, suggesting the one meant', () => {
    expect(() => checkSync(post, {rules: {'suicide-languag': 'off'}})).toThrow('rules: unknown rule "suicide-languag" (did you mean "suicide-language"?); rules are ')
    const folder = temporaryFolder({'.safepostrc.json': '{"rules": {"suicide-languag": "off"}}', 'post.md': post})
    expect(safepost(['post.md'], {cwd: folder}).stderr).toContain('unknown rule "suicide-languag" (did you mean "suicide-language"?)')
  })

  it('refuses an unknown preset, format and region, and an allow list that is not a list', async () => {
    expect(() => checkSync(post, {preset: 'moderater' as never})).toThrow('preset: "moderater" is not accepted (did you mean "moderator"?); use one of writer, moderator, ci')
    await expect(check(post, {format: 'rtf' as never})).rejects.toThrow('format: "rtf" is not accepted; use one of text, markdown, mdx, html')
    expect(() => checkSync(post, {region: 'United Kingdom'})).toThrow('region: "United Kingdom" is not accepted')
    expect(() => checkSync(post, {allow: 'lunatic' as never})).toThrow('allow: expected a list of entry ids or phrases')
  })

  it('accepts every setting a config file accepts', () => {
    for (const setting of ['off', 'info', 'warning', 'error'] as const) {
      const messages = checkSync(post, {rules: {'suicide-language': setting}}).messages.filter((message) => message.ruleId === 'suicide-language')
      expect(messages.map((message) => message.severity)).toEqual(setting === 'off' ? [] : [setting])
    }
  })
})

describe('createProcessor() in a unified pipeline', () => {
  it('process() gives the file back with the messages and the text as it was', async () => {
    const file = await createProcessor({preset: 'writer'}).process(post)
    expect(String(file)).toBe(post)
    expect(file.messages.map((message) => message.ruleId)).toContain('suicide-language')
  })

  it('run(parse()) does the same, as the README shows', async () => {
    const processor = createProcessor({format: 'markdown'})
    const tree = await processor.run(processor.parse('# Note\n\n' + post))
    expect(tree.type).toBe('RootNode')
  })
})
