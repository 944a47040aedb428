// A post as the post-level rules read it, once per analysis: where its prose
// starts, its warning, and how much of it is about each topic. The analysis
// may be of one chunk of a longer post (src/chunk/): then `chunk` says where
// the chunk stands, and whole-post.ts adds the chunks up.
import type {Analysis, Sentence} from '../../src/engine/analyse.js'
import type {Token} from '../../src/engine/tokenize.js'
import {once} from './once.js'
import {proseStart, type ProseStart} from './prose-start.js'
import type {WeightedSentence} from './topic-profile.js'
import {topicWeights} from './topic-weights.js'
import {contentWarningClass} from './topics.js'
import {postWarning, type PostWarning} from './warning.js'

const DEATH_WORD = contentWarningClass('death-word')
const DEATH_CLASSES = [DEATH_WORD]

/** Where a chunk stands in its post. */
export interface ChunkPlace {
  /** 0 for the first chunk: only it can open with front matter. */
  index: number
  /** Whether an earlier chunk held prose: then this one holds neither the first word nor the opening warning. */
  proseBefore: boolean
  /** The warning of earlier chunks without prose (a front-matter field). */
  warningBefore?: PostWarning | undefined
}

export interface Post {
  text: string
  /** Raw offset where the post's content starts: after front matter and leading white space. */
  contentStart: number
  frontMatterEnd: number
  /** Sentences of the post's prose (front matter left out). */
  sentences: Sentence[]
  /** The first prose word, where post-level messages point. */
  firstWord: Token | undefined
  /** Raw end of the last prose token (punctuation included). */
  lastEnd: number
  words: number
  /** The post's warning (for a chunk: the one that opens the post, if this chunk or one before holds it). */
  readonly warning: PostWarning | undefined
  /** The sentences that name a topic, where they stand among the words outside the warning line. */
  readonly weighted: WeightedSentence[]
  /** Words outside the warning line. */
  readonly countedWords: number
  /** Sentences that speak of a death or grief without a word for suicide. */
  readonly deathSentences: number
}

const posts = new WeakMap<Analysis, Post>()

/** Read the post (or the chunk of it) once per analysis: front matter, warning, topic weights. */
export function readPost(analysis: Analysis, chunk?: ChunkPlace): Post {
  let post = posts.get(analysis)
  if (!post) posts.set(analysis, (post = buildPost(analysis, chunk)))
  return post
}

function buildPost(analysis: Analysis, chunk: ChunkPlace | undefined): Post {
  const text = analysis.text
  const start: ProseStart = !chunk || chunk.index === 0 ? proseStart(text) : {frontMatter: undefined, frontMatterEnd: 0, contentStart: /^\s*/.exec(text)![0].length}
  const sentences = analysis.sentences.filter((s) => s.start >= start.frontMatterEnd && s.words.length > 0)
  const proseWords = sentences.flatMap((s) => s.words.filter((w) => w.kind === 'word' || w.kind === 'num'))
  const firstWord = proseWords[0]
  // The warning, the topics and what follows from them are read when first
  // asked for: a short post (most tweets and comments) never needs them.
  // Only the chunk with the post's first word can hold its opening warning.
  const ownWarning = once(() => (chunk?.proseBefore ? undefined : postWarning(text, start, sentences, firstWord)))
  const warning = once(() => (chunk?.proseBefore ? undefined : (ownWarning() ?? chunk?.warningBefore)))
  const weights = once(() => topicWeights(analysis, sentences, ownWarning()))
  const counted = once(() => countedWords(sentences, ownWarning()))
  const weighted = once(() => weightedSentences(weights(), counted()))
  const deathSentences = once(() => sentences.filter((s, i) => analysis.mayHave(s, DEATH_CLASSES) && s.classes.has(DEATH_WORD) && !weights()[i]!.get('suicide')).length)
  return {
    text,
    contentStart: start.contentStart,
    frontMatterEnd: start.frontMatterEnd,
    sentences,
    firstWord,
    lastEnd: sentences.at(-1)?.tokens.at(-1)?.end ?? text.length,
    words: proseWords.filter((w) => w.kind === 'word').length,
    get warning() {
      return warning()
    },
    get weighted() {
      return weighted()
    },
    get countedWords() {
      return counted().total
    },
    get deathSentences() {
      return deathSentences()
    }
  }
}

/** Per sentence, its words outside the warning line; and their sum. */
function countedWords(sentences: Sentence[], warning: PostWarning | undefined): {each: number[]; total: number} {
  const inWarning = (w: Token) => warning !== undefined && w.start >= warning.start && w.start < warning.end
  const each = sentences.map((s) => s.words.filter((w) => w.kind === 'word' && !inWarning(w)).length)
  return {each, total: each.reduce((a, b) => a + b, 0)}
}

function weightedSentences(weights: ReturnType<typeof topicWeights>, counted: {each: number[]}): WeightedSentence[] {
  const out: WeightedSentence[] = []
  let before = 0
  weights.forEach((w, i) => {
    if (w.size > 0) out.push({before, words: counted.each[i]!, weights: w})
    before += counted.each[i]!
  })
  return out
}
