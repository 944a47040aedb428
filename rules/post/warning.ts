// The content warning that opens a post, if any: a field in its front matter,
// or a warning form near the top of its prose (warning-forms.ts), or a
// platform spoiler or collapsible block there.
import type {Sentence} from '../../src/engine/analyse.js'
import type {Token} from '../../src/engine/tokenize.js'
import {frontMatterWarning} from './front-matter-warning.js'
import type {ProseStart} from './prose-start.js'
import {lineEnd, lineStart} from './text-lines.js'
import {warningAt} from './warning-forms.js'
import {topicsNamedIn, topicsOfWarningLine} from './warning-topics.js'
import type {Topic} from './topics.js'

/** How far from the first prose word a warning may stand (characters; the first line always counts). */
const HEAD_CHARS = 200
/** <details>, ||spoiler||, >!spoiler!< */
const SPOILER = /<details[\s>]|\|\|[^|\n]{2,}\|\||>![^!\n]{2,}!</i

export interface PostWarning {
  /** Raw [start, end) of the line that holds it (topic words there do not count as dwelling). */
  start: number
  end: number
  topics: Set<Topic>
  /** The warning says the topic is only mentioned ("sh mention", "brief mention"). */
  passing: boolean
}

export function postWarning(text: string, start: ProseStart, sentences: Sentence[], firstWord: Token | undefined): PostWarning | undefined {
  return (start.frontMatter ? frontMatterWarning(start.frontMatter) : undefined) ?? headWarning(text, sentences, firstWord)
}

/** A warning in the prose near the top: a label, a hashtag, an emoji or a sentence form; else a spoiler. */
function headWarning(text: string, sentences: Sentence[], firstWord: Token | undefined): PostWarning | undefined {
  if (!firstWord) return undefined
  const headEnd = Math.max(firstWord.start + HEAD_CHARS, lineEnd(text, firstWord.start))
  for (const sentence of sentences) {
    if (sentence.start >= headEnd) break
    const at = warningAt(text, sentence, headEnd)
    if (at === undefined) continue
    const start = lineStart(text, at)
    const end = lineEnd(text, at)
    return {start, end, ...topicsOfWarningLine(sentence, start, end)}
  }
  const spoiler = SPOILER.exec(text.slice(0, headEnd))
  if (!spoiler) return undefined
  const start = lineStart(text, spoiler.index)
  const end = lineEnd(text, spoiler.index)
  return {start, end, topics: topicsNamedIn(text.slice(start, end).toLowerCase()), passing: false}
}
