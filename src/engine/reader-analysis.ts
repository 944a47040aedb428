// The analysis of a reader's view (src/parse/reader-view.ts): the rendered
// text is split into sentences and words as plain text, then every token and
// sentence is given back the span of the source it came from, so rules and
// messages work on the file as written.
import type {Root as NlcstRoot} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {ReaderView} from '../parse/reader-view.js'
import {analyse, type Analysis, type AnalyseOptions, type Sentence} from './analyse.js'
import type {PhraseIndex} from './phrase-index.js'

export function analyseReaderView(view: ReaderView, source: string, index: PhraseIndex, options: AnalyseOptions = {}): Analysis {
  const tree = new ParseEnglish().parse(view.text) as unknown as NlcstRoot
  const analysis = analyse(tree, view.text, index, options)
  const startOf = (i: number) => view.starts[i] ?? source.length
  const endOf = (i: number) => view.ends[i] ?? source.length
  for (const sentence of analysis.sentences) {
    for (const token of sentence.tokens) {
      const {start, end} = token
      token.start = startOf(start)
      token.end = end > start ? endOf(end - 1) : token.start
    }
    const spans = sentence as {start: number; end: number} & Sentence
    const {start, end} = spans
    spans.start = startOf(start)
    spans.end = end > start ? endOf(end - 1) : spans.start
  }
  return {...analysis, text: source}
}
