// One function from a post's messages to its review priority: the highest
// level any message carries, raised by the combinations in priority.yml.
// A triage order for people, never a clinical prediction of risk.
import {compiled} from './generated/dictionaries.js'
import type {Priority} from './types.js'

export const PRIORITIES: readonly Priority[] = ['none', 'low', 'medium', 'high', 'urgent']

interface Escalation {
  when: string[]
  to: Priority
}

const escalations = ((compiled.priority as {escalate?: Escalation[]} | undefined)?.escalate ?? [])

export function maxPriority(a: Priority, b: Priority): Priority {
  return PRIORITIES.indexOf(a) >= PRIORITIES.indexOf(b) ? a : b
}

export function priorityOf(messages: ReadonlyArray<{ruleId: string; level?: Priority}>): Priority {
  let priority: Priority = 'none'
  const rules = new Set<string>()
  for (const m of messages) {
    // no level: support for a writer (crisis-signal's), no part of a review order
    if (m.level === undefined) continue
    priority = maxPriority(priority, m.level)
    rules.add(m.ruleId)
  }
  for (const e of escalations) {
    if (e.when.every((rule) => rules.has(rule))) priority = maxPriority(priority, e.to)
  }
  return priority
}
