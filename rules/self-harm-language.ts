import {dictionaryRule, type RuleMeta} from '../src/engine/rule.js'

export const meta: RuleMeta = {
  id: 'self-harm-language',
  description: 'Stigmatising wording about self-harm ("cutter", "attention-seeking", "self-mutilation").',
  fixable: true
}

/** retext plugin: Stigmatising wording about self-harm ("cutter", "attention-seeking", "self-mutilation"). */
const selfHarmLanguage = dictionaryRule(meta)
export default selfHarmLanguage
