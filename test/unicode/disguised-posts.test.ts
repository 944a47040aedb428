// Issue 17: a post cannot hide from the moderator behind invisible
// characters, look-alike letters or full-width text; and a writer who writes
// in Greek or Cyrillic, or with emoji sequences, sees nothing new.
import {describe, expect, it} from 'vitest'
import {checkSync, fix} from '../../src/index.js'

const moderate = (text: string) => checkSync(text, {preset: 'moderator'})

describe('the posts of issue 17 are flagged under moderator, on the words as written', () => {
  const posts = [
    {text: 'I want to ｄｉｅ tonight', rule: 'crisis-signal', span: 'I want to ｄｉｅ', priority: 'high', trick: 'full-width or styled letters'},
    {text: 'I wаnt to kill myself tonight', rule: 'crisis-signal', span: 'I wаnt to kill myself', priority: 'high', trick: 'look-alike letters'},
    {text: 'I want to kill my\u00ADself tonight', rule: 'crisis-signal', span: 'I want to kill my\u00ADself', priority: 'high', trick: 'invisible characters'},
    {text: 'I want to d\u200Bie tonight', rule: 'crisis-signal', span: 'I want to d\u200Bie', priority: 'high', trick: 'invisible characters'},
    {text: 'ｋｙｓ loser', rule: 'encouraging-harm', span: 'ｋｙｓ', priority: 'high', trick: 'full-width or styled letters'},
    {text: '#thіnspo goals', rule: 'coded-terms', span: '#thіnspo', priority: 'medium', trick: 'look-alike letters'}
  ]
  for (const post of posts) {
    it(`flags ${JSON.stringify(post.text)}`, () => {
      const report = moderate(post.text)
      expect(report.priority).toBe(post.priority)
      const messages = report.messages.filter((m) => m.ruleId === post.rule)
      expect(messages.map((m) => post.text.slice(m.offset, m.endOffset))).toEqual([post.span])
      expect(messages[0]!.actual).toBe(post.span)
      expect(messages[0]!.message).toContain(`(written with ${post.trick} to get past filters)`)
    })
  }

  it('as their plain spellings are, whose messages name no trick', () => {
    expect(moderate('kys loser').priority).toBe('high')
    expect(moderate('#th1nspo goals').priority).toBe('medium')
    expect(moderate('I want to die tonight').messages.map((m) => m.message).join()).not.toContain('written with')
  })

  it('names every trick a phrase was written with', () => {
    const [m] = moderate('ｋ\u200Bуs').messages
    expect(m!.message).toMatch(/\(written with invisible characters and full-width or styled letters and look-alike letters to get past filters\)$/)
  })

  it('gives coded-terms hits the level of their entries', () => {
    const [m] = moderate('#thіnspo goals').messages
    expect(m).toMatchObject({ruleId: 'coded-terms', entryId: expect.any(String), level: 'medium'})
    expect(moderate('unаlive').messages.find((m) => m.ruleId === 'coded-terms')).toMatchObject({level: 'low'})
  })

  it('reads a phrase the parser would split into two sentences at a disguise as one', () => {
    expect(moderate('k\u200B.\u200B y. s').messages.map((m) => m.ruleId)).toContain('encouraging-harm')
    expect(moderate('k. у. ꓢ').messages.map((m) => m.ruleId)).toContain('encouraging-harm')
  })

  it('quotes a masked spelling with a zero-width no-break space in it as written (JavaScript counts U+FEFF as white space)', () => {
    const m = moderate('s\uFEFF*icide').messages.find((m) => m.ruleId === 'coded-terms')
    expect(m).toMatchObject({entryId: 'masked-suicide', actual: 's\uFEFF*icide'})
  })

  it('reads disguises in Markdown and HTML too', () => {
    expect(checkSync('**I want to d\u200Bie** tonight', {preset: 'moderator', format: 'markdown'}).priority).toBe('high')
    expect(checkSync('<p>I wаnt to kill myself</p>', {preset: 'moderator', format: 'html'}).priority).toBe('high')
  })
})

describe('writers see what they wrote, and fixes rewrite the text as written', () => {
  it('tells a writer nothing about tricks', () => {
    const messages = checkSync('He commіtted suicide.').messages
    expect(messages.map((m) => m.ruleId)).toEqual(['suicide-language'])
    expect(messages[0]!.message).toBe('Say "died by suicide" instead of "commіtted suicide"')
  })

  it('rewrites the disguised words, invisible characters and all', () => {
    expect(fix('He com\u00ADmitted sui\u200Bcide last year.').text).toBe('He died by suicide last year.')
    expect(fix('He ｃｏｍｍｉｔｔｅｄ suicide.').text).toBe('He died by suicide.')
  })
})

describe('text in other scripts and emoji sequences fire nothing new', () => {
  const quiet = [
    'Θέλω να πάω για καφέ απόψε με την Άννα.',
    'Ο Νίκος είπε ότι η ΕΡΤ κλείνει νωρίς.',
    'Я хочу пойти в кино сегодня вечером.',
    'А у тебя есть кот? У меня два.',
    'Она сказала: «Всё будет хорошо».',
    'Привет! Как дела? Всё ок, спасибо.',
    'We read Καβάφης in class, then Пушкин, and I loved both.',
    'The Greek letters α, β and γ label the angles; ν is the frequency.',
    'my family 👨‍👩‍👧 and me 🏳️‍🌈 at pride ❤️',
    'woman technologist 👩🏽‍💻, people holding hands 🧑‍🤝‍🧑, keycap 1️⃣, Scotland 🏴󠁧󠁢󠁳󠁣󠁴󠁿',
    'Zoë’s café in Zürich serves crème brûlée; naïve façade, résumé attached',
    'Türkçe: kılıç ve ılık su',
    'Ⅻ o’clock, 50㎏ of flour for the bakery, ½ cup of sugar',
    'ｈｅｌｌｏ ｆｒｉｅｎｄｓ, full-width greetings from Tokyo'
  ]
  for (const text of quiet) {
    it(`${JSON.stringify(text)} stays quiet for writers and moderators`, () => {
      expect(checkSync(text).messages).toEqual([])
      expect(moderate(text).messages).toEqual([])
    })
  }

  it('does not read a Greek or Cyrillic sentence as English words', () => {
    // "Ο Κ. Υ. Σ." and "у нас" are words of their scripts: no look-alike folding into "kys" or "y"
    expect(moderate('Ο Κώστας Υ. Σ. έφυγε.').messages).toEqual([])
    expect(moderate('у нас всё хорошо').messages).toEqual([])
  })
})

describe('post-level messages quote the first word as written', () => {
  it('not its matching view', () => {
    const post = `Ｄｅａｒ friends,

This month's letter is a harder one to write. Many of you knew Sam from the allotments, where he grew the biggest marrows any of us had ever seen and gave most of them away. Sam died by suicide in August. His family have asked us to say so plainly, because they don't want his death hidden.

We've talked a lot as a committee about what we could have noticed. The honest answer is: maybe some things, maybe nothing. Sam was quieter in the summer, and he stopped coming to the Thursday work parties.

What we can do now is look after each other. If someone you garden next to goes quiet, ask them how they are, and then ask again. It is all right to ask directly whether someone is thinking about suicide. It gives them a way to answer.`
    const [m] = checkSync(post).messages.filter((m) => m.ruleId === 'help-resources')
    expect(m).toBeDefined()
    expect(m!.actual).toBe('Ｄｅａｒ')
  })
})
