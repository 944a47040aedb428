import {dictionaryRule, type RuleMeta} from '../src/engine/rule.js'

export const meta: RuleMeta = {
  id: 'trivializing',
  description: 'Hyperbole that makes light of suicide, self-harm, eating disorders or a diagnosis.',
  fixable: false
}

/** retext plugin: Hyperbole that makes light of suicide, self-harm, eating disorders or a diagnosis. */
const trivializing = dictionaryRule(meta, '"{actual}" makes light of something serious')
export default trivializing
