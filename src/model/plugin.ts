// The trained second opinion as a unified plugin: it runs after the rules,
// and where a rule it covers found nothing, adds a message of that rule at
// the sentence that scored highest, saying what it read and which words
// weighed most. It never rewrites anything.
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {compiled} from '../generated/dictionaries.js'
import type {Analysis} from '../engine/analyse.js'
import type {Audience} from '../engine/compiled.js'
import {supportLines} from '../engine/crisis-lines.js'
import {report} from '../engine/report-message.js'
import {PRIORITIES} from '../priority.js'
import {fillTemplate} from '../engine/template.js'
import type {Priority, PresetName, RuleSetting, Severity} from '../types.js'
import {activeModel, modelClassIndex, modelGateIndex} from './active.js'
import {explain, type Explanation} from './explain.js'
import {scorePost, type PostScores} from './score.js'
import {modelSettings} from './settings.js'
import type {Model} from './trained.js'

export interface ModelPluginOptions {
  preset: PresetName
  audience: Audience
  /** Rule id -> setting, after the preset and overrides. */
  rules: Record<string, RuleSetting>
  /** Entry ids a project accepts: `model` switches the scorer's messages off. */
  allow?: string[]
  /** Crisis-line region, for a rule whose message to this audience names the lines. */
  region?: string
}

/** What the scorer concluded about a file, for the report's priority. */
export interface ModelReading {
  /** The review level the priority scores reach, if any. */
  priority?: Priority
  scores: Record<string, number>
}

declare module 'vfile' {
  interface DataMap {
    safepostAnalysis: Analysis
    safepostModel: ModelReading
  }
}

export const MODEL_ENTRY = 'model'

export default function safepostModel(options: ModelPluginOptions) {
  return (_tree: Root, file: VFile) => {
    const model = activeModel()
    const analysis = file.data.safepostAnalysis
    if (!model || !analysis || options.allow?.includes(MODEL_ENTRY)) return
    const scores = scorePost(analysis, model, modelSettings, modelClassIndex(), modelGateIndex(), options.audience)
    if (scores.size === 0) return
    const priority = priorityOf(model, scores, options.preset)
    file.data.safepostModel = {...(priority ? {priority} : {}), scores: Object.fromEntries([...scores].map(([k, v]) => [k, round(v.score)]))}
    const fired = new Set(file.messages.map((m) => m.ruleId))
    for (const [rule, about] of Object.entries(modelSettings.rules)) {
      const setting = options.rules[rule]
      if (!setting || setting === 'off' || !about.audiences.includes(options.audience)) continue
      if (fired.has(rule) && !about.besideOwnFor.includes(options.audience)) continue
      const score = scores.get(rule)
      // a threshold written in the rule's header overrides the trained one
      const threshold = compiled.rules[rule]?.meta?.model?.[options.audience] ?? model.threshold(options.preset, rule)
      if (!score || threshold === null || score.score < threshold) continue
      const explanation = explain(model, analysis, score)
      const range = fired.has(rule) ? besideRule(file, rule, analysis, explanation) : explanation
      if (!range) continue
      const {first, last} = range
      const {cues} = explanation
      const at = {start: analysis.sentences[first]!.start, end: analysis.sentences[last]!.end}
      if (file.messages.some((m) => about.notBeside.includes(m.ruleId ?? '') && overlaps(m, at.start, at.end))) continue
      const level = rule === 'crisis-signal' && priority && rank(priority) > rank(about.level) ? priority : about.level
      const quoted = cues.map((c) => `"${c}"`).join(', ')
      const message = `Reads as ${about.readsAs} (the trained scorer, ${Math.round(score.score * 100)}%)${quoted ? `; the words that weighed most: ${quoted}` : ''}. Not a rule match: check it yourself.`
      // the rule's own message to this audience (crisis-signal's support for a writer) stands in for the scorer's
      const voice = compiled.rules[rule]?.meta?.messages?.[options.audience]
      const actual = analysis.text.slice(at.start, at.end)
      report(file, {
        rule,
        reason: voice === undefined ? message : fillTemplate(voice, {'region lines': supportLines(options.region), actual}),
        start: at.start,
        end: at.end,
        severity: setting as Severity,
        actual,
        expected: [],
        note: `A linear scorer trained on labelled posts by five hands read this sentence and its neighbours; it adds to the rules, never replaces them, and can be wrong (docs/model.md).`,
        entryId: MODEL_ENTRY,
        // support in the audience's own voice is not a finding: no level, so no priority
        ...(voice === undefined ? {level} : {})
      })
    }
  }
}

/**
 * Where the scorer speaks beside a rule's own messages (a moderator's
 * `beside-own-for`): the sentence that weighed most and its carrying
 * neighbours, none of them covered by a message of the rule; nothing when
 * the rule's messages cover that sentence already.
 */
function besideRule(file: VFile, rule: string, analysis: Analysis, explanation: Explanation): {first: number; last: number} | undefined {
  const covered = (i: number) => file.messages.some((m) => m.ruleId === rule && overlaps(m, analysis.sentences[i]!.start, analysis.sentences[i]!.end))
  const {top} = explanation
  if (covered(top)) return undefined
  let first = top
  let last = top
  while (first > explanation.first && !covered(first - 1)) first--
  while (last < explanation.last && !covered(last + 1)) last++
  return {first, last}
}

const overlaps = (m: VFileMessage, start: number, end: number) => (m.place && 'start' in m.place ? (m.place.start.offset ?? 0) < end && (m.place.end.offset ?? 0) > start : false)

const rank = (p: Priority) => PRIORITIES.indexOf(p)
const round = (n: number) => Math.round(n * 1000) / 1000

/** The highest review level whose score reaches its threshold for this preset. */
function priorityOf(model: Model, scores: PostScores, preset: PresetName): Priority | undefined {
  let found: Priority | undefined
  for (const level of modelSettings.priority) {
    const output = 'priority:' + level
    const threshold = model.threshold(preset, output)
    const score = scores.get(output)
    if (threshold !== null && score && score.score >= threshold) found = level
  }
  return found
}
