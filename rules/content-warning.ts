// content-warning: a post that dwells on suicide, self-harm or an eating
// disorder and does not open with a content warning. One message per post,
// at its first word, with a fix that inserts "CW: <topics>" at the top in the
// post's own format. The words it reads are in dictionaries/content-warning.yml.
//
// This file also holds what both post-level rules share (help-resources
// imports it): where the prose starts, whether a warning opens the post, and
// whether the post dwells on a topic.
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {compiled} from '../src/generated/dictionaries.js'
import type {Analysis, Sentence} from '../src/engine/analyse.js'
import type {Token} from '../src/engine/tokenize.js'
import {acceptedHits, registerRule, report, severityOf, type RuleMeta, type RuleOptions} from '../src/engine/rule.js'

export const meta: RuleMeta = {
  id: 'content-warning',
  description: 'A long post that dwells on suicide, self-harm or an eating disorder with no content warning at its top.',
  fixable: true
}

export type Topic = 'suicide' | 'self-harm' | 'eating'
export const TOPICS: readonly Topic[] = ['suicide', 'self-harm', 'eating']
/** How a topic is named in a warning or a message. */
export const TOPIC_NAMES: Record<Topic, string> = {suicide: 'suicide', 'self-harm': 'self-harm', eating: 'eating disorders'}

/** Fewer prose words than this and the post is short: a tweet, a comment, a question. */
export const MIN_WORDS = 100
/** The first sentences of a post: a topic named here is what the post is about. */
const OPENING_SENTENCES = 3
/** Dwelling without an opening mention: this many topic sentences (a weak word counts half). */
const DWELL_SCORE = 2.5
/** With only a weak word in the opening, this many topic sentences. */
const DWELL_SCORE_WEAK_OPENING = 1.5
/** How far from the first prose word a warning may stand (characters; the first line always counts). */
const HEAD_CHARS = 200

const local = (name: string) => `content-warning/${name}`
const LABEL = local('warning-label')
const WARNING_TOPIC = local('warning-topic')
const WARNING_SENTENCE = local('warning-sentence')
const WARNING_PASSING = local('warning-passing')
const WEAK = local('weak-topic')
const NOT_TOPIC = local('not-topic')
const TOPIC_CLASSES = ['suicide', 'self-harm', 'eating', 'death', 'mental-health']

