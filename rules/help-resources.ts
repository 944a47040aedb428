// help-resources: a post that discusses suicide or self-harm and gives no
// route to help (a crisis line, its number or a help link). One message per
// post, at its first word, with a fix that appends the crisis lines of the
// configured region (`region` option; default: an international directory)
// at the end of the post, in its format. Eating-disorder-only posts are not
// checked. How a post is read is in rules/post/; cues and texts are in
// dictionaries/help-resources.yml, lines in dictionaries/crisis-lines.yml.
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {metaOf, registerRule, type RuleMeta, type RuleOptions} from '../src/engine/rule.js'
import {crisisLines, regionFor} from '../src/engine/crisis-lines.js'
import {dwellsOn, MIN_WORDS, topicsOf} from './post/dwell.js'
import {fillTemplate, messageFor, noteOf} from './post/message.js'
import {decideOnPost} from './post/post-rule.js'
import {ruleData, ruleMessages} from './post/rule-data.js'
import {listTopics, type Topic} from './post/topics.js'
import {writerInCrisis} from './post/writer-in-crisis.js'

export {crisisLines, regionFor}

export const meta: RuleMeta = metaOf('help-resources')

export interface HelpResourcesOptions extends RuleOptions {
  /** Whose crisis lines the fix suggests: `US`, `UK`, `IE`, `CA`, `AU`, `NZ`, `IN`, `DE`, `FR`, `ES`; default an international directory. */
  region?: string
}

/** The topics this rule is about: guidance asks for help information in every piece about suicide; self-harm guidance likewise. */
const HELP_TOPICS: readonly Topic[] = ['suicide', 'self-harm']

const data = ruleData(meta.id)
const messages = ruleMessages(meta.id, ['writer', 'moderator', 'where-directory', 'where-region'])
const note = noteOf(data)

/** retext plugin: a post that discusses suicide or self-harm with no route to help. */
export default function helpResources(this: Processor, options?: HelpResourcesOptions) {
  const getAnalysis = registerRule(this, meta.id)
  const {code, region} = regionFor(options?.region)
  const where = code === crisisLines.default ? messages['where-directory'] : fillTemplate(messages['where-region'], {region: region.name})
  return (tree: Root, file: VFile) => {
    decideOnPost(file, getAnalysis(tree, file), options, (post) => {
      if (post.words < MIN_WORDS) return undefined
      // a warning that names the topic (not "in passing") says the post is about it
      const warned = post.warning && !post.warning.passing ? HELP_TOPICS.filter((t) => post.warning!.topics.has(t)) : []
      if (warned.length === 0 && !dwellsOn(post, HELP_TOPICS)) return undefined
      if (post.routeToHelp || writerInCrisis(post.crisis, options)) return undefined
      const topics = [...new Set([...topicsOf(post, HELP_TOPICS), ...warned])].sort((a, b) => HELP_TOPICS.indexOf(a) - HELP_TOPICS.indexOf(b))
      return {
        rule: meta.id,
        reason: messageFor(messages, options, {about: listTopics(topics.length ? topics : ['suicide']), where}),
        expected: region.suggest,
        note,
        fix: post.appendAtEnd(region.suggest)
      }
    })
  }
}
