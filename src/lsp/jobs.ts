// The work the server hands off: check a document, fix a document, forget the
// config files read so far. Run in a worker thread (worker.ts) so a long
// document never blocks the server, or in process where workers are not wanted.
import {check, fix} from '../core.js'
import {loadParser} from '../parse/registry.js'
import {presets} from '../../rules/presets.js'
import type {InputFormat, PresetName, Report} from '../types.js'
import {resetWorkspaceConfig, resolveOptions, type ClientSettings} from './workspace-config.js'

export interface DocumentJob {
  text: string
  format: InputFormat
  /** The document's path on disk, for config discovery (none for unsaved documents). */
  filePath?: string | undefined
  settings: ClientSettings
}

export type Job = ({op: 'check'} & DocumentJob) | ({op: 'fix'} & DocumentJob) | {op: 'reset'}

export interface CheckOutcome {
  report: Report
  preset: PresetName
  /** Whether inline directives are obeyed (so whether "disable" actions make sense). */
  directives: boolean
  configPath?: string | undefined
  configError?: string | undefined
}

export interface FixOutcome {
  text: string
  applied: number
}

export type JobResult = CheckOutcome | FixOutcome | null

export async function runJob(job: Job): Promise<JobResult> {
  if (job.op === 'reset') {
    await resetWorkspaceConfig()
    return null
  }
  const resolved = await resolveOptions(job.filePath, job.settings)
  const options = {...resolved.options, format: job.format}
  await loadParser(job.format)
  if (job.op === 'fix') {
    const result = fix(job.text, options)
    return {text: result.text, applied: result.applied.length}
  }
  const report = await check(job.text, options)
  const preset = options.preset ?? 'writer'
  return {
    report,
    preset,
    directives: options.directives ?? presets[preset]?.honourDirectives ?? true,
    configPath: resolved.configPath,
    configError: resolved.configError
  }
}
