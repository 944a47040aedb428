// Every rule safepost ships, each a retext plugin anyone can compose.
import type {Plugin} from 'unified'
import type {Root} from 'nlcst'
import type {RuleMeta, RuleOptions} from '../src/engine/rule.js'
import suicideLanguage, {meta as suicideLanguageMeta} from './suicide-language.js'
import selfHarmLanguage, {meta as selfHarmLanguageMeta} from './self-harm-language.js'
import eatingDisorderLanguage, {meta as eatingDisorderLanguageMeta} from './eating-disorder-language.js'
import mentalIllnessStigma, {meta as mentalIllnessStigmaMeta} from './mental-illness-stigma.js'

export {suicideLanguage, selfHarmLanguage, eatingDisorderLanguage, mentalIllnessStigma}

export type RulePlugin = Plugin<[RuleOptions?], Root>

/** Rule id -> plugin and metadata, in the order the catalogue lists them. */
export const rules: Record<string, {plugin: RulePlugin; meta: RuleMeta}> = {
  'suicide-language': {plugin: suicideLanguage, meta: suicideLanguageMeta},
  'self-harm-language': {plugin: selfHarmLanguage, meta: selfHarmLanguageMeta},
  'eating-disorder-language': {plugin: eatingDisorderLanguage, meta: eatingDisorderLanguageMeta},
  'mental-illness-stigma': {plugin: mentalIllnessStigma, meta: mentalIllnessStigmaMeta}
}
