// The matching view (src/engine/fold.ts): what it undoes, what it leaves as
// written, and how its characters map back to the text as written.
import {describe, expect, it} from 'vitest'
import {foldText, type FoldedText} from '../../src/engine/fold.js'
import {createMaskMatcher, tokenizeRange, type Token} from '../../src/engine/tokenize.js'

const viewOf = (text: string): string => foldText(text)?.text ?? text

function tokens(text: string): Token[] {
  const out: Token[] = []
  tokenizeRange(text, 0, text.length, out, createMaskMatcher(['suicide']))
  return out
}

describe('the matching view', () => {
  it('is the text itself when there is nothing to fold', () => {
    expect(foldText('I want to die tonight')).toBeNull()
    expect(foldText('I don’t know, it’s a café in Zürich — “naïve” 😀')).toBeNull()
  })

  it('removes zero-width characters, soft hyphens, word joiners, variation selectors and bidi controls', () => {
    expect(viewOf('d\u200Bi\u200Ce\u200D')).toBe('die')
    expect(viewOf('my\u00ADself')).toBe('myself')
    expect(viewOf('k\u2060y\uFEFFs')).toBe('kys')
    expect(viewOf('su\uFE0Fi\u{E0100}cide')).toBe('suicide')
    expect(viewOf('\u202Edie\u202C \u2066kys\u2069 \u200Eok\u200F')).toBe('die kys ok')
  })

  it('folds full-width, styled and circled letters and ligatures (NFKC)', () => {
    expect(viewOf('I want to ｄｉｅ')).toBe('I want to die')
    expect(viewOf('ｋｙｓ！')).toBe('kys!')
    expect(viewOf('𝐤𝐲𝐬 𝓴𝔂𝓼 ⓚⓨⓢ')).toBe('kys kys kys')
    expect(viewOf('ﬁnally ５０㎏')).toBe('finally 50kg')
  })

  it('reads look-alike letters of another script as Latin inside a Latin word', () => {
    expect(viewOf('I wаnt to kіll myѕelf')).toBe('I want to kill myself') // Cyrillic а, і, ѕ
    expect(viewOf('#thіnspo')).toBe('#thinspo')
    expect(viewOf('ΚYS')).toBe('KYS') // Greek capital kappa
    expect(viewOf('suιcιde')).toBe('suicide') // Greek iota
  })

  it('reads a word of look-alikes as Latin only beside a Latin word', () => {
    expect(viewOf('І want to die')).toBe('I want to die') // Cyrillic І alone
    expect(viewOf('Κ. Υ. s')).toBe('K. Y. s') // Greek capitals, spread from the Latin "s"
    expect(viewOf('ѕоѕ')).toBe('ѕоѕ') // a Cyrillic word with nothing Latin near it
  })

  it('reads Latin-script look-alikes as the plain letter', () => {
    expect(viewOf('kɑys dıe')).toBe('kays die')
  })

  it('leaves words written in Greek or Cyrillic as they are', () => {
    for (const text of ['Θέλω να πεθάνω απόψε', 'Я хочу умереть сегодня', 'Ο Νίκος και η Άννα', 'а у тебя есть кот?', 'Παρακαλώ, όχι']) {
      expect(viewOf(text)).toBe(text)
    }
  })

  it('keeps the joiners, presentation selectors and tags of emoji sequences', () => {
    for (const emoji of ['👨‍👩‍👧', '🏳️‍🌈', '❤️', '1️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '👩🏽‍💻', '🧑‍🤝‍🧑', '☺︎']) {
      expect(viewOf(`my ${emoji} family`)).toBe(`my ${emoji} family`)
    }
  })

  it('maps every character of the view back to where it stands in the text as written', () => {
    const text = 'I w\u0430nt to ｄ\u200Bｉｅ…'
    const view = foldText(text) as FoldedText
    expect(view.text).toBe('I want to die...')
    const d = view.text.indexOf('die')
    expect([view.originalStart(d), view.originalEnd(d + 3)]).toEqual([text.indexOf('ｄ'), text.indexOf('…')])
    expect(text.slice(view.originalStart(d), view.originalEnd(d + 3))).toBe('ｄ\u200Bｉｅ')
    // the three full stops of the ellipsis all come from it
    expect([view.originalStart(view.text.length - 1), view.originalEnd(view.text.length)]).toEqual([text.length - 1, text.length])
    expect(view.disguisesIn(d, d + 3)).toEqual(['invisible', 'styled'])
    expect(view.disguisesIn(2, 6)).toEqual(['lookalike'])
    expect(view.disguisesIn(0, 1)).toEqual([])
  })

  it('folds a range of a text, its offsets in the whole text', () => {
    const text = 'first line\nI w\u0430nt to die'
    const from = text.indexOf('I')
    const view = foldText(text, from) as FoldedText
    expect(view.text).toBe('I want to die')
    expect(view.originalStart(2)).toBe(from + 2)
    expect(view.originalEnd(view.text.length)).toBe(text.length)
  })
})

describe('tokens read the view and point into the text as written', () => {
  it('keeps one word across a zero-width space or soft hyphen, its offsets around both halves', () => {
    const [t] = tokens('d\u200Bie')
    expect(t).toMatchObject({kind: 'word', text: 'die', norm: 'die', start: 0, end: 4, disguised: ['invisible']})
    expect(tokens('my\u00ADself').map((t) => [t.norm, t.start, t.end])).toEqual([['myself', 0, 7]])
  })

  it('reads full-width and look-alike words by their Latin spelling', () => {
    expect(tokens('ｋｙｓ #thіnspo').map((t) => [t.kind, t.norm, t.start, t.end, t.disguised])).toEqual([
      ['word', 'kys', 0, 3, ['styled']],
      ['tag', 'thinspo', 4, 12, ['lookalike']]
    ])
  })

  it('marks nothing on plain words', () => {
    expect(tokens('I want to die').some((t) => t.disguised)).toBe(false)
  })
})
