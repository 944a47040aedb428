import retextEnglish from 'retext-english'
import type {AnyProcessor} from './registry.js'

/** Plain text: paragraphs, sentences and words by retext-english. */
export function useTextParser(processor: AnyProcessor): AnyProcessor {
  return processor.use(retextEnglish)
}
