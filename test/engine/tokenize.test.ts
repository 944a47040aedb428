import {describe, expect, it} from 'vitest'
import {createMaskMatcher, markQuoted, tokenizeRange, type Token} from '../../src/engine/tokenize.js'

const unmask = createMaskMatcher(['suicide', 'self-harm', 'unalive'])

function tokens(text: string): Token[] {
  const out: Token[] = []
  tokenizeRange(text, 0, text.length, out, unmask)
  markQuoted(out)
  return out
}
const view = (text: string) => tokens(text).map((t) => `${t.kind}:${t.norm}${t.literal ? '!' : ''}${t.joined ? '+' : ''}`)

describe('tokenizer', () => {
  it('keeps URLs, @handles and hashtags whole, and URLs and handles literal', () => {
    expect(view('see https://x.org/self-harm, @Suicide_Fans #ProAna')).toEqual([
      'word:see', 'url:https://x.org/self-harm!', 'punct:,', 'mention:@suicide_fans!', 'tag:proana'
    ])
  })

  it('keeps an e-mail address whole and literal, its full stop outside', () => {
    expect(view('mail Self-Harm.Team@NHS.example.uk.')).toEqual(['word:mail', 'url:self-harm.team@nhs.example.uk!', 'punct:.'])
  })

  it('folds case and apostrophes, curly or straight', () => {
    expect(view('I’m DONT don\'t')).toEqual(['word:im', 'word:dont', 'word:dont'])
  })

  it('splits hyphenated words but marks the join, so "self-harm" and "self harm" read alike', () => {
    expect(view('self-harm self harm selfharm')).toEqual(['word:self', 'word:harm+', 'word:self', 'word:harm', 'word:selfharm'])
  })

  it('splits numbers from glued units and reads their value', () => {
    const t = tokens('40kg 44.6 1,200cals')
    expect(t.map((x) => [x.kind, x.norm, x.value])).toEqual([
      ['num', '40', 40], ['word', 'kg', undefined], ['num', '44.6', 44.6], ['num', '1,200', 1200], ['word', 'cals', undefined]
    ])
  })

  it('reads masked spellings as the word they hide, with a ~ key', () => {
    for (const masked of ['s*icide', 'su1c1de', '$uicide', 's.u.i.c.i.d.e', '5u1c1d3', 'unal1ve', 's3lf-h@rm', 's u i c i d e']) {
      const [t] = tokens(masked)
      expect(t?.kind, masked).toBe('word')
      expect(t?.keys.some((k) => k.startsWith('~')), masked).toBe(true)
      expect(t?.end, masked).toBe(masked.length)
    }
    expect(view('e.g. b4 mp3 covid-19 a b c')).toEqual(['word:e', 'punct:.', 'word:g', 'punct:.', 'word:b4', 'word:mp3', 'word:covid', 'num:19+', 'word:a', 'word:b', 'word:c'])
  })

  it('marks quoted stretches literal, with straight, curly and single quotes', () => {
    expect(view('the phrase "committed suicide" is')).toEqual(['word:the', 'word:phrase', 'quote:"', 'word:committed!', 'word:suicide!', 'quote:"', 'word:is'])
    expect(view('write ‘commit suicide’ ok').filter((v) => v.endsWith('!'))).toEqual(['word:commit!', 'word:suicide!'])
    expect(view("said 'commit suicide' and").filter((v) => v.endsWith('!'))).toEqual(['word:commit!', 'word:suicide!'])
  })

  it('treats backtick code in plain text as literal', () => {
    expect(view('the regex `kms|kys` is bad').filter((v) => v.endsWith('!'))).toEqual(['word:kms!', 'symbol:|!', 'word:kys!'])
  })

  it('does not let an apostrophe that never closes silence the rest', () => {
    expect(view("the dads' group said he committed suicide").some((v) => v.endsWith('!'))).toBe(false)
  })

  it('reads a possessive as its singular too, and marks it', () => {
    const [t] = tokens("victim's")
    expect(t?.keys).toEqual(['victims', 'victim'])
    expect(t?.possessive).toBe(true)
    expect(tokens('victims')[0]?.possessive).toBeUndefined()
  })

  it('gives emoji, modifiers and joiners one token', () => {
    expect(view('ok 👍🏽 👨‍👩‍👧 ⚠️')).toEqual(['word:ok', 'emoji:👍🏽', 'emoji:👨‍👩‍👧', 'emoji:⚠'])
  })
})
