// The tricks that hide a phrase from a filter do not hide it from the
// moderator: for every dictionary phrase that fires under `moderator`
// (test/unicode/dictionary-phrases.ts), the same post with zero-width and
// other invisible characters, letters swapped for look-alikes of another
// script, full-width letters or soft hyphens fires the same entry on the same
// words of the text as written, and the message names the trick.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {latinLookalikes} from '../../src/generated/confusables.js'
import {firing} from '../properties/arbitraries.js'
import {firingPosts, type FiringPost} from './dictionary-phrases.js'

// SAFEPOST_DISGUISE_RUNS=20 npx vitest run test/unicode to look harder
const RUNS = Number(process.env['SAFEPOST_DISGUISE_RUNS'] ?? 1)

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u034F', '\u180E', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\uFE0F', '\uFE00', '\u{E0100}']
const SOFT_HYPHEN = '\u00AD'

/** ASCII letter -> the letters of other scripts (or Latin look-alikes) that Unicode's confusables table says look like it. */
const lookalikesOf = new Map<string, string[]>()
for (const [letter, latin] of latinLookalikes) {
  // a letter NFKC changes is folded as a compatibility form first (ſ -> s, not f)
  if (latin.length !== 1 || letter.normalize('NFKC') !== letter) continue
  lookalikesOf.set(latin, [...(lookalikesOf.get(latin) ?? []), letter])
}

/** A post with some characters replaced and some inserted, and where the base post's span now stands. */
interface Disguised {
  text: string
  start: number
  end: number
  /** Whether a change fell inside a word of the span (a swapped or widened letter, or a character between two letters). */
  inWords: boolean
}

function disguise(base: FiringPost, replace: ReadonlyMap<number, string>, insert: ReadonlyMap<number, string>): Disguised {
  const at: number[] = []
  const after: number[] = []
  let text = ''
  for (let i = 0; i <= base.text.length; i++) {
    text += insert.get(i) ?? ''
    if (i === base.text.length) break
    at.push(text.length)
    text += replace.get(i) ?? base.text[i]
    after.push(text.length)
  }
  const isLetter = (i: number) => /\p{L}/u.test(base.text[i] ?? '')
  let inWords = false
  for (const [i, to] of replace) if (i >= base.start && i < base.end && to !== base.text[i]) inWords = true
  for (const i of insert.keys()) if (i > base.start && i < base.end && isLetter(i - 1) && isLetter(i)) inWords = true
  return {text, start: at[base.start]!, end: after[base.end - 1]!, inWords}
}

/** The same entry fires on the same words, and a moderator is told about the trick when it touched them. */
function expectStillFires(base: FiringPost, disguised: Disguised): void {
  const messages = checkSync(disguised.text, {preset: 'moderator'}).messages
  const same = messages.find((m) => m.ruleId === base.rule && m.entryId === base.entry && m.offset === disguised.start && m.endOffset === disguised.end)
  const where = `${base.rule}/${base.entry} in ${JSON.stringify(disguised.text)} at [${disguised.start}, ${disguised.end}); got ${JSON.stringify(messages.map((m) => [m.entryId, m.offset, m.endOffset]))}`
  expect(same, where).toBeDefined()
  expect(same!.actual, where).toBe(disguised.text.slice(disguised.start, disguised.end))
  if (disguised.inWords) expect(same!.message, where).toMatch(/\(written with [a-z -]+ to get past filters\)$/)
}

/** Firing posts of the dictionaries, and the curated firing phrases of the property tests. */
function basePosts(): FiringPost[] {
  const posts = firingPosts()
  for (const text of firing) {
    const m = checkSync(text, {preset: 'moderator'}).messages.find((m) => m.entryId !== undefined)
    if (m) posts.push({text, rule: m.ruleId, entry: m.entryId!, start: m.offset, end: m.endOffset})
  }
  return posts
}

const bases = basePosts()

/** Positions in a post (0 to its length) at which a character can be inserted. */
const insertions = (base: FiringPost, chars: string[]) =>
  fc.uniqueArray(fc.tuple(fc.integer({min: 0, max: base.text.length}), fc.constantFrom(...chars)), {minLength: 1, maxLength: 5, selector: ([i]) => i}).map((list) => new Map(list))

/**
 * Letters swapped for look-alikes, each word of two or more letters keeping
 * one Latin letter (a word wholly in another script is that script's word),
 * and one Latin letter kept in the post.
 */
function swaps(base: FiringPost) {
  const swappable = [...base.text].flatMap((ch, i) => (lookalikesOf.has(ch) ? [i] : []))
  return fc.tuple(fc.subarray(swappable, {minLength: 1}), fc.infiniteStream(fc.nat())).map(([chosen, picks]) => {
    const replace = new Map<number, string>()
    const choices = picks[Symbol.iterator]()
    for (const i of chosen) {
      const options = lookalikesOf.get(base.text[i]!)!
      replace.set(i, options[choices.next().value! % options.length]!)
    }
    for (const word of base.text.matchAll(/\p{L}{2,}/gu)) {
      const letters = Array.from({length: word[0].length}, (_, k) => word.index + k)
      if (letters.every((i) => replace.has(i))) replace.delete(letters[0]!)
    }
    if (swappable.every((i) => replace.has(i))) replace.delete(swappable[0]!)
    return replace
  })
}

const FULL_WIDTH_OFFSET = 0xff01 - 0x21
const wide = (ch: string) => (ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + FULL_WIDTH_OFFSET) : ch)

/** Every character written full-width, or some of them. */
function widened(base: FiringPost) {
  const all = new Map([...base.text].map((ch, i) => [i, wide(ch)] as const))
  const indices = [...base.text].flatMap((ch, i) => (wide(ch) !== ch ? [i] : []))
  return fc.oneof(fc.constant(all), fc.subarray(indices, {minLength: 1}).map((chosen) => new Map(chosen.map((i) => [i, all.get(i)!] as const))))
}

const none = new Map<number, string>()

describe(`dictionary phrases in disguise still fire under moderator (${bases.length} posts)`, () => {
  it('covers most entries of every rule', () => {
    expect(new Set(bases.map((b) => b.entry)).size).toBeGreaterThan(300)
  })

  it('with zero-width and other invisible characters inserted anywhere', () => {
    for (const base of bases) fc.assert(fc.property(insertions(base, INVISIBLE), (insert) => expectStillFires(base, disguise(base, none, insert))), {numRuns: RUNS})
  })

  it('with soft hyphens inserted anywhere', () => {
    for (const base of bases) fc.assert(fc.property(insertions(base, [SOFT_HYPHEN]), (insert) => expectStillFires(base, disguise(base, none, insert))), {numRuns: RUNS})
  })

  it('with letters swapped for look-alikes', () => {
    for (const base of bases) {
      if (![...base.text].some((ch) => lookalikesOf.has(ch))) continue
      fc.assert(fc.property(swaps(base), (replace) => expectStillFires(base, disguise(base, replace, none))), {numRuns: RUNS})
    }
  })

  it('written full-width, wholly or in part', () => {
    for (const base of bases) fc.assert(fc.property(widened(base), (replace) => expectStillFires(base, disguise(base, replace, none))), {numRuns: RUNS})
  })

  it('with all the tricks at once', () => {
    for (const base of bases) {
      const tricks = fc.tuple(widened(base), insertions(base, INVISIBLE)).map(([replace, insert]) => ({replace, insert}))
      fc.assert(fc.property(tricks, ({replace, insert}) => expectStillFires(base, disguise(base, replace, insert))), {numRuns: 1})
    }
  })
})
