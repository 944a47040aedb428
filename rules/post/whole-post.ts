// The whole post as the post-level rules decide on it: read from one analysis
// (a post checked in one piece), or added up over the chunks of a long post
// (src/chunk/), so that both give the same answer. Each chunk gives counts
// that add (words, topic sentences, death sentences, crisis cues, a route to
// help); the first chunk with prose gives the first word and the warning; the
// last chunk with content gives where help is appended.
import type {Analysis} from '../../src/engine/analyse.js'
import type {Token} from '../../src/engine/tokenize.js'
import type {PostTopics} from './dwell.js'
import {appendAtEnd, insertAtTop, isHtml, type Insertion} from './insert.js'
import {once} from './once.js'
import {readPost, type ChunkPlace, type Post} from './read-post.js'
import {hasRouteToHelp} from './route-to-help.js'
import {eolOf} from './text-lines.js'
import {topicProfiles, type WeightedSentence} from './topic-profile.js'
import type {PostWarning} from './warning.js'
import {crisisCues, type CrisisCues} from './writer-in-crisis.js'

export interface WholePost extends PostTopics {
  /** The first prose word, where post-level messages point (offsets in the whole text). */
  firstWord: Token | undefined
  readonly warning: PostWarning | undefined
  readonly routeToHelp: boolean
  readonly crisis: CrisisCues
  insertAtTop(line: string): Insertion
  appendAtEnd(paragraph: string): Insertion
}

/** A post read in one piece, or one chunk of a longer one (`chunk`); its parts are read when first asked for. */
export function postOf(analysis: Analysis, chunk?: ChunkPlace): WholePost & {read: Post} {
  const post = readPost(analysis, chunk)
  const topics = once(() => topicProfiles(post.weighted, post.countedWords))
  const route = once(() => hasRouteToHelp(analysis))
  const crisis = once(() => crisisCues(analysis))
  return {
    read: post,
    words: post.words,
    firstWord: post.firstWord,
    get warning() {
      return post.warning
    },
    get weighted() {
      return post.weighted
    },
    get topics() {
      return topics()
    },
    get deathSentences() {
      return post.deathSentences
    },
    get routeToHelp() {
      return route()
    },
    get crisis() {
      return crisis()
    },
    insertAtTop: (line) => insertAtTop(post, line),
    appendAtEnd: (paragraph) => appendAtEnd(post, paragraph)
  }
}

type Part = ReturnType<typeof postOf>

/** Line and column (1-based) of a raw offset in a chunk, in the whole text. */
export type PointOf = (offset: number) => {line: number; column: number}

export interface FirstWordPlace {
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The first word as written (a token's own text is its matching view). */
  written: string
}

/**
 * Adds a long post up chunk by chunk. Holds the counts, one small record per
 * sentence that names a topic, and the first and last chunks' readings: not
 * the chunks in between, so memory does not follow the post's length.
 */
export class PostChunks {
  private parts = 0
  /** The only part so far, not yet added up: a post in one chunk is read lazily, as it would be whole. */
  private held: {part: Part; offset: number} | undefined
  private words = 0
  private counted = 0
  private readonly weighted: WeightedSentence[] = []
  private deathSentences = 0
  private routeToHelp = false
  private readonly crisis: CrisisCues = {urgent: false, highSentences: 0}
  private warning: PostWarning | undefined
  private first: {part: Part; offset: number} | undefined
  private last: {part: Part; offset: number} | undefined
  private eol = '\n'
  private html: boolean | undefined
  private firstPlace: FirstWordPlace | undefined

  /** Where the next chunk stands in the post. */
  place(index: number): ChunkPlace {
    return {index, proseBefore: this.first !== undefined, warningBefore: this.first ? undefined : this.warning}
  }

  /** Add the next chunk, read with `place(index)` and starting at `offset` of the whole text. */
  add(part: Part, offset: number, pointOf: PointOf): void {
    if (part.firstWord && !this.first) {
      const start = pointOf(part.firstWord.start)
      const end = pointOf(part.firstWord.end)
      const written = part.read.text.slice(part.firstWord.start, part.firstWord.end)
      this.firstPlace = {line: start.line, column: start.column, endLine: end.line, endColumn: end.column, written}
    }
    this.parts++
    if (this.parts === 1) {
      // held as it is; only what the next chunk needs to know of it is read now
      this.held = {part, offset}
      if (part.firstWord) this.first = {part, offset}
      else this.warning = part.warning
      return
    }
    if (this.held) {
      this.first = undefined
      this.sum(this.held.part, this.held.offset)
      this.held = undefined
    }
    this.sum(part, offset)
  }

  /** The whole post so far, and where its first word is. */
  post(): {post: WholePost; place: FirstWordPlace | undefined} | undefined {
    if (this.parts === 0) return undefined
    if (this.held) return {post: this.held.part, place: this.firstPlace}
    const first = this.first
    const last = this.last
    const words = this.words
    const at = (insertion: Insertion, offset: number): Insertion => ({at: insertion.at + offset, text: insertion.text})
    const placeOf = ({read}: Part) => ({text: read.text, contentStart: read.contentStart, firstWord: read.firstWord, lastEnd: read.lastEnd, eol: this.eol, html: this.html ?? false})
    const post: WholePost = {
      words,
      firstWord: first?.part.firstWord && shiftToken(first.part.firstWord, first.offset),
      warning: this.warning,
      weighted: this.weighted,
      topics: topicProfiles(this.weighted, this.counted),
      deathSentences: this.deathSentences,
      routeToHelp: this.routeToHelp,
      crisis: {...this.crisis},
      insertAtTop: (line) => at(insertAtTop(placeOf(first!.part), line), first!.offset),
      appendAtEnd: (paragraph) => at(appendAtEnd(placeOf((last ?? first)!.part), paragraph), (last ?? first)!.offset)
    }
    return {post, place: this.firstPlace}
  }

  private sum(part: Part, offset: number): void {
    if (!this.first && part.firstWord) {
      this.first = {part, offset}
      this.html = isHtml(part.read)
    }
    if (!this.first || this.first.part === part) this.warning = part.warning
    this.words += part.words
    for (const s of part.weighted) this.weighted.push({before: this.counted + s.before, words: s.words, weights: s.weights})
    this.counted += part.read.countedWords
    this.deathSentences += part.deathSentences
    this.routeToHelp ||= part.routeToHelp
    this.crisis.urgent ||= part.crisis.urgent
    this.crisis.highSentences += part.crisis.highSentences
    if (part.read.text.trim() !== '') this.last = {part, offset}
    if (eolOf(part.read.text) === '\r\n') this.eol = '\r\n'
  }
}

function shiftToken(token: Token, offset: number): Token {
  return offset === 0 ? token : {...token, start: token.start + offset, end: token.end + offset}
}
