// Every rule safepost ships, each a retext plugin anyone can compose.
import type {Plugin} from 'unified'
import type {Root} from 'nlcst'
import type {RuleMeta, RuleOptions} from '../src/engine/rule.js'
import suicideLanguage, {meta as suicideLanguageMeta} from './suicide-language.js'
import selfHarmLanguage, {meta as selfHarmLanguageMeta} from './self-harm-language.js'
import eatingDisorderLanguage, {meta as eatingDisorderLanguageMeta} from './eating-disorder-language.js'
import mentalIllnessStigma, {meta as mentalIllnessStigmaMeta} from './mental-illness-stigma.js'
import methodDetail, {meta as methodDetailMeta} from './method-detail.js'
import eatingDisorderNumbers, {meta as eatingDisorderNumbersMeta} from './eating-disorder-numbers.js'
import sensationalizing, {meta as sensationalizingMeta} from './sensationalizing.js'
import trivializing, {meta as trivializingMeta} from './trivializing.js'
import crisisSignal, {meta as crisisSignalMeta} from './crisis-signal.js'
import encouragingHarm, {meta as encouragingHarmMeta} from './encouraging-harm.js'
import codedTerms, {meta as codedTermsMeta} from './coded-terms.js'
import contentWarning, {meta as contentWarningMeta} from './content-warning.js'
import helpResources, {meta as helpResourcesMeta} from './help-resources.js'

export {
  suicideLanguage,
  selfHarmLanguage,
  eatingDisorderLanguage,
  mentalIllnessStigma,
  methodDetail,
  eatingDisorderNumbers,
  sensationalizing,
  trivializing,
  crisisSignal,
  encouragingHarm,
  codedTerms,
  contentWarning,
  helpResources
}

export type RulePlugin = Plugin<[RuleOptions?], Root>

/** Rule id -> plugin and metadata, in the order the catalogue lists them. */
export const rules: Record<string, {plugin: RulePlugin; meta: RuleMeta}> = {
  'suicide-language': {plugin: suicideLanguage, meta: suicideLanguageMeta},
  'self-harm-language': {plugin: selfHarmLanguage, meta: selfHarmLanguageMeta},
  'eating-disorder-language': {plugin: eatingDisorderLanguage, meta: eatingDisorderLanguageMeta},
  'mental-illness-stigma': {plugin: mentalIllnessStigma, meta: mentalIllnessStigmaMeta},
  'method-detail': {plugin: methodDetail, meta: methodDetailMeta},
  'eating-disorder-numbers': {plugin: eatingDisorderNumbers, meta: eatingDisorderNumbersMeta},
  'sensationalizing': {plugin: sensationalizing, meta: sensationalizingMeta},
  'trivializing': {plugin: trivializing, meta: trivializingMeta},
  'crisis-signal': {plugin: crisisSignal, meta: crisisSignalMeta},
  'encouraging-harm': {plugin: encouragingHarm, meta: encouragingHarmMeta},
  'coded-terms': {plugin: codedTerms, meta: codedTermsMeta},
  'content-warning': {plugin: contentWarning as RulePlugin, meta: contentWarningMeta},
  'help-resources': {plugin: helpResources as RulePlugin, meta: helpResourcesMeta}
}
