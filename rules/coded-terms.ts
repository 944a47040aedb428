import {dictionaryRule, type RuleMeta} from '../src/engine/rule.js'

export const meta: RuleMeta = {
  id: 'coded-terms',
  description: 'Algospeak, masked spellings and coded hashtags for suicide, self-harm and eating disorders.',
  fixable: true
}

/** retext plugin: Algospeak, masked spellings and coded hashtags for suicide, self-harm and eating disorders. */
const codedTerms = dictionaryRule(meta, '"{actual}" is a coded term')
export default codedTerms
