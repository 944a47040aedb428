// The forms a content warning takes in a sentence near the top of a post:
// a hashtag (#tw), a label ("CW:", "TW // sh", "[content note: ...]"), a
// warning emoji before a topic ("⚠️ suicide"), or a sentence ("this post
// discusses ..."). Classes and word lists in dictionaries/content-warning.yml.
import type {Sentence} from '../../src/engine/analyse.js'
import type {Token} from '../../src/engine/tokenize.js'
import {ruleData} from './rule-data.js'
import {lineEnd} from './text-lines.js'
import {contentWarningClass, WARNING_TOPIC_CLASSES} from './topics.js'
import {anyOf} from './word-regexp.js'

const data = ruleData('content-warning')
const LABEL = contentWarningClass('warning-label')
const WARNING_TOPIC = contentWarningClass('warning-topic')
const WARNING_MOOD = contentWarningClass('warning-mood')
const WARNING_SENTENCE = contentWarningClass('warning-sentence')
const SENTENCE_START_LABELS = new Set(data.list('sentence-start-labels'))
const SEPARATORS = new Set(data.list('label-separators'))
const DASHES = new Set(data.list('label-dashes'))
const OPENERS = new Set(data.list('label-openers'))
const WEIGHT_UNITS = new Set(data.list('weight-units'))
const WARNING_EMOJI = data.list('warning-emoji')
const hashtags = data.lists('warning-hashtags', ['labels', 'run-labels', 'run-topics', 'prefixes'])
const WARNING_HASHTAG = new RegExp(
  `^(?:${anyOf(hashtags.labels)}(?:_\\w+)?|${anyOf(hashtags['run-labels'])}${anyOf(hashtags['run-topics'])}\\w*|${anyOf(hashtags.prefixes)}\\w*)$`
)

/** The raw offset of a warning in this sentence (before `headEnd`), or undefined. */
export function warningAt(text: string, sentence: Sentence, headEnd: number): number | undefined {
  return hashtagAt(sentence, headEnd) ?? labelAt(text, sentence, headEnd) ?? emojiAt(sentence, headEnd) ?? sentenceFormAt(sentence, headEnd)
}

function hashtagAt(sentence: Sentence, headEnd: number): number | undefined {
  for (const t of sentence.tokens) {
    if (t.start >= headEnd) break
    if (t.kind === 'tag' && !t.literal && WARNING_HASHTAG.test(t.norm)) return t.start
  }
  return undefined
}

function labelAt(text: string, sentence: Sentence, headEnd: number): number | undefined {
  const {words, tokens} = sentence
  for (const [s, e] of sentence.classes.get(LABEL) ?? []) {
    const first = words[s]!
    const last = words[e - 1]!
    if (first.start >= headEnd || first.literal) continue
    const label = words.slice(s, e).map((w) => w.norm).join(' ')
    const next = tokens[tokens.indexOf(last) + 1]
    const prev = tokens[tokens.indexOf(first) - 1]
    // "CW: 48kg" is a current weight
    if (label === 'cw' && isWeight(words, e)) continue
    const prevOpens = prev !== undefined && (prev.kind === 'emoji' || ((prev.kind === 'symbol' || prev.kind === 'punct') && OPENERS.has(prev.text)))
    if (SENTENCE_START_LABELS.has(label)) {
      // "Warning:" and "Heads up" open a sentence and name a topic or a mood ("this one is heavy")
      if (s !== 0 && !prevOpens) continue
      const lineEndAt = lineEnd(text, first.start)
      const onLine = (name: string) => (sentence.classes.get(name) ?? []).some(([a]) => a >= e && words[a]!.start < lineEndAt)
      if (!WARNING_TOPIC_CLASSES.some(onLine) && !onLine(WARNING_TOPIC) && !onLine(WARNING_MOOD)) continue
    }
    if (label.includes(' ') && !SENTENCE_START_LABELS.has(label)) return first.start
    if (next && (next.kind === 'punct' || next.kind === 'symbol') && SEPARATORS.has(next.text.trim()[0] ?? '')) return first.start
    if (next && DASHES.has(next.text)) return first.start
    if (prevOpens) return first.start
    if (startsTopic(sentence, e)) return first.start
    // a bare label alone on its line at the top ("TW" or "**CW**")
    if (s === 0 && (e === words.length || (next !== undefined && text.slice(last.end, next.start).includes('\n')))) return first.start
  }
  return undefined
}

/** ⚠️ followed by a topic or a label within a few words. */
function emojiAt(sentence: Sentence, headEnd: number): number | undefined {
  const {words, tokens} = sentence
  for (const t of tokens) {
    if (t.start >= headEnd) break
    if (t.kind !== 'emoji' || !WARNING_EMOJI.some((emoji) => t.text.includes(emoji))) continue
    const w = words.findIndex((x) => x.start > t.start)
    if (w < 0) continue
    for (let k = w; k < Math.min(words.length, w + 4); k++) {
      if (startsTopic(sentence, k) || hasAt(sentence, LABEL, k)) return t.start
    }
  }
  return undefined
}

/** "this post discusses suicide", "the following mentions self-harm". */
function sentenceFormAt(sentence: Sentence, headEnd: number): number | undefined {
  const {words} = sentence
  for (const [s] of sentence.classes.get(WARNING_SENTENCE) ?? []) {
    if (words[s]!.start >= headEnd || words[s]!.literal) continue
    if (WARNING_TOPIC_CLASSES.some((c) => sentence.classes.has(c)) || sentence.classes.has(WARNING_TOPIC)) return words[s]!.start
  }
  return undefined
}

/** A number and a weight unit after word `after` (a ":" or "-" may come first). */
function isWeight(words: Token[], after: number): boolean {
  let i = after
  if (words[i]?.norm === ':' || words[i]?.norm === '-') i++
  if (words[i]?.kind !== 'num') return false
  const unit = words[i + 1]
  return unit !== undefined && WEIGHT_UNITS.has(unit.norm)
}

function hasAt(sentence: Sentence, name: string, at: number): boolean {
  return (sentence.classes.get(name) ?? []).some(([s]) => s === at)
}

/** A topic word or a short topic tag starts at word `at`. */
function startsTopic(sentence: Sentence, at: number): boolean {
  if (at >= sentence.words.length) return false
  if (hasAt(sentence, WARNING_TOPIC, at)) return true
  return WARNING_TOPIC_CLASSES.some((c) => hasAt(sentence, c, at))
}
