import {afterAll, describe, expect, it} from 'vitest'
import {compileDictionaries} from '../../src/compile/index.js'
import {checkSync} from '../../src/index.js'
import type {CompiledData} from '../../src/types.js'
import {dictionaryFolder, removeTemporaryFolders} from '../temporary-folders.js'

afterAll(removeTemporaryFolders)

function projectDictionary(yaml: string): CompiledData {
  const compiled = compileDictionaries(dictionaryFolder({'mental-illness-stigma.yml': yaml})) as CompiledData
  // only the project's own rule file: the shared tables come with the built-in data
  return {...compiled, classes: {}, indexedClasses: []}
}

describe('project dictionaries', () => {
  const house = [
    projectDictionary(`rule: mental-illness-stigma
entries:
  - id: house-nutty-professor
    match: ["nutty professor"]
    suggest: ["eccentric professor"]
    fix: choice
    reason: Our style guide avoids jokes about mental illness in headlines.
    source: MFmi
`)
  ]

  it('adds a project entry to the rule it names, beside the built-in ones', () => {
    const report = checkSync('The nutty professor is a lunatic.', {dictionaries: house})
    expect(report.messages.map((m) => [m.ruleId, m.entryId])).toEqual([
      ['mental-illness-stigma', 'house-nutty-professor'],
      ['mental-illness-stigma', 'lunatic']
    ])
    expect(report.messages[0]?.expected).toEqual(['eccentric professor'])
  })

  it('leaves checks without the project dictionaries unchanged', () => {
    expect(checkSync('The nutty professor is here.').messages).toEqual([])
  })

  it('refuses an entry for a rule that does not exist, or an id that does', () => {
    const unknown = {...house[0]!, rules: {'no-such-rule': house[0]!.rules['mental-illness-stigma']!}}
    expect(() => checkSync('x', {dictionaries: [unknown]})).toThrow(/not a safepost rule/)
    const clash = projectDictionary(`rule: mental-illness-stigma
entries:
  - {id: lunatic, match: ["moonstruck"], reason: Same id as a built-in entry., source: MFmi}
`)
    expect(() => checkSync('x', {dictionaries: [clash]})).toThrow(/repeats the entry id "lunatic"/)
  })
})
