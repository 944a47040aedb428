// Which word classes only lower a crisis reading (joke cues, everyday
// annoyances), the level a lowered reading keeps and the note it carries: the
// `hyperbole-*` keys of a rule file's `data:` (dictionaries/crisis-signal.yml).
// The context gates read the classes too: in entries read sentence by
// sentence, such a cue counts only in the sentence it stands in.
import {compiled} from '../generated/dictionaries.js'
import {ruleData} from '../../rules/post/rule-data.js'
import type {Priority} from '../types.js'

export const ORDER: readonly Priority[] = ['none', 'low', 'medium', 'high', 'urgent']

export interface Hyperbole {
  /** The rule whose readings are lowered (crisis-signal). */
  rule: string
  /** The `notNear` classes that lower a reading instead of erasing it. */
  cues: ReadonlySet<string>
  floor: Priority
  note: string
  /** The rule that reports the same words as hyperbole (trivializing): where it does, it carries the reading. */
  mirror: string
}

function hyperboleData(): Hyperbole | undefined {
  for (const [rule, compiledRule] of Object.entries(compiled.rules)) {
    if (!compiledRule.data?.['hyperbole-cues']) continue
    const data = ruleData(rule)
    const floor = data.text('hyperbole-floor') as Priority
    if (!ORDER.includes(floor)) throw new Error(`dictionaries/${rule}.yml: data.hyperbole-floor must be one of ${ORDER.join(', ')}`)
    return {rule, cues: new Set(data.list('hyperbole-cues')), floor, note: data.text('hyperbole-note'), mirror: data.text('hyperbole-mirror')}
  }
  return undefined
}

export const HYPERBOLE = hyperboleData()
