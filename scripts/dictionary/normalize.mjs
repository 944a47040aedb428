// Must agree with src/engine/normalize.ts: the build and the runtime fold words the same way.
const APOSTROPHES = /['’‘ʼ`´]/g

/** Fold one word: lower case, NFC, apostrophes dropped. */
export function normalizeWord(word) {
  return word.normalize('NFC').toLowerCase().replace(APOSTROPHES, '')
}
