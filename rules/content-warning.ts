// content-warning: a post that dwells on suicide, self-harm or an eating
// disorder and does not open with a content warning. One message per post,
// at its first word, with a fix that inserts "CW: <topics>" at the top in the
// post's own format. How a post is read is in rules/post/; the words it reads
// and the texts it writes are in dictionaries/content-warning.yml.
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {metaOf, registerRule, type RuleMeta, type RuleOptions} from '../src/engine/rule.js'
import {dwellsOn, topicsOf} from './post/dwell.js'
import {fillTemplate, messageFor, noteOf} from './post/message.js'
import {decideOnPost} from './post/post-rule.js'
import {ruleData, ruleMessages} from './post/rule-data.js'
import {listTopics, topicName, TOPICS} from './post/topics.js'
import {writerInCrisis} from './post/writer-in-crisis.js'

export const meta: RuleMeta = metaOf('content-warning')

export type ContentWarningOptions = RuleOptions

const data = ruleData(meta.id)
const messages = ruleMessages(meta.id, ['writer', 'moderator'])
const note = noteOf(data)

/** retext plugin: a post that dwells on suicide, self-harm or an eating disorder and opens with no content warning. */
export default function contentWarning(this: Processor, options?: ContentWarningOptions) {
  const getAnalysis = registerRule(this, meta.id)
  return (tree: Root, file: VFile) => {
    decideOnPost(file, getAnalysis(tree, file), options, (post) => {
      if (!dwellsOn(post, TOPICS) || post.warning || writerInCrisis(post.crisis, options)) return undefined
      const topics = topicsOf(post)
      if (topics.length === 0) return undefined
      const line = fillTemplate(data.text('warning-line'), {topics: topics.map(topicName).join(', ')})
      return {
        rule: meta.id,
        reason: messageFor(messages, options, {about: listTopics(topics), line}),
        expected: line,
        note,
        fix: post.insertAtTop(line)
      }
    })
  }
}
