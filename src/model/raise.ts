// How the trained scorer's level meets the rules' priority: it may raise a
// post, never lower it, and only a post that holds a message it may raise
// (model.yml `raise-with`), so a level always comes with words to look at.
import {PRIORITIES} from '../priority.js'
import type {Priority, Report, ReportMessage} from '../types.js'
import {modelSettings} from './settings.js'

export function withModelLevel(priority: Priority, messages: ReportMessage[], modelLevel: Priority | undefined): Report {
  const mayRaise = modelLevel !== undefined && messages.some((m) => modelSettings.raiseWith.includes(m.ruleId) && m.level !== undefined)
  if (mayRaise && PRIORITIES.indexOf(modelLevel) > PRIORITIES.indexOf(priority)) return {priority: modelLevel, priorityFrom: 'model', messages}
  return {priority, messages}
}

/** The higher of two levels the scorer gave (chunks of one post). */
export function higherLevel(a: Priority | undefined, b: Priority | undefined): Priority | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return PRIORITIES.indexOf(b) > PRIORITIES.indexOf(a) ? b : a
}
