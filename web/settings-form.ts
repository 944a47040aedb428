// The settings form: its controls, filled from and saved to the settings.
import {byId, el} from './dom.js'
import type {DraftFormat, Preset, RegionInfo} from './protocol.js'
import {loadSettings, storeSettings, defaultSettings, type Settings} from './settings.js'

export class SettingsForm {
  private format = byId<HTMLSelectElement>('setting-format')
  private preset = byId<HTMLSelectElement>('setting-preset')
  private region = byId<HTMLSelectElement>('setting-region')
  private remember = byId<HTMLInputElement>('setting-remember')
  private regions: RegionInfo[] = []

  constructor(onChange: () => void) {
    const saved = loadSettings()
    this.remember.checked = saved !== undefined
    this.show(saved ?? defaultSettings)
    for (const control of [this.format, this.preset, this.region, this.remember]) {
      control.addEventListener('change', () => {
        storeSettings(this.value(), this.remember.checked)
        onChange()
      })
    }
  }

  /** Fill the region list once the checker has read crisis-lines.yml. */
  setRegions(regions: RegionInfo[], defaultRegion: string): void {
    this.regions = regions
    const wanted = this.region.dataset['wanted'] || defaultRegion
    this.region.replaceChildren(...regions.map((r) => el('option', {value: r.code}, r.name)))
    this.region.value = regions.some((r) => r.code === wanted) ? wanted : defaultRegion
  }

  value(): Settings {
    return {format: this.format.value as DraftFormat, preset: this.preset.value as Preset, region: this.region.value}
  }

  regionInfo(): RegionInfo | undefined {
    return this.regions.find((r) => r.code === this.region.value)
  }

  private show(settings: Settings): void {
    this.format.value = settings.format
    this.preset.value = settings.preset
    // the region list arrives with the checker; remember which one to pick
    this.region.dataset['wanted'] = settings.region
  }
}
