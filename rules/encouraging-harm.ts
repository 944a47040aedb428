import {dictionaryRule, type RuleMeta} from '../src/engine/rule.js'

export const meta: RuleMeta = {
  id: 'encouraging-harm',
  description: 'Telling or coaching someone to harm themselves or restrict food.',
  fixable: false
}

/** retext plugin: Telling or coaching someone to harm themselves or restrict food. */
const encouragingHarm = dictionaryRule(meta, '"{actual}" encourages harm: remove it, and act on it if you moderate')
export default encouragingHarm
