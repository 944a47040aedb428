// The texts a post-level rule writes, from its dictionary's `data:`.
import {compiled} from '../../src/generated/dictionaries.js'
import type {RuleOptions} from '../../src/engine/rule.js'
import type {RuleData} from './rule-data.js'
import {fillTemplate} from '../../src/engine/template.js'

export {fillTemplate}

/** The message for the audience (a rule's `messages`: `moderator` for moderators, else `writer`), filled in. */
export function messageFor(messages: {writer: string; moderator: string}, options: RuleOptions | undefined, values: Record<string, string>): string {
  return fillTemplate(options?.audience === 'moderator' ? messages.moderator : messages.writer, values)
}

/** The guidance behind the message (`note`) and its sources (`note-sources`), for `--why`. */
export function noteOf(data: RuleData): string {
  const sources = data.list('note-sources').map((id) => compiled.sources[id]).filter((s) => s !== undefined)
  return `${data.text('note')} Source: ${sources.map((s) => `${s.name} <${s.url}>`).join('; ')}`
}
