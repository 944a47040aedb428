// A post as the post-level rules read it, once per analysis: where its prose
// starts, its warning, and how much of it is about each topic.
import type {Analysis, Sentence} from '../../src/engine/analyse.js'
import type {Token} from '../../src/engine/tokenize.js'
import {proseStart} from './prose-start.js'
import {topicProfiles, type TopicProfile} from './topic-profile.js'
import {topicWeights} from './topic-weights.js'
import {contentWarningClass, type Topic} from './topics.js'
import {postWarning, type PostWarning} from './warning.js'

const DEATH_WORD = contentWarningClass('death-word')
const DEATH_CLASSES = [DEATH_WORD]

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
  readonly warning: PostWarning | undefined
  /** Topic -> how much of the post is about it. */
  readonly topics: Map<Topic, TopicProfile>
  /** Per sentence (index into `sentences`), per topic, the weight of its strongest topic word. */
  readonly weights: Array<Map<Topic, number>>
  /** Sentences that speak of a death or grief without a word for suicide. */
  readonly deathSentences: number
}

const posts = new WeakMap<Analysis, Post>()

/** Read the post once per analysis: front matter, warning, topic weights. */
export function readPost(analysis: Analysis): Post {
  let post = posts.get(analysis)
  if (!post) posts.set(analysis, (post = buildPost(analysis)))
  return post
}

function buildPost(analysis: Analysis): Post {
  const text = analysis.text
  const start = proseStart(text)
  const sentences = analysis.sentences.filter((s) => s.start >= start.frontMatterEnd && s.words.length > 0)
  const proseWords = sentences.flatMap((s) => s.words.filter((w) => w.kind === 'word' || w.kind === 'num'))
  const firstWord = proseWords[0]
  // The warning, the topics and what follows from them are read when first
  // asked for: a short post (most tweets and comments) never needs them.
  const warning = once(() => postWarning(text, start, sentences, firstWord))
  const weights = once(() => topicWeights(analysis, sentences, warning()))
  const topics = once(() => topicProfiles(weights(), sentences, warning()))
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
    get topics() {
      return topics()
    },
    get weights() {
      return weights()
    },
    get deathSentences() {
      return deathSentences()
    }
  }
}

function once<T>(read: () => T): () => T {
  let done = false
  let value: T
  return () => {
    if (!done) {
      value = read()
      done = true
    }
    return value
  }
}
