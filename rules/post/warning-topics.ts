// Which topics a content warning names: in a warning line of the post (its
// topic words and short tags such as "sh"), or in free text (a front-matter
// value, a spoiler line). Word lists in dictionaries/content-warning.yml.
import type {Sentence} from '../../src/engine/analyse.js'
import {ruleData} from './rule-data.js'
import {contentWarningClass, TOPIC_WORDS, TOPICS, type Topic} from './topics.js'
import {anyOf} from './word-regexp.js'

const data = ruleData('content-warning')
const WARNING_TOPIC = contentWarningClass('warning-topic')
const WARNING_PASSING = contentWarningClass('warning-passing')

/** Short topic tag -> the topic it names. */
const TAG_TOPICS = new Map<string, Topic>()
const tagTopics = data.lists('tag-topics', TOPICS)
for (const topic of TOPICS) for (const tag of tagTopics[topic]) TAG_TOPICS.set(tag, topic)

/** Topic -> a regular expression that finds it named in lower-case free text. */
const stems = data.lists('text-topic-stems', TOPICS)
const words = data.lists('text-topic-words', TOPICS)
const NAMED_IN_TEXT = TOPICS.map((topic): [Topic, RegExp] => [topic, new RegExp(`${anyOf(stems[topic], '[\\s_-]?')}|\\b${anyOf(words[topic])}\\b`)])

/** The topics lower-case free text names: "sh, ed" -> self-harm and eating. */
export function topicsNamedIn(text: string): Set<Topic> {
  return new Set(NAMED_IN_TEXT.filter(([, re]) => re.test(text)).map(([topic]) => topic))
}

/** The topics named by the words of `sentence` that start in the raw range [start, end), and whether they say the topic is only mentioned. */
export function topicsOfWarningLine(sentence: Sentence, start: number, end: number): {topics: Set<Topic>; passing: boolean} {
  const topics = new Set<Topic>()
  let passing = false
  for (const [name, ranges] of sentence.classes) {
    for (const [s, e] of ranges) {
      const w = sentence.words[s]!
      if (w.start < start || w.start >= end) continue
      if (name === WARNING_PASSING) passing = true
      for (const topic of TOPICS) if (TOPIC_WORDS[topic].includes(name)) topics.add(topic)
      if (name === WARNING_TOPIC) {
        const tag = sentence.words.slice(s, e).map((x) => x.norm).join(' ').replace(/-/g, ' ')
        const topic = TAG_TOPICS.get(tag) ?? TAG_TOPICS.get(tag.replace(/\s+/g, ''))
        if (topic) topics.add(topic)
      }
    }
  }
  return {topics, passing}
}