/** Short topic tags in a warning and the topic each names. */
const TAG_TOPICS: Record<string, Topic> = {
  sh: 'self-harm', selfharm: 'self-harm', 'self harm': 'self-harm', 'self injury': 'self-harm',
  su: 'suicide', sui: 'suicide', suicide: 'suicide', suicidal: 'suicide', 'suicidal ideation': 'suicide', 'suicidal thoughts': 'suicide', 'suicide loss': 'suicide', ideation: 'suicide',
  ed: 'eating', 'eating disorder': 'eating', 'eating disorders': 'eating', 'disordered eating': 'eating', food: 'eating', weight: 'eating'
}
/** Labels that only count at the start of a sentence ("Warning: ...", "Heads up - ..."). */
const SENTENCE_START_LABELS = new Set(['warning', 'heads up'])
const SEPARATOR_PUNCT = new Set([':', ';', '-', '–', '—', '|', '/', '\\', '(', '[', '{', '.', '!', ','])
const WARNING_EMOJI = /⚠|🚨|❗|❕|‼|🛑|🔞/u
const WEIGHT_UNIT = /^(kg|kgs|kilos?|lbs?|pounds?|st|stone)$/
const FRONT_MATTER = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n(---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|$)/
const FRONT_MATTER_WARNING =
  /^[ \t]*["']?(cw|tw|cn|content[_ -]?warnings?|trigger[_ -]?warnings?|content[_ -]?notes?|contentwarnings?|triggerwarnings?|warnings?|spoiler[_ -]?text|sensitive)["']?[ \t]*[:=][ \t]*(.*)$/gim

export interface PostWarning {
  /** Raw [start, end) of the line that holds it (topic words there do not count as dwelling). */
  start: number
  end: number
  topics: Set<Topic>
  /** The warning says the topic is only mentioned ("sh mention", "brief mention"). */
  passing: boolean
}

export interface TopicProfile {
  /** Sum over sentences of the strongest topic word (a clear word 1, a weak word 0.5). */
  score: number
  /** Sentences with a clear topic word. */
  strong: number
  openingStrong: boolean
  openingWeak: boolean
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
  lastWord: Token | undefined
  words: number
  warning: PostWarning | undefined
  /** Topic -> how much of the post is about it. */
  topics: Map<Topic, TopicProfile>
  /** Per sentence (index into `sentences`), per topic, the weight of its strongest topic word. */
  weights: Array<Map<Topic, number>>
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
  const fm = FRONT_MATTER.exec(text)
  const frontMatterEnd = fm ? fm[0].length : 0
  const contentStart = frontMatterEnd + (/^\s*/.exec(text.slice(frontMatterEnd))?.[0].length ?? 0)
  const sentences = analysis.sentences.filter((s) => s.start >= frontMatterEnd && s.words.length > 0)
  const proseWords = sentences.flatMap((s) => s.words.filter((w) => w.kind === 'word' || w.kind === 'num'))
  const firstWord = proseWords[0]
  const lastWord = proseWords.at(-1)
  const warning = (fm ? frontMatterWarning(fm[2] ?? '', fm.index, frontMatterEnd) : undefined) ?? findWarning(text, sentences, firstWord)
  const weights = topicWeights(analysis, sentences, warning)
  return {
    text,
    contentStart,
    frontMatterEnd,
    sentences,
    firstWord,
    lastWord,
    words: proseWords.filter((w) => w.kind === 'word').length,
    warning,
    topics: profiles(weights, sentences, warning),
    weights
  }
}

/** `cw: suicide`, `content_warning: [self-harm]` and the like in YAML or TOML front matter. */
function frontMatterWarning(body: string, start: number, end: number): PostWarning | undefined {
  const lines = body.split(/\r?\n/)
  FRONT_MATTER_WARNING.lastIndex = 0
  for (let i = 0; i < lines.length; i++) {
    FRONT_MATTER_WARNING.lastIndex = 0
    const m = FRONT_MATTER_WARNING.exec(lines[i]!)
    if (!m) continue
    let value = (m[2] ?? '').trim()
    // a YAML list on the following lines
    for (let j = i + 1; value === '' && j < lines.length && /^\s+-\s*\S/.test(lines[j]!); j++) value += ' ' + lines[j]!.replace(/^\s+-\s*/, '')
    if (/^(|~|null|false|no|none|""|''|\[\])$/i.test(value.trim())) continue
    if (/^(warning|warnings)$/i.test(m[1]!) && /^(false|no|none)$/i.test(value)) continue
    return {start, end, topics: topicsNamedIn(value.toLowerCase()), passing: /\bmention(s|ed)?\b|\bbrief(ly)?\b|\bin passing\b/i.test(value)}
  }
  return undefined
}

function topicsNamedIn(value: string): Set<Topic> {
  const topics = new Set<Topic>()
  if (/suicid|\bsu\b|\bsui\b|ideation/.test(value)) topics.add('suicide')
  if (/self[\s_-]?harm|\bsh\b|self[\s_-]?injur|cutting/.test(value)) topics.add('self-harm')
  if (/eating|\bed\b|anorexi|bulimi|binge|\bfood\b|\bweight\b/.test(value)) topics.add('eating')
  return topics
}

/** The warning that opens the post, if any: a label, an emoji form or a sentence form near the top. */
function findWarning(text: string, sentences: Sentence[], firstWord: Token | undefined): PostWarning | undefined {
  if (!firstWord) return undefined
  const firstLineEnd = lineEnd(text, firstWord.start)
  const headEnd = Math.max(firstWord.start + HEAD_CHARS, firstLineEnd)
  // platform spoiler and collapsible forms: <details>, ||spoiler||, >!spoiler!<
  const rawHead = text.slice(0, headEnd)
  const spoiler = /<details[\s>]|\|\|[^|\n]{2,}\|\||>![^!\n]{2,}!</i.exec(rawHead)
  for (const sentence of sentences) {
    if (sentence.start >= headEnd) break
    const at = warningAt(text, sentence, headEnd)
    if (at !== undefined) return warningFrom(text, sentence, at)
  }
  if (spoiler) {
    const start = lineStart(text, spoiler.index)
    return {start, end: lineEnd(text, spoiler.index), topics: topicsNamedIn(text.slice(start, lineEnd(text, spoiler.index)).toLowerCase()), passing: false}
  }
  return undefined
}

/** The raw offset of a warning in this sentence (before `headEnd`), or undefined. */
function warningAt(text: string, sentence: Sentence, headEnd: number): number | undefined {
  const {words, tokens} = sentence
  const indexOfToken = (t: Token) => tokens.indexOf(t)
  // hashtags: #tw, #cw, #tw_suicide, #triggerwarning
  for (const t of tokens) {
    if (t.start >= headEnd) break
    if (t.kind === 'tag' && !t.literal && /^(tw|cw|cn|triggerwarning|contentwarning|contentnote)/.test(t.norm)) return t.start
  }
  for (const [s, e] of sentence.classes.get(LABEL) ?? []) {
    const first = words[s]!
    const last = words[e - 1]!
    if (first.start >= headEnd || first.literal) continue
    const label = words.slice(s, e).map((w) => w.norm).join(' ')
    const ti = indexOfToken(last)
    const next = tokens[ti + 1]
    const prev = tokens[indexOfToken(first) - 1]
    // "CW: 48kg" is a current weight
    if (label === 'cw' && isWeight(words, e)) continue
    const prevOpens = prev !== undefined && (prev.kind === 'emoji' || ((prev.kind === 'symbol' || prev.kind === 'punct') && /^[[({*_>]$/.test(prev.text)))
    if (SENTENCE_START_LABELS.has(label) && s !== 0 && !prevOpens) continue
    if (label.includes(' ') && !SENTENCE_START_LABELS.has(label)) return first.start
    if (next && (next.kind === 'punct' || next.kind === 'symbol') && SEPARATOR_PUNCT.has(next.text.trim()[0] ?? '')) return first.start
    if (next && /^[-‐‑–—]$/.test(next.text)) return first.start
    if (prevOpens) return first.start
    if (startsTopic(sentence, e)) return first.start
    // a bare label alone on its line at the top ("TW" or "**CW**")
    if (s === 0 && (e === words.length || (next !== undefined && text.slice(last.end, next.start).includes('\n')))) return first.start
  }
  // ⚠️ followed by a topic or a label within a few words
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.start >= headEnd) break
    if (t.kind !== 'emoji' || !WARNING_EMOJI.test(t.text)) continue
    const w = words.findIndex((x) => x.start > t.start)
    if (w < 0) continue
    for (let k = w; k < Math.min(words.length, w + 4); k++) {
      if (startsTopic(sentence, k) || hasAt(sentence, LABEL, k)) return t.start
    }
  }
  // "this post discusses suicide", "the following mentions self-harm"
  for (const [s] of sentence.classes.get(WARNING_SENTENCE) ?? []) {
    if (words[s]!.start >= headEnd || words[s]!.literal) continue
    if (TOPIC_CLASSES.some((c) => sentence.classes.has(c)) || sentence.classes.has(WARNING_TOPIC)) return words[s]!.start
  }
  return undefined
}

function isWeight(words: Token[], after: number): boolean {
  let i = after
  if (words[i]?.norm === ':' || words[i]?.norm === '-') i++
  if (words[i]?.kind !== 'num') return false
  const unit = words[i + 1]
  return unit !== undefined && WEIGHT_UNIT.test(unit.norm)
}

function hasAt(sentence: Sentence, name: string, at: number): boolean {
  return (sentence.classes.get(name) ?? []).some(([s]) => s === at)
}

/** A topic word or a short topic tag starts at word `at`. */
function startsTopic(sentence: Sentence, at: number): boolean {
  if (at >= sentence.words.length) return false
  if (hasAt(sentence, WARNING_TOPIC, at)) return true
  return TOPIC_CLASSES.some((c) => hasAt(sentence, c, at))
}

function warningFrom(text: string, sentence: Sentence, at: number): PostWarning {
  const start = lineStart(text, at)
  const end = lineEnd(text, at)
  const topics = new Set<Topic>()
  let passing = false
  for (const [name, ranges] of sentence.classes) {
    for (const [s, e] of ranges) {
      const w = sentence.words[s]!
      if (w.start < start || w.start >= end) continue
      if (name === WARNING_PASSING) passing = true
      if ((TOPICS as readonly string[]).includes(name)) topics.add(name as Topic)
      if (name === WARNING_TOPIC) {
        const tag = sentence.words.slice(s, e).map((x) => x.norm).join(' ').replace(/-/g, ' ')
        const topic = TAG_TOPICS[tag] ?? TAG_TOPICS[tag.replace(/\s+/g, '')]
        if (topic) topics.add(topic)
      }
    }
  }
  return {start, end, topics, passing}
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1
}

function lineEnd(text: string, at: number): number {
  const n = text.indexOf('\n', at)
  return n < 0 ? text.length : n
}

/** Per prose sentence, per topic, the weight of its strongest topic word: 1 clear, 0.5 weak, 0 none. */
function topicWeights(analysis: Analysis, sentences: Sentence[], warning: PostWarning | undefined): Array<Map<Topic, number>> {
  const hyperbole = hyperboleRanges(analysis)
  return sentences.map((sentence) => {
    const weights = new Map<Topic, number>()
    const overlapsClass = (name: string, s: number, e: number) => (sentence.classes.get(name) ?? []).some(([a, b]) => a < e && b > s)
    for (const topic of TOPICS) {
      for (const [s, e] of sentence.classes.get(topic) ?? []) {
        const word = sentence.words[s]!
        if (warning && word.start >= warning.start && word.start < warning.end) continue
        if (overlapsClass(NOT_TOPIC, s, e) || overlapsClass('idiom', s, e)) continue
        if (hyperbole.some(([a, b]) => word.start < b && sentence.words[e - 1]!.end > a)) continue
        const weight = overlapsClass(WEAK, s, e) ? 0.5 : 1
        if (weight > (weights.get(topic) ?? 0)) weights.set(topic, weight)
      }
    }
    return weights
  })
}

/** Hyperbole about a topic ("this exam makes me want to kill myself") is not writing about it. */
function hyperboleRanges(analysis: Analysis): Array<[number, number]> {
  if (!analysis.hits.has('trivializing')) return []
  return acceptedHits(analysis, 'trivializing', undefined).map((hit) => [hit.sentence.words[hit.start]!.start, hit.sentence.words[hit.end - 1]!.end])
}

function profiles(weights: Array<Map<Topic, number>>, sentences: Sentence[], warning: PostWarning | undefined): Map<Topic, TopicProfile> {
  const out = new Map<Topic, TopicProfile>()
  const opening = openingIndexes(sentences, warning)
  for (const topic of TOPICS) {
    let strong = 0
    let weak = 0
    let openingStrong = false
    let openingWeak = false
    weights.forEach((w, i) => {
      const weight = w.get(topic) ?? 0
      if (weight === 1) strong++
      else if (weight > 0) weak++
      if (opening.has(i) && weight === 1) openingStrong = true
      if (opening.has(i) && weight > 0) openingWeak = true
    })
    // a weak word ("scars", "calories", "hurt myself") only counts beside a clear one
    out.set(topic, strong ? {score: strong + weak / 2, strong, openingStrong, openingWeak} : {score: 0, strong: 0, openingStrong: false, openingWeak: false})
  }
  return out
}

/** Indexes of the first few prose sentences, the warning line left out. */
function openingIndexes(sentences: Sentence[], warning: PostWarning | undefined): Set<number> {
  const out = new Set<number>()
  for (let i = 0; i < sentences.length && out.size < OPENING_SENTENCES; i++) {
    const s = sentences[i]!
    if (warning && s.words.every((w) => w.start >= warning.start && w.start < warning.end)) continue
    out.add(i)
  }
  return out
}

/**
 * Whether a long post dwells on any of `topics`: a topic named in its
 * opening sentences, or several sentences about it; never one mention in
 * passing.
 */
export function dwellsOn(post: Post, topics: readonly Topic[]): boolean {
  if (post.words < MIN_WORDS) return false
  let score = 0
  let openingStrong = false
  let openingWeak = false
  post.weights.forEach((w) => {
    let best = 0
    for (const topic of topics) {
      if (!post.topics.get(topic)?.strong) continue
      best = Math.max(best, w.get(topic) ?? 0)
    }
    score += best
  })
  for (const topic of topics) {
    const p = post.topics.get(topic)
    if (p?.openingStrong) openingStrong = true
    if (p?.openingWeak) openingWeak = true
  }
  return score >= DWELL_SCORE || openingStrong || (openingWeak && score >= DWELL_SCORE_WEAK_OPENING)
}

/** The topics a post is about, in catalogue order: those with at least one clear word. */
export function topicsOf(post: Post, among: readonly Topic[] = TOPICS): Topic[] {
  return among.filter((t) => (post.topics.get(t)?.strong ?? 0) > 0)
}

export function listTopics(topics: readonly Topic[]): string {
  const names = topics.map((t) => TOPIC_NAMES[t])
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

// --- where a post-level fix goes ---------------------------------------

const BLOCK_TAG = /<(p|h[1-6]|blockquote|ul|ol|dl|table|pre|figure|details|div|section|article|header|main|aside|hr)\b[^>]*>/gi
const INNER_TAGS = new Set(['li', 'td', 'th', 'tr', 'tbody', 'thead', 'dt', 'dd', 'summary', 'figcaption'])
const WRAPPER_TAGS = new Set(['article', 'main', 'section', 'div', 'body', 'html', 'aside', 'header', 'footer'])

/** Whether the post is HTML: its content opens with a tag and it closes block elements. */
export function isHtml(post: Post): boolean {
  const content = post.text.slice(post.contentStart)
  return /^<(!doctype|html|body|article|main|section|div|header|p|h[1-6]|blockquote|ul|ol|figure|table|details|aside)\b/i.test(content) && /<\/(p|h[1-6]|div|li|blockquote|article|section|main|body)\s*>/i.test(content)
}

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Where and what to insert to put one line of text at the top of the post, in its format. */
export function insertAtTop(post: Post, line: string): {at: number; text: string} {
  const eol = eolOf(post.text)
  if (isHtml(post) && post.firstWord) {
    const before = post.text.slice(post.contentStart, post.firstWord.start)
    let at = post.contentStart
    let block: RegExpExecArray | undefined
    for (const m of before.matchAll(BLOCK_TAG)) {
      const name = m[1]!.toLowerCase()
      if (WRAPPER_TAGS.has(name)) {
        // inside the wrapper: after its opening tag
        at = post.contentStart + m.index + m[0].length
        block = undefined
        continue
      }
      if (!INNER_TAGS.has(name) && !block) block = m as RegExpExecArray
      if (block) break
    }
    if (block) at = post.contentStart + block.index
    const indent = /[ \t]*$/.exec(post.text.slice(lineStart(post.text, at), at))?.[0] ?? ''
    const onOwnLine = /^[ \t]*$/.test(post.text.slice(lineStart(post.text, at), at))
    return onOwnLine ? {at, text: `<p>${escapeHtml(line)}</p>${eol}${indent}`} : {at, text: `${eol}${indent}<p>${escapeHtml(line)}</p>${eol}${indent}`}
  }
  return {at: post.contentStart, text: `${line}${eol}${eol}`}
}

/** Where and what to insert to put one paragraph at the end of the post, in its format. */
export function appendAtEnd(post: Post, paragraph: string): {at: number; text: string} {
  const eol = eolOf(post.text)
  const end = post.text.trimEnd().length
  if (isHtml(post) && post.lastWord) {
    let at = post.lastWord.end
    const closing = /^\s*<\/([a-zA-Z][\w-]*)\s*>/
    for (;;) {
      const m = closing.exec(post.text.slice(at))
      if (!m || WRAPPER_TAGS.has(m[1]!.toLowerCase())) break
      at += m[0].length
    }
    if (at < post.lastWord.end) at = end
    const blockLine = post.text.slice(lineStart(post.text, post.lastWord.start), post.lastWord.start)
    const indent = /^[ \t]*/.exec(blockLine)?.[0] ?? ''
    return {at, text: `${eol}${indent}<p>${escapeHtml(paragraph)}</p>`}
  }
  return {at: end, text: `${eol}${eol}${paragraph}`}
}

// --- the rule ------------------------------------------------------------

export interface ContentWarningOptions extends RuleOptions {}

/** retext plugin: a post that dwells on suicide, self-harm or an eating disorder and opens with no content warning. */
export default function contentWarning(this: Processor, options?: ContentWarningOptions) {
  const getAnalysis = registerRule(this, meta.id)
  return (tree: Root, file: VFile) => {
    const analysis = getAnalysis(tree, file)
    const post = readPost(analysis)
    if (post.warning || !post.firstWord || !dwellsOn(post, TOPICS)) return
    const topics = topicsOf(post)
    if (topics.length === 0) return
    const line = `CW: ${topics.map((t) => TOPIC_NAMES[t]).join(', ')}`
    const fix = insertAtTop(post, line)
    const about = listTopics(topics)
    const reason =
      options?.audience === 'moderator'
        ? `Long post about ${about} with no content warning at the top; consider adding "${line}"`
        : `This post dwells on ${about} but does not open with a content warning; consider a short first line such as "${line}" so readers can choose when to read it`
    report(file, {
      rule: meta.id,
      reason,
      start: post.firstWord.start,
      end: post.firstWord.end,
      severity: severityOf(options),
      actual: post.firstWord.text,
      expected: [line],
      note: noteText(),
      level: 'low',
      fixText: fix.text,
      fixRange: [fix.at, fix.at]
    })
  }
}

function noteText(): string {
  const sources = ['CHAT', 'SAMon', 'TWres'].map((id) => compiled.sources[id]).filter((s) => s !== undefined)
  return (
    '#chatsafe and Samaritans suggest a brief line at the start of a post that shares experiences of suicide, self-harm or an eating disorder, naming the topic without detail. ' +
    'Experiments find warnings do not reduce distress and may raise anticipation (Sanson et al. 2019; Jones, Bellet & McNally 2020; Bridgland et al.), so this stays a suggestion. ' +
    `Source: ${sources.map((s) => `${s.name} <${s.url}>`).join('; ')}`
  )
}
