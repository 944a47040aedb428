// The labelled corpus (corpus/*.jsonl, five hands) read for training: each
// post through the real pipeline (dist/), with its labels per output.
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {readForTraining} from '../../dist/src/model/read-for-training.js'
import {modelSettings} from '../../dist/src/model/settings.js'

const LEVELS = ['none', 'low', 'medium', 'high', 'urgent']
/** Where a post's priority is anchored when it has several spans: the first of these it expects. */
const ANCHOR_RULES = ['crisis-signal', 'encouraging-harm', 'method-detail']

export const OUTPUTS = [...Object.keys(modelSettings.rules), ...modelSettings.priority.map((l) => 'priority:' + l)]

/** The hands, in a fixed order: one file each (hand-0 is the dev set). */
export function loadHands(dir) {
  return loadSets(dir, /^hand-\d.*\.jsonl$/)
}

/**
 * Sets learned from but never measured on (`extra-*.jsonl`): posts the team
 * wrote to show the scorer what it met too little of, such as everyday talk
 * that needs no flag. No hand is left out for them, so they sit in the
 * training side of every fold and never in a scored hand.
 */
export function loadExtras(dir) {
  return loadSets(dir, /^extra-.*\.jsonl$/)
}

function loadSets(dir, pattern) {
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((file) => ({
      name: file.replace(/\.jsonl$/, ''),
      file: join(dir, file),
      posts: readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l))
    }))
}

/** Read every post once (the slow part), and attach its labels. */
export function readHands(hands) {
  for (const hand of hands) {
    for (const post of hand.posts) {
      post.reading = readForTraining(post.text)
      post.labels = labelsOf(post)
    }
  }
  return hands
}

/**
 * Per output: 1 with the sentence the label is anchored at, 0, or null (not
 * learned from: an optional rule, or a long post whose level no span places).
 */
function labelsOf(post) {
  const labels = {}
  const expected = new Map(post.expect.map((e) => [e.rule, e]))
  const sentenceOf = (span) => {
    if (!span) return post.reading.windows.length === 1 ? 0 : -1
    const at = post.text.indexOf(span)
    return post.reading.sentences.findIndex(([s, e]) => at >= s && at < e)
  }
  for (const rule of Object.keys(modelSettings.rules)) {
    if (post.optional.includes(rule)) labels[rule] = null
    else if (expected.has(rule)) {
      const anchor = sentenceOf(expected.get(rule).span)
      labels[rule] = anchor < 0 ? null : {positive: true, anchor}
    } else labels[rule] = {positive: false}
  }
  const gold = LEVELS.indexOf(post.priority)
  const anchorRule = ANCHOR_RULES.find((r) => expected.has(r)) ?? post.expect.find((e) => e.span)?.rule
  const anchor = sentenceOf(anchorRule ? expected.get(anchorRule).span : undefined)
  for (const level of modelSettings.priority) {
    const output = 'priority:' + level
    if (gold < LEVELS.indexOf(level)) labels[output] = {positive: false}
    else labels[output] = anchor < 0 ? null : {positive: true, anchor}
  }
  return labels
}

export function levelIndex(level) {
  return LEVELS.indexOf(level)
}
