// The page: start the checker, then wire the settings, the draft tab and the
// moderator tab to it.
import {Checker} from './checker.js'
import {byId} from './dom.js'
import {DraftView} from './draft-view.js'
import {ModeratorView} from './moderator-view.js'
import {SettingsForm} from './settings-form.js'
import {setUpTabs} from './tabs.js'

const checker = new Checker()
let draft: DraftView | undefined
const settings = new SettingsForm(() => draft?.check())
draft = new DraftView(checker, settings)
new ModeratorView(checker, () => settings.value().region)
setUpTabs(byId('tab-draft').parentElement!)

checker.ready.then(
  ({regions, defaultRegion}) => {
    settings.setRegions(regions, defaultRegion)
    draft!.check()
  },
  (error: Error) => {
    byId('status').textContent = `The checker could not start in this browser: ${error.message}`
  }
)
