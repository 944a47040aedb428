// The writer's settings: kept in localStorage only when they tick "remember
// my settings", and then only these three values, never the draft.
import type {DraftFormat, Preset} from './protocol.js'

export interface Settings {
  format: DraftFormat
  preset: Preset
  region: string
}

const KEY = 'safepost.settings'
export const defaultSettings: Settings = {format: 'tweet', preset: 'writer', region: ''}

const formats: readonly DraftFormat[] = ['tweet', 'text', 'markdown']
const presets: readonly Preset[] = ['writer', 'moderator']

/** The remembered settings, or undefined when none were remembered (or storage is unavailable). */
export function loadSettings(): Settings | undefined {
  try {
    const raw = localStorage.getItem(KEY)
    if (!raw) return undefined
    const value = JSON.parse(raw) as Partial<Settings>
    return {
      format: formats.includes(value.format as DraftFormat) ? (value.format as DraftFormat) : defaultSettings.format,
      preset: presets.includes(value.preset as Preset) ? (value.preset as Preset) : defaultSettings.preset,
      region: typeof value.region === 'string' ? value.region : defaultSettings.region
    }
  } catch {
    return undefined
  }
}

/** Remember the settings, or forget them when `remember` is off. */
export function storeSettings(settings: Settings, remember: boolean): void {
  try {
    if (remember) localStorage.setItem(KEY, JSON.stringify({format: settings.format, preset: settings.preset, region: settings.region}))
    else localStorage.removeItem(KEY)
  } catch {
    // storage switched off (private windows, some file:// setups): settings last for this visit
  }
}
