// The work the server hands off: check a document (in full, or quickly: only
// the paragraphs an edit touched, see quick.ts), fix a document, forget a
// document or the config files read so far. Run in a worker thread (worker.ts)
// so a long document never blocks the server, or in process.
import {check, fix, priorityOf} from '../core.js'
import {applyDirectives, unusedDirectiveMessage} from '../directives.js'
import {loadParser} from '../parse/registry.js'
import {presets} from '../../rules/presets.js'
import type {CheckOptions, InputFormat, PresetName, Report, ReportMessage} from '../types.js'
import {changedRegion, mergeRegion} from './quick.js'
import {resetWorkspaceConfig, resolveOptions, type ClientSettings} from './workspace-config.js'

export interface DocumentJob {
  /** The document, for the quick pass's memory of its last full check. */
  uri?: string | undefined
  text: string
  format: InputFormat
  /** The document's path on disk, for config discovery (none for unsaved documents). */
  filePath?: string | undefined
  settings: ClientSettings
}

export type Job =
  | ({op: 'check'} & DocumentJob)
  | ({op: 'quick'} & DocumentJob)
  | ({op: 'fix'} & DocumentJob)
  | {op: 'forget'; uri: string}
  | {op: 'reset'}

export interface CheckOutcome {
  report: Report
  preset: PresetName
  /** Whether inline directives are obeyed (so whether "disable" actions make sense). */
  directives: boolean
  configPath?: string | undefined
  configError?: string | undefined
  /** A quick pass (only the edited paragraphs re-checked); a full check follows. */
  partial?: boolean
}

export interface FixOutcome {
  text: string
  applied: number
}

export type JobResult = CheckOutcome | FixOutcome | null

/** The last full check of each open document, before directives: what a quick pass builds on. */
const lastFull = new Map<string, {key: string; text: string; messages: ReportMessage[]}>()

const byPlace = (a: ReportMessage, b: ReportMessage) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId)

/** What `toReport` does after the rules ran: inline directives, unused ones, order, priority. */
function finish(text: string, format: InputFormat, raw: ReportMessage[], options: CheckOptions, honour: boolean): Report {
  let messages = raw
  if (honour) {
    const result = applyDirectives(text, format, messages)
    messages = [...result.messages, ...result.unknownRules]
    if (options.reportUnusedDirectives) messages = [...messages, ...result.unused.map((d) => unusedDirectiveMessage(text, d))]
  }
  messages = [...messages].sort(byPlace)
  return {priority: priorityOf(messages), messages}
}

export async function runJob(job: Job): Promise<JobResult> {
  if (job.op === 'reset') {
    await resetWorkspaceConfig()
    lastFull.clear()
    return null
  }
  if (job.op === 'forget') {
    lastFull.delete(job.uri)
    return null
  }
  const resolved = await resolveOptions(job.filePath, job.settings)
  const options: CheckOptions = {...resolved.options, format: job.format}
  await loadParser(job.format)
  if (job.op === 'fix') {
    const result = fix(job.text, options)
    return {text: result.text, applied: result.applied.length}
  }
  const preset = options.preset ?? 'writer'
  const honour = options.directives ?? presets[preset]?.honourDirectives ?? true
  const outcome = (report: Report, partial: boolean): CheckOutcome => ({
    report,
    preset,
    directives: honour,
    configPath: resolved.configPath,
    configError: resolved.configError,
    ...(partial ? {partial} : {})
  })
  // the processor is cached by options; project dictionaries by identity, which the config cache keeps
  const key = JSON.stringify([job.format, options.preset, options.rules, options.allow, options.region, options.reportUnusedDirectives, honour])
  const raw = {...options, directives: false}

  if (job.op === 'quick') {
    const previous = job.uri ? lastFull.get(job.uri) : undefined
    if (!previous || previous.key !== key) return null
    const region = changedRegion(previous.text, job.text, job.format)
    if (!region) return null
    let inRegion: ReportMessage[]
    try {
      inRegion = (await check(job.text.slice(region.start, region.end), raw)).messages
    } catch {
      return null // the paragraph does not parse alone: leave it to the full check
    }
    return outcome(finish(job.text, job.format, mergeRegion(previous.messages, region, inRegion), options, honour), true)
  }

  const report = await check(job.text, raw)
  if (job.uri) lastFull.set(job.uri, {key, text: job.text, messages: report.messages})
  return outcome(finish(job.text, job.format, report.messages, options, honour), false)
}
