// Each preset of the table (preset-table.ts) with its rules' settings, from
// the rules' headers.
import {compiled} from '../src/generated/dictionaries.js'
import type {CompiledData} from '../src/engine/compiled.js'
import type {RuleSetting} from '../src/types.js'
import {presetNames, presetTable, type PresetName, type PresetRow} from './preset-table.js'

export {presetNames, presetTable, type PresetName, type PresetRow}

export interface Preset extends PresetRow {
  /** Rule id -> off or a severity. Rules not listed are off. */
  rules: Record<string, RuleSetting>
}

/** Every preset of the table, its rules' settings taken from the rules' headers in `data`. */
export function presetsFrom(data: CompiledData): Record<PresetName, Preset> {
  const build = (row: PresetRow): Preset => ({
    ...row,
    rules: Object.fromEntries(Object.entries(data.rules).map(([id, rule]) => [id, rule.meta?.severity?.[row.audience] ?? row.severity]))
  })
  return Object.fromEntries(presetNames.map((name) => [name, build(presetTable[name])])) as Record<PresetName, Preset>
}

export const presets = presetsFrom(compiled)
