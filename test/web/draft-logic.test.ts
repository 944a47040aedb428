// The page's logic that needs no browser: rewrites offered, highlights kept
// on their words while typing, undo steps, the tweet count, JSONL lines.
import {describe, expect, test} from 'vitest'
import {checkSync} from '../../src/index.js'
import {DraftHistory} from '../../web/history.js'
import {readPosts, writeReports} from '../../web/jsonl.js'
import {shiftMessages} from '../../web/shift.js'
import {applyReplacement, replacementsFor, splitNote} from '../../web/suggestions.js'
import {tweetLength} from '../../web/tweet-length.js'

const messagesOf = (text: string) => checkSync(text, {preset: 'writer'}).messages

describe('the rewrites a card offers', () => {
  test('the safe fix first, keeping the inflection, then each suggestion capitalised as written', () => {
    const text = 'Committed suicide is a phrase. He commits suicide in the play.'
    const [first, second] = messagesOf(text).filter((m) => m.ruleId === 'suicide-language')
    expect(replacementsFor(first!).map((r) => applyReplacement(text, r).slice(0, 20))).toEqual(['Died by suicide is a', 'Took their own life ', 'Ended their life is '])
    expect(applyReplacement(text, replacementsFor(second!)[0]!)).toBe('Committed suicide is a phrase. He dies by suicide in the play.')
  })

  test('a message that only explains offers no rewrite', () => {
    const [m] = messagesOf('This homework makes me want to die.')
    expect(replacementsFor(m!)).toEqual([])
  })

  test('sources are split from the reason, a semicolon inside a name included', () => {
    expect(splitNote('Why it hurts. Source: AP (2015; 2021) <http://a.org/x>; Mindframe <https://b.org>')).toEqual({
      reason: 'Why it hurts.',
      sources: [{name: 'AP (2015; 2021)', url: 'http://a.org/x'}, {name: 'Mindframe', url: 'https://b.org'}]
    })
  })
})

describe('highlights while the writer types', () => {
  const before = 'He committed suicide. She is so OCD.'
  const messages = messagesOf(before)

  test('marks after the edit move with it, marks before it stay', () => {
    const after = 'Then he committed suicide. She is so OCD.'
    const shifted = shiftMessages(messages, before, after)
    expect(shifted.map((m) => after.slice(m.offset, m.endOffset))).toEqual(['committed suicide', 'so OCD'])
    expect(shifted[0]!.fix!.range).toEqual([shifted[0]!.offset, shifted[0]!.endOffset])
  })

  test('a mark the edit touches is dropped until the next check', () => {
    const after = before.replace('committed', 'comitted')
    expect(shiftMessages(messages, before, after).map((m) => after.slice(m.offset, m.endOffset))).toEqual(['so OCD'])
  })
})

describe('undo', () => {
  test('typing within a second is one step; a fix is its own step; redo comes back', () => {
    const history = new DraftHistory({text: '', caret: 0})
    history.typed({text: 'H', caret: 1}, 1000)
    history.typed({text: 'He', caret: 2}, 1500)
    history.edited({text: 'He died', caret: 7})
    history.typed({text: 'He died.', caret: 8}, 9000)
    expect(history.undo()!.text).toBe('He died')
    expect(history.undo()!.text).toBe('He')
    expect(history.undo()!.text).toBe('')
    expect(history.canUndo()).toBe(false)
    expect(history.redo()!.text).toBe('He')
  })
})

describe('the tweet counter', () => {
  test.each([
    ['plain Latin text counts one a character', 'hello there', 11],
    ['a link counts 23 however long', 'see https://example.org/a/long/long/path', 4 + 23],
    ['an emoji with a skin tone is one character counted twice', '👋🏽', 2],
    ['CJK counts two', '日本', 4],
    ['accents count one', 'café', 4]
  ])('%s', (_, text, length) => {
    expect(tweetLength(text)).toBe(length)
  })
})

describe('a moderator file', () => {
  test('reads posts, skips blank lines and keeps broken lines as error entries', () => {
    const items = readPosts('\uFEFF{"id":"a","text":"one"}\n\n{"id":2,"text":5}\nnope\n[1]\n{"text":"no id"}\r\n')
    expect(items).toEqual([
      {line: 1, id: 'a', text: 'one'},
      {line: 3, id: 2, error: 'line 3: the object has a "text" that is not a string'},
      {line: 4, id: null, error: expect.stringMatching(/^line 4: not valid JSON/)},
      {line: 5, id: null, error: 'line 5: expected a JSON object such as {"id": "...", "text": "..."}'},
      {line: 6, id: null, text: 'no id'}
    ])
  })

  test('writes one report a line', () => {
    expect(writeReports([{path: null, id: 'a', priority: 'none', messages: []}])).toBe('{"path":null,"id":"a","priority":"none","messages":[]}\n')
  })
})
