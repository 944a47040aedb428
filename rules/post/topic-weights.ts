// How strongly each sentence of a post speaks of each topic: 1 for a clear
// topic word, 0.5 for a weak one (dictionaries/content-warning.yml
// `weak-topic`) or a denied one, 0 for none. Words in the warning line,
// other senses (`not-topic`, `technical-sense` in technical writing), idioms
// and hyperbole count nothing.
import type {Analysis, Sentence} from '../../src/engine/analyse.js'
import {inTechnicalRegister} from '../../src/engine/context.js'
import {acceptedHits} from '../../src/engine/rule.js'
import {contentWarningClass, TOPIC_WORDS, TOPICS, type Topic} from './topics.js'
import type {PostWarning} from './warning.js'

const WEAK = contentWarningClass('weak-topic')
const NOT_TOPIC = contentWarningClass('not-topic')
const TECHNICAL_SENSE = contentWarningClass('technical-sense')
const TOPIC_CLASSES = TOPICS.flatMap((topic) => TOPIC_WORDS[topic])

/** Per sentence, per topic, the weight of its strongest topic word. */
export function topicWeights(analysis: Analysis, sentences: Sentence[], warning: PostWarning | undefined): Array<Map<Topic, number>> {
  const hyperbole = hyperboleRanges(analysis)
  return sentences.map((sentence) => {
    const weights = new Map<Topic, number>()
    // most sentences of most posts name no topic: skip reading their classes
    if (!analysis.mayHave(sentence, TOPIC_CLASSES)) return weights
    const overlapsClass = (name: string, s: number, e: number) => (sentence.classes.get(name) ?? []).some(([a, b]) => a < e && b > s)
    for (const topic of TOPICS) {
      for (const [s, e] of TOPIC_WORDS[topic].flatMap((c) => sentence.classes.get(c) ?? [])) {
        const word = sentence.words[s]!
        if (warning && word.start >= warning.start && word.start < warning.end) continue
        if (overlapsClass(NOT_TOPIC, s, e) || overlapsClass('idiom', s, e)) continue
        // "sh", "KMS", a "restricted" shell: software, in a sentence of technical writing
        if (overlapsClass(TECHNICAL_SENSE, s, e) && inTechnicalRegister(sentence)) continue
        if (hyperbole.some(([a, b]) => word.start < b && sentence.words[e - 1]!.end > a)) continue
        // "I'm not suicidal", "never self-harmed": a denial names the topic without being about it
        const negated = (sentence.classes.get('negation') ?? []).some(([, b]) => b <= s && b >= s - 2)
        const weight = overlapsClass(WEAK, s, e) || negated ? 0.5 : 1
        if (weight > (weights.get(topic) ?? 0)) weights.set(topic, weight)
      }
    }
    return weights
  })
}

/** Hyperbole about a topic ("this exam makes me want to kill myself") is not writing about it. */
function hyperboleRanges(analysis: Analysis): Array<[number, number]> {
  return acceptedHits(analysis, 'trivializing', undefined).map((hit) => [hit.sentence.words[hit.start]!.start, hit.sentence.words[hit.end - 1]!.end])
}
