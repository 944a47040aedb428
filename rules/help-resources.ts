// help-resources: a post that discusses suicide or self-harm and gives no
// route to help (a crisis line, its number or a help link). One message per
// post, at its first word, with a fix that appends the crisis lines of the
// configured region (`region` option; default: an international directory)
// at the end of the post, in its format. Eating-disorder-only posts are not
// checked. Cues are in dictionaries/help-resources.yml, lines in
// dictionaries/crisis-lines.yml.
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {compiled} from '../src/generated/dictionaries.js'
import type {Analysis, Sentence} from '../src/engine/analyse.js'
import {registerRule, report, severityOf, type RuleMeta, type RuleOptions} from '../src/engine/rule.js'
import {appendAtEnd, dwellsOn, listTopics, readPost, topicsOf, type Post, type Topic} from './content-warning.js'

export const meta: RuleMeta = {
  id: 'help-resources',
  description: 'A long post that discusses suicide or self-harm and says nowhere where to get help.',
  fixable: true
}

export interface HelpResourcesOptions extends RuleOptions {
  /** Whose crisis lines the fix suggests: `US`, `UK`, `IE`, `CA`, `AU`, `NZ`, `IN`, `DE`, `FR`, `ES`; default an international directory. */
  region?: string
}

/** The topics this rule is about: guidance asks for help information in every piece about suicide; self-harm guidance likewise. */
const HELP_TOPICS: readonly Topic[] = ['suicide', 'self-harm']

// --- crisis-lines.yml ------------------------------------------------------

export interface CrisisLine {
  name: string
  contact: string
  numbers?: string[]
  web?: string[]
  emergency?: boolean
  checked: string
  source: string
  note?: string
}

export interface CrisisRegion {
  name: string
  aliases?: string[]
  suggest: string
  lines: CrisisLine[]
}

export interface CrisisLines {
  default: string
  regions: Record<string, CrisisRegion>
  recognise?: {numbers?: string[]; web?: string[]}
  retired?: Array<{name: string; numbers: string[]; closed: string; source: string; note?: string}>
}

export const crisisLines = compiled.crisisLines as CrisisLines

/** The region a code names (case-insensitive, aliases such as GB and USA), or the default. */
export function regionFor(code: string | undefined): {code: string; region: CrisisRegion} {
  const wanted = (code ?? '').trim().toUpperCase()
  if (wanted) {
    for (const [key, region] of Object.entries(crisisLines.regions)) {
      if (key === wanted || (region.aliases ?? []).some((a) => a.toUpperCase() === wanted)) return {code: key, region}
    }
  }
  return {code: crisisLines.default, region: crisisLines.regions[crisisLines.default]!}
}

// --- recognising a route to help ------------------------------------------

const SERVICE = 'help-resources/help-service'
const HELP_NOUN = 'help-resources/help-noun'
const POINTER = 'help-resources/help-pointer'
/** Short numbers (988, 1737, 024) count only with a word of calling or a helpline near them. */
const SHORT_NUMBER_CONTEXT = /\b(call|calling|called|text|texting|ring|dial|phone|helpline|hotline|lifeline|line|number|free|crisis|chat|contact|reach)\b/i
const EMERGENCY_CONTEXT = /\b(call|dial|ring|phone)\s+$/i

interface NumberPattern {
  re: RegExp
  short: boolean
  emergency: boolean
}

let numberPatterns: NumberPattern[] | undefined
let domains: string[] | undefined

function patterns(): {numbers: NumberPattern[]; domains: string[]} {
  if (!numberPatterns || !domains) {
    const numbers = new Map<string, NumberPattern>()
    const web = new Set<string>()
    const add = (written: string, emergency: boolean) => {
      const digits = written.replace(/\D/g, '')
      if (digits.length < 3 || numbers.has(digits)) return
      // any spacing, dashes or slashes between the digits: "116 123", "116123", "0800/1110111"
      const body = [...digits].join('[ \\u00a0/-]?')
      numbers.set(digits, {re: new RegExp(`(?<![\\d.,])${body}(?![\\d]|[.,]\\d)`, 'g'), short: digits.length <= 4, emergency})
    }
    for (const region of Object.values(crisisLines.regions)) {
      for (const line of region.lines) {
        for (const n of line.numbers ?? []) add(n, line.emergency === true)
        for (const w of line.web ?? []) web.add(w.toLowerCase())
      }
    }
    for (const n of crisisLines.recognise?.numbers ?? []) add(n, false)
    for (const w of crisisLines.recognise?.web ?? []) web.add(w.toLowerCase())
    numberPatterns = [...numbers.values()]
    domains = [...web]
  }
  return {numbers: numberPatterns, domains}
}

