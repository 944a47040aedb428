import {checkSync} from '../src/index.js'
import type {CheckOptions, ReportMessage} from '../src/types.js'

/** The messages one rule gives for a post (writer preset unless `options` says otherwise). */
export function messagesOf(ruleId: string, text: string, options: CheckOptions = {}): ReportMessage[] {
  return checkSync(text, {preset: 'writer', ...options}).messages.filter((m) => m.ruleId === ruleId)
}

/** The exact words of the post each message of `ruleId` points at. */
export function flaggedSpans(ruleId: string, text: string, options: CheckOptions = {}): string[] {
  return messagesOf(ruleId, text, options).map((m) => text.slice(m.offset, m.endOffset))
}
