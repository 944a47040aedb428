// The one pass over a post: sentences -> tokens -> hits of every enabled
// rule's patterns and of the word classes the context gates read. Rules run
// after it and only read what it found.
import type {Root as NlcstRoot} from 'nlcst'
import type {CompiledEntry, Form} from './compiled.js'
import type {PhraseIndex} from './phrase-index.js'
import {rejoinSentences, type NlcstNode} from './rejoin-sentences.js'
import {keysOf, markQuoted, tokenizeRange, wholeQuotation, type Token} from './tokenize.js'

export interface Sentence {
  index: number
  paragraph: number
  /** All tokens, emoji included. */
  tokens: Token[]
  /** The tokens patterns walk: everything but emoji. */
  words: Token[]
  /** Every key of every token: what the sentence can possibly match (see `mayHave`). */
  readonly keys: ReadonlySet<string>
  start: number
  end: number
  /** Word-class hits: class name -> [start, end) ranges in `words`. */
  readonly classes: Map<string, Array<[number, number]>>
}

/** A sentence whose keys and word classes are worked out when first read: most sentences of most posts never need them. */
class LazySentence implements Sentence {
  words: Token[]
  #keys: ReadonlySet<string> | undefined
  #classes: Sentence['classes'] | undefined

  constructor(
    readonly index: number,
    readonly paragraph: number,
    readonly tokens: Token[],
    readonly start: number,
    readonly end: number,
    private readonly phrases: PhraseIndex
  ) {
    this.words = tokens
  }

  get keys(): ReadonlySet<string> {
    return (this.#keys ??= keysOf(this.tokens))
  }

  get classes(): Sentence['classes'] {
    return (this.#classes ??= classHits(this, this.phrases))
  }
}

export interface EntryHit {
  rule: string
  entry: CompiledEntry
  sentence: Sentence
  start: number
  end: number
  form: Form | undefined
}

export interface Analysis {
  text: string
  sentences: Sentence[]
  /** Rule id -> its raw hits, in document order. */
  hits: Map<string, EntryHit[]>
  index: PhraseIndex
  /** How many sentences contain each class (for post-level rules). */
  sentencesWith(name: string): number
  /**
   * False when the sentence cannot hold a hit of any of these classes (none
   * of its words can start one), so a caller can skip reading its classes.
   * The answer's groundwork is kept per list: pass the same list each time.
   */
  mayHave(sentence: Sentence, classNames: readonly string[]): boolean
}

export interface AnalyseOptions {
  /** Read a post that is one quotation as the writer's own words (the moderator's reading). */
  wholeQuotationIsOwnWords?: boolean
}

export function analyse(tree: NlcstRoot, text: string, index: PhraseIndex, options: AnalyseOptions = {}): Analysis {
  const sentences: Sentence[] = []
  let paragraph = 0
  const visit = (node: NlcstNode) => {
    if (node.type === 'SentenceNode') {
      sentences.push(readSentence(node, text, index, sentences.length, paragraph))
      return
    }
    if (node.type === 'ParagraphNode') {
      const first = sentences.length
      for (const child of rejoinSentences(node, text)) visit(child)
      // quotes pair across the sentences of one paragraph
      const tokens = sentences.slice(first).flatMap((s) => s.tokens)
      markQuoted(tokens, options.wholeQuotationIsOwnWords ? wholeQuotation(tokens, text) : undefined)
      paragraph++
      return
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit(tree as unknown as NlcstNode)

  const hits = new Map<string, EntryHit[]>()
  for (const rule of index.rules) hits.set(rule, [])
  for (const sentence of sentences) {
    if (sentence.tokens.some((t) => t.kind === 'emoji')) sentence.words = sentence.tokens.filter((t) => t.kind !== 'emoji')
    for (const hit of index.scan(sentence.words, 'entries', () => sentence.keys)) {
      if (hit.owner.kind !== 'entry') continue
      const {entry, rule} = hit.owner
      hits.get(rule)!.push({rule, entry, sentence, ...index.focus(entry, sentence.words, hit.start, hit.end, hit.form)})
    }
  }

  const counts = new Map<string, number>()
  return {
    text,
    sentences,
    hits,
    index,
    mayHave(sentence, classNames) {
      const starts = index.classStarts(classNames)
      const keys = sentence.keys
      if (keys.size <= starts.size) {
        for (const k of keys) if (starts.has(k)) return true
      } else {
        for (const k of starts) if (keys.has(k)) return true
      }
      return false
    },
    sentencesWith(name) {
      let n = counts.get(name)
      if (n === undefined) {
        n = sentences.filter((s) => s.classes.has(name)).length
        counts.set(name, n)
      }
      return n
    }
  }
}

/** Class name -> [start, end) ranges in the sentence's words. */
function classHits(sentence: Sentence, index: PhraseIndex): Sentence['classes'] {
  const classes: Sentence['classes'] = new Map()
  const add = (name: string, range: [number, number]) => {
    const list = classes.get(name)
    if (list) list.push(range)
    else classes.set(name, [range])
  }
  for (const hit of index.scan(sentence.words, 'classes', () => sentence.keys)) {
    if (hit.owner.kind === 'class') add(hit.owner.name, [hit.start, hit.end])
  }
  // Emoji never break a match, so patterns walk the words without them; but
  // classes such as <joke-cue> list emoji, so each emoji is read on its own
  // and its class hits placed, empty, where it stands among the words.
  let position = 0
  for (const token of sentence.tokens) {
    if (token.kind !== 'emoji') {
      position++
      continue
    }
    for (const hit of index.scan([token], 'classes')) {
      if (hit.owner.kind === 'class') add(hit.owner.name, [position, position])
    }
  }
  return classes
}

function readSentence(node: NlcstNode, text: string, index: PhraseIndex, at: number, paragraph: number): Sentence {
  const tokens: Token[] = []
  let from = -1
  let to = -1
  const flush = () => {
    if (from >= 0) tokenizeRange(text, from, to, tokens, index.unmask)
    from = -1
  }
  const leaf = (n: NlcstNode) => {
    const start = n.position?.start.offset
    const end = n.position?.end.offset
    if (start === undefined || end === undefined) return
    if (n.type === 'SourceNode') {
      flush()
      tokens.push({kind: 'code', text: text.slice(start, end), norm: '', keys: [], start, end, literal: true})
      return
    }
    if (from >= 0 && start === to) {
      to = end
      return
    }
    flush()
    from = start
    to = end
  }
  const walk = (n: NlcstNode) => {
    if (n.children) for (const c of n.children) walk(c)
    else leaf(n)
  }
  walk(node)
  flush()
  const start = node.position?.start.offset ?? tokens[0]?.start ?? 0
  const end = node.position?.end.offset ?? tokens.at(-1)?.end ?? start
  return new LazySentence(at, paragraph, tokens, start, end, index)
}
