// What the training script needs of one labelled post, read by the same
// pipeline and the same feature code as a check: every stretch with its
// features, which sentence each offset falls in, what the rules found, and
// which sentences the scorer would read at all.
import {VFile} from 'vfile'
import {processorFor} from '../processor.js'
import {priorityOf} from '../priority.js'
import {toReportMessage} from '../report.js'
import type {Priority} from '../types.js'
import {activeModel, modelClassIndex, modelGateIndex, useModel} from './active.js'
import {worthScoring} from './score.js'
import {modelSettings} from './settings.js'
import {sentenceTerms, type Terms} from './wide.js'
import {windowsOf, type Window} from './windows.js'

export interface PostReading {
  windows: Window[]
  /** Every sentence on its own: more short examples to learn from, shaped like the shortest posts. */
  singles: Window[]
  /** Per sentence: its terms for the wide reading, as often as each occurs. */
  terms: Terms[]
  /** Sentence [start, end) offsets. */
  sentences: Array<[number, number]>
  /** Per sentence: whether a check would score it (it can hold a cue class). */
  cueClass: boolean[]
  /** Rule ids the rules alone report under the moderator preset, and the priority they give. */
  rulesFired: string[]
  rulePriority: Priority
}

/** Read a post with the rules alone (the scorer switched off while reading). */
export function readForTraining(text: string): PostReading {
  const previous = activeModel()
  useModel(null)
  try {
    const processor = processorFor({preset: 'moderator'})
    const file = new VFile(text)
    processor.runSync(processor.parse(file), file)
    const analysis = file.data.safepostAnalysis!
    const messages = file.messages.filter((m) => m.source === 'safepost').map(toReportMessage)
    return {
      windows: [...windowsOf(analysis, modelClassIndex(), modelSettings)],
      singles: modelSettings.window > 0 ? [...windowsOf(analysis, modelClassIndex(), {...modelSettings, window: 0})] : [],
      terms: analysis.sentences.map((s) => sentenceTerms(s, analysis.text, modelSettings.wide)),
      sentences: analysis.sentences.map((s) => [s.start, s.end]),
      cueClass: analysis.sentences.map((s) => worthScoring(analysis, s, modelSettings, modelGateIndex())),
      rulesFired: [...new Set(messages.map((m) => m.ruleId))],
      rulePriority: priorityOf(messages)
    }
  } finally {
    useModel(previous === null ? null : previous.data)
  }
}
