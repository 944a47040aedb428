// The pure parts of the server: directive placement and the quick pass's merge.
import {describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {disableFileEdit, disableLineEdit, minimalEdit} from '../../src/lsp/convert.js'
import {changedRegion, mergeRegion} from '../../src/lsp/quick.js'
import {check} from '../../src/index.js'
import {applyEdits} from './client.js'

const doc = (text: string, languageId = 'markdown') => TextDocument.create('file:///x.md', languageId, 1, text)

describe('disable directives', () => {
  it('appends to the line above inside a paragraph, so the paragraph is not split', () => {
    const text = 'First line of a paragraph\nand he committed suicide.\n'
    const edit = disableLineEdit(doc(text), 'markdown', 'suicide-language', 1)!
    expect(applyEdits(text, [edit])).toBe('First line of a paragraph <!-- safepost-disable-next-line suicide-language -->\nand he committed suicide.\n')
  })

  it('puts the comment on its own line after a blank line or a heading, with the indentation', () => {
    const text = '# Title\n  he committed suicide.\n'
    const edit = disableLineEdit(doc(text), 'mdx', 'suicide-language', 1)!
    expect(applyEdits(text, [edit])).toBe('# Title\n  {/* safepost-disable-next-line suicide-language */}\n  he committed suicide.\n')
  })

  it('has no directive for plain text', () => {
    expect(disableLineEdit(doc('x', 'plaintext'), 'text', 'suicide-language', 0)).toBeUndefined()
    expect(disableFileEdit(doc('x', 'plaintext'), 'text', 'suicide-language')).toBeUndefined()
  })

  it('keeps front matter and the doctype first', () => {
    const md = '---\ntitle: x\n---\nHe committed suicide.\n'
    expect(applyEdits(md, [disableFileEdit(doc(md), 'markdown', 'suicide-language')!])).toBe('---\ntitle: x\n---\n<!-- safepost-disable suicide-language -->\n\nHe committed suicide.\n')
    const html = '<!DOCTYPE html>\n<p>He committed suicide.</p>\n'
    expect(applyEdits(html, [disableFileEdit(doc(html, 'html'), 'html', 'suicide-language')!])).toBe('<!DOCTYPE html>\n<!-- safepost-disable suicide-language -->\n<p>He committed suicide.</p>\n')
  })

  it('turns a fixed text into one small edit', () => {
    const text = 'a 😀 b committed c'
    const after = 'a 😀 b died by c'
    const edit = minimalEdit(doc(text), after)!
    expect(edit.newText).toBe('died by')
    expect(applyEdits(text, [edit])).toBe(after)
  })
})

describe('quick pass', () => {
  it('re-checks only the edited paragraph and gives what a full check gives', async () => {
    const calm = 'We walked to the lake on Sunday and talked about the garden.\n\n'.repeat(4)
    const before = `He committed suicide.\n\n${calm}A calm paragraph about the weather.\n\n${calm}She committed suicide too.\n`
    const now = before.replace('about the weather', 'about being so OCD about the weather')
    const region = changedRegion(before, now, 'markdown')!
    expect(now.slice(region.start, region.end)).toBe('A calm paragraph about being so OCD about the weather.')
    const previous = (await check(before, {format: 'markdown'})).messages
    const inRegion = (await check(now.slice(region.start, region.end), {format: 'markdown'})).messages
    const merged = mergeRegion(previous, region, inRegion)
    const full = (await check(now, {format: 'markdown'})).messages
    const strip = (ms: typeof full) => ms.map((m) => [m.ruleId, m.offset, m.endOffset, m.fix?.range]).sort()
    expect(strip(merged)).toEqual(strip(full))
  })

  it('gives up where a paragraph cannot be read alone', () => {
    expect(changedRegion('a\n\n```\nb\n```\n', 'a\n\n```\nbc\n```\n', 'markdown')).toBeUndefined()
    expect(changedRegion('<p>a</p>', '<p>ab</p>', 'html')).toBeUndefined()
  })
})
