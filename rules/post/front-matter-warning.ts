// A content warning in front matter: `cw: suicide`, `content_warning:
// [self-harm]`, `trigger-warning = "ed mention"`. Field names and values in
// dictionaries/content-warning.yml.
import {ruleData} from './rule-data.js'
import type {FrontMatter} from './prose-start.js'
import type {PostWarning} from './warning.js'
import {topicsNamedIn} from './warning-topics.js'
import {anyOf} from './word-regexp.js'

const data = ruleData('content-warning')
/** `field: value` or `field = value`, the field optionally quoted. */
const FIELD = new RegExp(`^[ \\t]*["']?${anyOf(data.list('front-matter-fields'), '[_ -]?')}["']?[ \\t]*[:=][ \\t]*(.*)$`, 'im')
const EMPTY = new Set(data.list('front-matter-empty').map((v) => v.toLowerCase()))
const PASSING = new RegExp(`\\b${anyOf(data.list('front-matter-passing'))}\\b`, 'i')

/** The first warning field with a value; the warning spans the whole front matter. */
export function frontMatterWarning({body, start, end}: FrontMatter): PostWarning | undefined {
  const lines = body.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const m = FIELD.exec(lines[i]!)
    if (!m) continue
    let value = (m[1] ?? '').trim()
    // a YAML list on the following lines
    for (let j = i + 1; value === '' && j < lines.length && /^\s+-\s*\S/.test(lines[j]!); j++) value += ' ' + lines[j]!.replace(/^\s+-\s*/, '')
    if (EMPTY.has(value.trim().toLowerCase())) continue
    return {start, end, topics: topicsNamedIn(value.toLowerCase()), passing: PASSING.test(value)}
  }
  return undefined
}
