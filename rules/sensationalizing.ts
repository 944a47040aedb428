import {dictionaryRule, type RuleMeta} from '../src/engine/rule.js'

export const meta: RuleMeta = {
  id: 'sensationalizing',
  description: 'Framings that glamorise, simplify or sensationalise suicide or self-harm.',
  fixable: true
}

/** retext plugin: Framings that glamorise, simplify or sensationalise suicide or self-harm. */
const sensationalizing = dictionaryRule(meta, '"{actual}" sensationalises suicide or self-harm')
export default sensationalizing
