import {describe, expect, it} from 'vitest'
import {checkSync} from '../src/index.js'

const rulesOf = (text: string, options = {}) => checkSync(text, {format: 'markdown', ...options}).messages.map((m) => `${m.line}:${m.ruleId}`)

const post = `He committed suicide in 1998.

<!-- safepost-disable suicide-language -- quoting the 1998 coroner's report -->

He committed suicide, the report said.

<!-- safepost-enable suicide-language -->

She committed suicide a year later.
`

describe('inline directives', () => {
  it('switches a rule off between disable and enable', () => {
    expect(rulesOf(post)).toEqual(['1:suicide-language', '9:suicide-language'])
  })

  it('switches off only the next line with disable-next-line', () => {
    const text = 'intro\n<!-- safepost-disable-next-line -->\nHe committed suicide.\nShe committed suicide.\n'
    expect(rulesOf(text)).toEqual(['4:suicide-language'])
  })

  it('switches off the comment\'s own line with disable-line, not a rule called "-line"', () => {
    const text = 'He committed suicide. <!-- safepost-disable-line -->\nShe committed suicide. <!-- safepost-disable-line suicide-language -->\nThey committed suicide.\n'
    expect(rulesOf(text)).toEqual(['3:suicide-language'])
  })

  it('warns of a rule id that names no rule, with the one meant, whether or not unused directives are reported', () => {
    const text = '<!-- safepost-disable-next-line suicide-languag -->\nHe committed suicide.\n'
    const messages = checkSync(text, {format: 'markdown'}).messages
    expect(messages.map((m) => `${m.line}:${m.ruleId}:${m.severity}`)).toEqual(['1:unused-directive:warning', '2:suicide-language:warning'])
    expect(messages[0]!.message).toBe('This safepost-disable-next-line comment names no rule "suicide-languag" (did you mean "suicide-language"?), so it switches nothing off for it')
  })

  it('switches off the next block with ignore, and only the rules named', () => {
    const text = '<!-- safepost-ignore suicide-language -->\nHe committed suicide\nand she committed suicide.\n\nThey committed suicide.\n'
    expect(rulesOf(text)).toEqual(['5:suicide-language'])
    expect(rulesOf('<!-- safepost-ignore coded-terms -->\nHe committed suicide.\n')).toEqual(['2:suicide-language'])
  })

  it('reads the MDX comment form', () => {
    const text = '{/* safepost-disable-next-line */}\nHe committed suicide.\n'
    expect(checkSync(text, {format: 'mdx'}).messages).toEqual([])
  })

  it('is ignored under the moderator preset: a post cannot switch off its own checks', () => {
    expect(rulesOf(post, {preset: 'moderator'})).toEqual(['1:suicide-language', '5:suicide-language', '9:suicide-language'])
  })

  it('is not read in plain text', () => {
    expect(checkSync('<!-- safepost-disable -->\nHe committed suicide.').messages).toHaveLength(1)
  })

  it('reports directives that switched nothing off, when asked', () => {
    const text = '<!-- safepost-disable-next-line coded-terms -->\nA calm paragraph about gardening.\n'
    const report = checkSync(text, {format: 'markdown', reportUnusedDirectives: true})
    expect(report.messages.map((m) => [m.ruleId, m.line, m.severity])).toEqual([['unused-directive', 1, 'warning']])
    expect(report.priority).toBe('none')
  })
})
