// Each rule plugin registers itself on the processor it is attached to; the
// first rule transformer to run on a file makes the one analysis pass for all
// of them, over one index shared by every processor with the same rules.
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {compiled} from '../generated/dictionaries.js'
import {readerViewFor} from '../parse/registry.js'
import type {InputFormat} from '../types.js'
import {analyse, type Analysis} from './analyse.js'
import {analyseReaderView} from './reader-analysis.js'
import type {CompiledData} from './compiled.js'
import {mergeDictionaries} from './merge.js'
import {createPhraseIndex, type PhraseIndex} from './phrase-index.js'

declare module 'unified' {
  interface Data {
    /** Rule ids this processor analyses: each rule plugin adds itself and the rules it reads. */
    safepostRules?: string[]
    /** A project's own compiled dictionaries, set before the rules attach. */
    safepostDictionaries?: readonly CompiledData[]
    /** The dictionaries the rules read instead of the built-in ones (a folder compiled by src/compile). */
    safepostBase?: CompiledData
    /** Who reads the messages, as the rules were given it: it changes how a post is read. */
    safepostAudience?: 'writer' | 'moderator'
    /** The input format the parser reads (src/parse/registry.ts). */
    safepostFormat?: InputFormat
  }
}

const indexes = new Map<string, PhraseIndex>()
const dataIds = new WeakMap<object, number>()
let nextDataId = 1
const idOf = (data: object): number => dataIds.get(data) ?? (dataIds.set(data, nextDataId), nextDataId++)

/** One index per set of rules (and of dictionaries), built once and shared by every processor that has them. */
function indexFor(rules: string[], extras: readonly CompiledData[] | undefined, base: CompiledData): PhraseIndex {
  const ruleKey = [...new Set(rules)].sort().join(',')
  const extraKey = (extras?.length ? '+' + idOf(extras) : '') + (base === compiled ? '' : '@' + idOf(base))
  let index = indexes.get(ruleKey + extraKey)
  if (!index) {
    const data = extras?.length ? mergeDictionaries(base, extras) : base
    indexes.set(ruleKey + extraKey, (index = createPhraseIndex(data, ruleKey.split(','))))
  }
  return index
}

/**
 * Register a rule on the processor it is attached to; returns the getter for
 * the file's analysis. The rules it reads (its header's `needs`) are analysed
 * with it whether or not they report: switching a rule off mutes it, and
 * changes nothing another rule sees.
 */
export function registerRule(processor: Processor, id: string, audience?: 'writer' | 'moderator'): (tree: Root, file: VFile) => Analysis {
  const ns = processor.data()
  const base = ns.safepostBase ?? compiled
  ns.safepostRules = [...(ns.safepostRules ?? []), id, ...(base.rules[id]?.meta?.needs ?? [])]
  if (audience) ns.safepostAudience = audience
  return (tree, file) => {
    const data = file.data as {safepostAnalysis?: Analysis}
    if (!data.safepostAnalysis || data.safepostAnalysis.text !== String(file.value)) {
      const text = String(file.value)
      const index = indexFor(ns.safepostRules ?? [id], ns.safepostDictionaries, base)
      const moderator = ns.safepostAudience === 'moderator'
      // a moderator reads what a reader sees of markup, and what hides in it
      // (the Markdown and MDX parsers keep it as they parse: keep-reader-view.ts)
      const view = moderator ? (file.data.safepostReaderView ?? readerViewFor(ns.safepostFormat)?.(text)) : undefined
      const options = {wholeQuotationIsOwnWords: moderator}
      data.safepostAnalysis = view ? analyseReaderView(view, text, index, options) : analyse(tree, text, index, options)
    }
    return data.safepostAnalysis
  }
}

