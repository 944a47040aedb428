// The committed weights are what `npm run train` gives from the corpus and
// the dictionaries: training is deterministic, so any difference means a
// change to the corpus, the dictionaries or the feature code was not
// followed by a retrain.
import {execFileSync} from 'node:child_process'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

describe('the trained weights', () => {
  it('are what training gives (npm run train)', () => {
    const output = execFileSync(process.execPath, [join(root, 'scripts', 'model', 'train.mjs'), '--check'], {cwd: root, encoding: 'utf8'})
    expect(output).toMatch(/the committed weights are what training gives/)
  }, 900_000)
})
