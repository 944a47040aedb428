// Technical writing stays quiet: in a changelog or a manual, a bare acronym
// ("KMS": kernel mode setting, key management) or a short word ("sh" the
// shell, a "restricted" shell) names software. The register is read from the
// words around it (dictionaries/classes.yml `technical-register`) and from
// code spans, version strings and issue numbers; the same words from a
// person still count.
import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import type {CheckOptions} from '../../src/types.js'

const rules = (text: string, options: CheckOptions = {}) => checkSync(text, options).messages.map((m) => m.ruleId)

describe('a changelog line with KMS is not a person in crisis', () => {
  for (const line of [
    'Update boto submodule to include a fix for integrity checks with KMS',
    'Shim support for kms',
    'Fix `kms` handling after resume (#4521)',
    'Enable KMS by default in 2.4.1',
    'KMS: fall back to the legacy path (#812)'
  ]) {
    it(line, () => expect(rules(line)).toEqual([]))
  }

  it('a changelog in Markdown', () => {
    const changelog = '## 1.2.3\n\n- Update boto submodule to include a fix for integrity checks with KMS (#4521)\n- Shim support for kms\n- Fix `kms` handling in `drm` (#12)\n'
    expect(rules(changelog, {format: 'markdown'})).toEqual([])
  })
})

describe('other technical senses', () => {
  it('a manual\'s "failed attempts" of a script is not a suicide attempt', () => {
    expect(rules('The retry option is useful to enable scripts and users to better deal with failed attempts.')).toEqual([])
  })

  it('while a person\'s failed attempt still is', () => {
    expect(rules('Her failed attempt was in March, and the hospital kept her for a week.')).toContain('suicide-language')
  })

  it('identifiers such as sh_info in a changelog do not make it about self-harm', () => {
    const changelog = Array.from({length: 15}, (_, n) => `* elf${n}-sh.c (sh_elf_relocate_section): Fail if the sh_info field of section ${n} is zero, and check sh_size.`).join('\n\n')
    expect(rules(changelog)).toEqual([])
  })
})

describe('the same word from a person still counts', () => {
  for (const line of ['honestly kms, nobody would even notice', "i'm gonna kms tonight", 'I have no support left, kms'])
    it(line, () => expect(rules(line, {preset: 'moderator'})).toContain('crisis-signal'))
})

describe('a manual about a shell does not dwell on self-harm or eating', () => {
  const manual = Array.from({length: 12}, (_, n) => [
    `When bash is invoked as sh, it tries to mimic the startup behavior of historical versions of sh as closely as possible (case ${n}).`,
    'A restricted shell is used to set up an environment more controlled than the standard shell; it behaves identically to bash with restricted commands.',
    'If the -r option is supplied at invocation, the shell becomes restricted, and the builtin commands listed below are disabled.'
  ].join(' ')).join('\n\n')

  it('no content warning and no help resources are asked for', () => expect(rules(manual)).toEqual([]))

  it('while a post by a person about self-harm, as long, still gets them', () => {
    const post = Array.from({length: 12}, () => 'I started to self-harm again last winter and hid the cuts from everyone. The urge to sh comes back when I feel alone.').join('\n\n')
    expect(rules(post)).toEqual(expect.arrayContaining(['content-warning', 'help-resources']))
  })
})
