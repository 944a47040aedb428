// Thresholds per preset and output, chosen on scores of posts by hands the
// model was not trained on (never on the hand being measured): for each
// output, the score that best serves the preset's objective, with the rules
// and the scorer together, and few posts that expect nothing flagged.
import {presets} from '../../dist/rules/presets.js'
import {levelIndex, OUTPUTS} from './corpus.mjs'

/**
 * `records`: one per post, {post, scores: audience -> output -> score} with scores out of fold. `goals`:
 * preset -> {beta, beta-for: output -> beta, budget: output -> the share of
 * negatives it may flag}.
 * Returns preset -> output -> threshold.
 */
export function chooseThresholds(records, goals) {
  const table = {}
  for (const [preset, goal] of Object.entries(goals)) {
    table[preset] = {}
    for (const output of OUTPUTS) table[preset][output] = best(records, output, goal, presets[preset].audience)
  }
  return table
}

function best(records, output, goal, audience) {
  if (goal.budget[output] === undefined) throw new Error(`model.yml: no budget for ${output}`)
  const cases = casesOf(records, output, audience)
  const negatives = cases.filter((c) => c.negative).length || 1
  const candidates = [...new Set(cases.filter((c) => !c.byRules).map((c) => c.score))].sort((a, b) => a - b)
  let chosen = null
  let bestValue = -1
  const beta = goal['beta-for']?.[output] ?? goal.beta
  const beta2 = beta * beta
  for (const t of candidates) {
    if (t < 0.05) continue
    const {tp, fp, fn, flaggedNegatives} = countAt(cases, t)
    if (flaggedNegatives / negatives > goal.budget[output]) continue
    const value = tp ? ((1 + beta2) * tp) / ((1 + beta2) * tp + beta2 * fn + fp) : 0
    if (value > bestValue) {
      bestValue = value
      chosen = t
    }
  }
  return chosen === null ? null : Number(chosen.toFixed(4))
}

/**
 * One output's cases, a post each: what the gold says, whether the rules
 * alone give it, whether the post counts against the negative budget, and
 * the score. A rule the post leaves optional is skipped.
 */
export function casesOf(records, output, audience) {
  const level = output.startsWith('priority:') ? output.slice('priority:'.length) : null
  const cases = []
  for (const {post, scores} of records) {
    let truth
    let byRules
    if (level) {
      truth = levelIndex(post.priority) >= levelIndex(level)
      byRules = levelIndex(post.reading.rulePriority) >= levelIndex(level)
    } else {
      if (post.optional.includes(output)) continue
      truth = post.expect.some((e) => e.rule === output)
      byRules = post.reading.rulesFired.includes(output)
    }
    // a post that expects nothing at all (or, for a level, is gold `none`) counts against the negative budget
    const negative = level ? post.priority === 'none' : post.expect.length === 0
    cases.push({truth, byRules, negative, score: scores[audience][output]})
  }
  return cases
}

/** The rules and the scorer together at threshold `t` (null: the rules alone), and the negatives the scorer flags. */
export function countAt(cases, t) {
  let tp = 0
  let fp = 0
  let fn = 0
  let flaggedNegatives = 0
  for (const c of cases) {
    const byScorer = t !== null && c.score >= t
    const predicted = c.byRules || byScorer
    if (predicted && c.truth) tp++
    else if (predicted) fp++
    else if (c.truth) fn++
    if (!c.byRules && byScorer && c.negative) flaggedNegatives++
  }
  return {tp, fp, fn, flaggedNegatives}
}
