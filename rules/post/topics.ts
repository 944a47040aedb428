// The topics the post-level rules weigh, the dictionary classes whose words
// name each, and how each is named in a message (dictionaries/content-warning.yml).
import {ruleData} from './rule-data.js'

export type Topic = 'suicide' | 'self-harm' | 'eating'
export const TOPICS: readonly Topic[] = ['suicide', 'self-harm', 'eating']

/** A class of dictionaries/content-warning.yml, by its name there. */
export const contentWarningClass = (name: string): string => `content-warning/${name}`

/** Topic -> the classes whose words are clear words for it. */
export const TOPIC_WORDS: Record<Topic, string[]> = {
  suicide: ['suicide', contentWarningClass('suicide-extra'), contentWarningClass('suicide-tag')],
  'self-harm': ['self-harm', contentWarningClass('self-harm-extra'), contentWarningClass('self-harm-tag')],
  eating: ['eating', contentWarningClass('eating-extra'), contentWarningClass('eating-tag')]
}

/** Classes whose words make a warning's topic ("TW: death", "Warning: mental health"), whether or not the rules weigh it. */
export const WARNING_TOPIC_CLASSES = [
  'suicide',
  'self-harm',
  'eating',
  'death',
  'mental-health',
  contentWarningClass('suicide-extra'),
  contentWarningClass('self-harm-extra'),
  contentWarningClass('eating-extra')
]

const names = ruleData('content-warning').texts('topic-names', TOPICS)

/** How a topic is named in a warning line or a message: "eating disorders". */
export function topicName(topic: Topic): string {
  return names[topic]
}

/** "suicide", "suicide and self-harm", "suicide, self-harm and eating disorders". */
export function listTopics(topics: readonly Topic[]): string {
  const list = topics.map(topicName)
  if (list.length <= 1) return list[0] ?? ''
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`
}
