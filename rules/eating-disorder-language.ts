import {dictionaryRule, type RuleMeta} from '../src/engine/rule.js'

export const meta: RuleMeta = {
  id: 'eating-disorder-language',
  description: 'Labels and framings that define people by an eating disorder or call it a choice.',
  fixable: true
}

/** retext plugin: Labels and framings that define people by an eating disorder or call it a choice. */
const eatingDisorderLanguage = dictionaryRule(meta)
export default eatingDisorderLanguage
