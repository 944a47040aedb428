import {expect} from 'vitest'
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

/** A post that must fire once, written like an ESLint `invalid` case. */
export interface FlagCase {
  text: string
  /** The exact words the message points at. */
  span: string
  /** The first suggestion (`undefined` for entries that only explain). */
  expected: string | undefined
  /** The automatic rewrite, for `fix: auto` entries; absent for offered wording. */
  fix?: string
  /** The dictionary entry that fires. */
  entry?: string
  options?: CheckOptions
}

/** The post gets exactly one message of `ruleId`, on the case's words, with its suggestion and fix. */
export function expectFlaggedOnce(ruleId: string, c: FlagCase): void {
  const messages = messagesOf(ruleId, c.text, c.options)
  expect(messages.map((m) => c.text.slice(m.offset, m.endOffset))).toEqual([c.span])
  const [m] = messages
  expect(m!.actual).toBe(c.span)
  expect(m!.expected[0]).toBe(c.expected)
  expect(m!.fix?.text).toBe(c.fix)
  if (c.entry) expect(m!.entryId).toBe(c.entry)
}

/** The post gets no message of `ruleId`. */
export function expectNoFlags(ruleId: string, text: string, options?: CheckOptions): void {
  expect(flaggedSpans(ruleId, text, options)).toEqual([])
}
