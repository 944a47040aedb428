// Meeting a writer in crisis: when crisis-signal fires under the writer
// preset, the page shows its support text and the help lines of the chosen
// region (dictionaries/crisis-lines.yml), and counts nothing.
import {byId, el} from './dom.js'
import type {Preset, RegionInfo, Report} from './protocol.js'

export function writerNeedsSupport(report: Report, preset: Preset): boolean {
  return preset === 'writer' && report.messages.some((m) => m.ruleId === 'crisis-signal')
}

export function renderSupport(report: Report, preset: Preset, region: RegionInfo | undefined): boolean {
  const panel = byId('support')
  const needed = writerNeedsSupport(report, preset)
  panel.hidden = !needed
  if (!needed) return false
  byId('support-text').textContent = report.messages.find((m) => m.ruleId === 'crisis-signal')!.message
  byId('support-region').textContent = region?.name ?? ''
  byId('support-lines').replaceChildren(
    ...(region?.lines ?? []).map((line) => el('li', {}, el('strong', {}, line.name), `: ${line.contact}`))
  )
  return true
}
