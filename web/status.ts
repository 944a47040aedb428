// What the live region says after a check: how many messages, or, for a
// writer who may be in crisis, only that support is there (never a count).
import type {Preset, Report} from './protocol.js'

export function summary(report: Report, preset: Preset, support: boolean): string {
  if (support) return 'You are not alone. Support and help lines are below the draft.'
  const n = report.messages.length
  if (preset === 'moderator') {
    return `Review priority: ${report.priority}. ${n === 0 ? 'No messages.' : `${n} ${n === 1 ? 'message' : 'messages'}.`}`
  }
  if (n === 0) return 'No suggestions: nothing here looks likely to hurt.'
  return `${n} ${n === 1 ? 'suggestion' : 'suggestions'} on your draft.`
}

/** Set a live region's text only when it changes, so it is not announced again on every keystroke. */
export function announce(region: HTMLElement, text: string): void {
  if (region.textContent !== text) region.textContent = text
}
