import {dictionaryRule, type RuleMeta} from '../src/engine/rule.js'

export const meta: RuleMeta = {
  id: 'crisis-signal',
  description: 'First-person statements of wanting to die, intent, plan, preparation or farewell.',
  fixable: false
}

// Never a correction: a writer in crisis gets a pointer to support, a
// moderator gets what was seen and what to do (guidelines, section 10).
export const WRITER_MESSAGE =
  'It sounds like you might be going through a lot. If you are thinking about suicide, you can talk to someone now: call or text a crisis line (988 in the US, Samaritans 116 123 in the UK and Ireland) or find one at findahelpline.com.'

/** retext plugin: first-person statements of wanting to die, intent, plan, preparation or farewell. */
const crisisSignal = dictionaryRule(meta, 'Possible crisis signal: "{actual}". Review now and share crisis resources', (message, options) =>
  options?.audience === 'moderator' ? message : WRITER_MESSAGE
)
export default crisisSignal
