import {dictionaryRule, type RuleMeta} from '../src/engine/rule.js'

export const meta: RuleMeta = {
  id: 'method-detail',
  description: 'Details of the method, means or place of suicide or self-harm.',
  fixable: false
}

/** retext plugin: Details of the method, means or place of suicide or self-harm. */
const methodDetail = dictionaryRule(meta, 'This gives method detail ("{actual}"): say what happened without how')
export default methodDetail
