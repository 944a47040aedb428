// The model the checks use: the shipped one, or one a caller put in its place
// (`npm run eval` scores each held-out hand with a model trained without it).
import {compiled} from '../generated/dictionaries.js'
import {trained} from '../generated/model.js'
import {createPhraseIndex, type PhraseIndex} from '../engine/phrase-index.js'
import {modelSettings} from './settings.js'
import {loadModel, type Model, type TrainedData} from './trained.js'

let current: Model | null | undefined
let classIndex: PhraseIndex | undefined
let gateIndex: PhraseIndex | undefined

/** The model in use, or null when it is switched off. */
export function activeModel(): Model | null {
  if (current === undefined) current = loadModel(trained)
  return current
}

/** Use another trained model (or none, for the rules alone) in every later check. */
export function useModel(data: TrainedData | null): void {
  current = data ? loadModel(data) : null
}

/** A scan over the cue classes alone (model.yml `cue-classes`): whether a sentence is worth scoring at all. */
export function modelGateIndex(): PhraseIndex {
  return (gateIndex ??= createPhraseIndex({...compiled, indexedClasses: modelSettings.cueClasses}, []))
}

/** The scorer's own scan over the word classes of the dictionaries (all but model.yml's `unread-classes`), built on first use. */
export function modelClassIndex(): PhraseIndex {
  return (classIndex ??= createPhraseIndex({...compiled, indexedClasses: Object.keys(compiled.classes).filter((name) => !modelSettings.unreadClasses.has(name))}, []))
}