/** Whether the post gives a route to help anywhere (front matter included). */
export function hasRouteToHelp(analysis: Analysis, post: Post): boolean {
  const text = post.text
  const lower = text.toLowerCase()
  const {numbers, domains: web} = patterns()
  for (const domain of web) {
    let at = lower.indexOf(domain)
    while (at >= 0) {
      if (at === 0 || !/[a-z0-9-]/.test(lower[at - 1]!)) return true
      at = lower.indexOf(domain, at + 1)
    }
  }
  for (const {re, short, emergency} of numbers) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index)
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40)
      if (emergency) {
        if (EMERGENCY_CONTEXT.test(before)) return true
      } else if (!short || SHORT_NUMBER_CONTEXT.test(before) || SHORT_NUMBER_CONTEXT.test(after)) {
        return true
      }
    }
  }
  return analysis.sentences.some((s) => pointsToHelp(s))
}

/** A sentence that names a service, or points the reader to a helpline, a number or a link. */
function pointsToHelp(sentence: Sentence): boolean {
  if (sentence.classes.has(SERVICE)) return true
  const hasLink = sentence.tokens.some((t) => t.kind === 'url' || /^[\w.+-]+@[\w-]+\.[\w.]+$/.test(t.text))
  const hasPhone = phoneLike(sentence)
  const speaksToReader = sentence.classes.has(POINTER) || sentence.classes.has('second-person')
  if (sentence.classes.has(HELP_NOUN) && (speaksToReader || hasLink || hasPhone)) return true
  return sentence.classes.has(POINTER) && (hasLink || hasPhone)
}

/** Six or more digits in a row of number tokens: a phone number. */
function phoneLike(sentence: Sentence): boolean {
  let digits = 0
  let last: number | undefined
  for (const t of sentence.tokens) {
    if (t.kind === 'num') {
      digits = last !== undefined && t.start - last <= 2 ? digits + t.text.replace(/\D/g, '').length : t.text.replace(/\D/g, '').length
      last = t.end
      if (digits >= 6) return true
    } else if (!(t.text === '-' || t.text === '/' || t.text === '.')) {
      digits = 0
      last = undefined
    }
  }
  return false
}

// --- the rule ----------------------------------------------------------------

/** retext plugin: a post that discusses suicide or self-harm with no route to help. */
export default function helpResources(this: Processor, options?: HelpResourcesOptions) {
  const getAnalysis = registerRule(this, meta.id)
  const {code, region} = regionFor(options?.region)
  return (tree: Root, file: VFile) => {
    const analysis = getAnalysis(tree, file)
    const post = readPost(analysis)
    if (!post.firstWord) return
    const warned = post.warning && !post.warning.passing ? HELP_TOPICS.filter((t) => post.warning!.topics.has(t)) : []
    const long = post.words >= 100
    if (!long) return
    if (warned.length === 0 && !dwellsOn(post, HELP_TOPICS)) return
    if (hasRouteToHelp(analysis, post)) return
    const topics = [...new Set([...topicsOf(post, HELP_TOPICS), ...warned])].sort((a, b) => HELP_TOPICS.indexOf(a) - HELP_TOPICS.indexOf(b))
    const about = listTopics(topics.length ? topics : ['suicide'])
    const fix = appendAtEnd(post, region.suggest)
    const where = code === crisisLines.default ? 'an international helpline directory' : `crisis lines for ${region.name}`
    const reason =
      options?.audience === 'moderator'
        ? `Post about ${about} with no route to help (crisis line, number or link); consider adding ${where}`
        : `This post discusses ${about} but does not say where to get help. Guidance (WHO, Reporting on Suicide) asks every piece about suicide to include where support is available; consider adding ${where}`
    report(file, {
      rule: meta.id,
      reason,
      start: post.firstWord.start,
      end: post.firstWord.end,
      severity: severityOf(options),
      actual: post.firstWord.text,
      expected: [region.suggest],
      note: noteText(),
      level: 'low',
      fixText: fix.text,
      fixRange: [fix.at, fix.at]
    })
  }
}

function noteText(): string {
  const sources = ['WHO17', 'ROS', 'MFhelp', 'SAMon'].map((id) => compiled.sources[id]).filter((s) => s !== undefined)
  return (
    'Say where to get help in every piece about suicide or self-harm: a 24/7 crisis line with its number, and a link for readers elsewhere. Knowing help is available is protective; make clear that suicide is preventable. ' +
    `Source: ${sources.map((s) => `${s.name} <${s.url}>`).join('; ')}`
  )
}
