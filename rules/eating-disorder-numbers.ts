import {dictionaryRule, type RuleMeta} from '../src/engine/rule.js'

export const meta: RuleMeta = {
  id: 'eating-disorder-numbers',
  description: 'Weights, calorie counts, BMI values, sizes and fasting times in an eating-disorder context.',
  fixable: false
}

/** retext plugin: Weights, calorie counts, BMI values, sizes and fasting times in an eating-disorder context. */
const eatingDisorderNumbers = dictionaryRule(meta, 'Leave out the number ("{actual}"): numbers invite comparison')
export default eatingDisorderNumbers
