// One safepost message on a vfile: the vfile fields editors and reporters
// know (place, ruleId, source, actual, expected, url, note) and safepost's
// own (severity, level, entryId, fix).
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {compiled} from '../generated/dictionaries.js'
import type {Priority, Severity} from '../types.js'
import type {CompiledEntry} from './compiled.js'

export const DOCS_BASE = 'https://github.com/safepost/safepost/blob/main/docs/rules/'

/** Extra fields safepost puts on vfile messages (beside vfile's own). */
export interface SafepostFields {
  entryId?: string
  level?: Priority
  severity: Severity
  fix?: {range: [number, number]; text: string}
}

export interface MessageSpec {
  rule: string
  reason: string
  start: number
  end: number
  severity: Severity
  actual: string
  expected: string[]
  note?: string
  entryId?: string
  level?: Priority
  fixText?: string
  /** Where the fix applies when that is not where the message points (an insertion at the top of a post). */
  fixRange?: [number, number]
}

const places = new WeakMap<VFile, ReturnType<typeof location>>()

/** Offset -> line/column for a file, built once: building it reads the whole text. */
function placesOf(file: VFile): ReturnType<typeof location> {
  let place = places.get(file)
  if (!place) places.set(file, (place = location(file)))
  return place
}

/**
 * A vfile message is an Error, and V8 records the call stack of every Error
 * made: ten frames walked and kept for each message, about nine tenths of
 * what making one costs, for a stack no report shows (vfile-message sets it
 * to '' anyway). Engines without `stackTraceLimit` are left as they are.
 */
function withoutStack<T>(make: () => T): T {
  const errors = Error as ErrorConstructor & {stackTraceLimit?: number}
  const limit = errors.stackTraceLimit
  if (limit === undefined) return make()
  errors.stackTraceLimit = 0
  try {
    return make()
  } finally {
    errors.stackTraceLimit = limit
  }
}

/** Put one safepost message on the file. */
export function report(file: VFile, spec: MessageSpec): void {
  const place = placesOf(file)
  const start = place.toPoint(spec.start)
  const end = place.toPoint(spec.end)
  const message = withoutStack(() =>
    file.message(spec.reason, {
      place: start && end ? {start, end} : undefined,
      ruleId: spec.rule,
      source: 'safepost'
    })
  )
  message.fatal = spec.severity === 'error' ? true : spec.severity === 'warning' ? false : undefined
  message.actual = spec.actual
  message.expected = spec.expected
  message.url = DOCS_BASE + spec.rule + '.md'
  if (spec.note) message.note = spec.note
  const fields: SafepostFields = {severity: spec.severity}
  if (spec.entryId) fields.entryId = spec.entryId
  if (spec.level) fields.level = spec.level
  if (spec.fixText !== undefined) fields.fix = {range: spec.fixRange ?? [spec.start, spec.end], text: spec.fixText}
  Object.assign(message, fields)
}

/** The reason and source behind an entry, for `--why`. */
export function noteFor(entry: CompiledEntry): string {
  const sources = entry.source.map((id) => compiled.sources[id]).filter((s) => s !== undefined)
  return `${entry.reason} Source: ${sources.map((s) => `${s.name} <${s.url}>`).join('; ')}`
}

