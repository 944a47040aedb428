import {dictionaryRule, type RuleMeta} from '../src/engine/rule.js'

export const meta: RuleMeta = {
  id: 'suicide-language',
  description: 'Stigmatising or criminalising wording about suicide ("committed suicide", "successful suicide").',
  fixable: true
}

/** retext plugin: Stigmatising or criminalising wording about suicide ("committed suicide", "successful suicide"). */
const suicideLanguage = dictionaryRule(meta)
export default suicideLanguage
