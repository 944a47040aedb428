import {dictionaryRule, type RuleMeta} from '../src/engine/rule.js'

export const meta: RuleMeta = {
  id: 'mental-illness-stigma',
  description: 'Stigmatising wording about mental illness ("the mentally ill", "psycho", "suffering from").',
  fixable: true
}

/** retext plugin: Stigmatising wording about mental illness ("the mentally ill", "psycho", "suffering from"). */
const mentalIllnessStigma = dictionaryRule(meta)
export default mentalIllnessStigma
