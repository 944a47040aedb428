// Automatic fixes apply only where the sentence stays English. Every entry
// with `fix: auto` is tried before "of", "by", "after" and "because": either
// its rewrite is applied and the words around it are untouched, or, where the
// rule file's `data: fix-not-before` says the rewrite does not fit before
// that word, it is suggested and nothing is applied.
import {describe, expect, it} from 'vitest'
import {checkSync, fix} from '../../src/index.js'
import {fixNotBefore} from '../../src/engine/fix-fit.js'
import {compiled} from '../../src/generated/dictionaries.js'

/** A sentence that ends with each automatic entry's phrase (and fires it, with its fix). */
const samples: Record<string, string> = {
  'an-anorexic': 'She was an anorexic',
  'the-anorexic': 'We met the anorexic girl',
  'anorexics': 'Thinness is praised among anorexics',
  'an-bulimic': 'She was a bulimic',
  'the-bulimic': 'We met the bulimic girl',
  'bulimics': 'Purging is common among bulimics',
  'victim-of-eating-disorder': 'She was a victim of anorexia',
  'the-mentally-ill': 'He spoke for the mentally ill',
  'a-schizophrenic': 'He was a schizophrenic',
  'the-schizophrenic': 'We met the schizophrenic man',
  'schizophrenics': 'The ward was full of schizophrenics',
  'a-depressive': 'She was a depressive',
  'depressives': 'The drug helps depressives',
  'a-bipolar': 'He was a bipolar man',
  'bipolars': 'The group supports bipolars',
  'mental-institution': 'He was sent to a mental institution',
  'mental-ward': 'She stayed in the mental ward',
  'happy-pills': 'She takes happy pills',
  'afflicted-with': 'He is afflicted with depression',
  'afflicted': 'People afflicted with depression',
  'victim-of': 'He was a victim of depression',
  'self-harmer': 'She was a self-harmer',
  'self-mutilation': 'She wrote about self-mutilation',
  'self-mutilate': 'Some teens self-mutilate',
  'self-mutilator': 'She was a self-mutilator',
  'self-violence': 'She wrote about self-violence',
  'committed-suicide': 'He committed suicide',
  'about-committing-suicide': 'He talked about committing suicide',
  'of-committing-suicide': 'The risk of committing suicide',
  'attempted-to-commit-suicide': 'He attempted to commit suicide',
  'tried-to-commit-suicide': 'He tried to commit suicide',
  'successful-suicide': 'It was a successful suicide',
  'successful-suicide-attempt': 'It was a successful suicide attempt',
  'successful-attempt': 'He was suicidal for years before his successful attempt',
  'successful-attempt-suicide-context': 'He had been suicidal for years and made two successful attempts',
  'successfully-died': 'He successfully killed himself',
  'failed-suicide': 'It was a failed suicide',
  'failed-suicide-attempt': 'It was a failed suicide attempt',
  'failed-attempt': 'He was suicidal for years before his failed attempt',
  'a-failed-attempt': 'He was suicidal and survived a failed attempt',
  'failed-attempt-suicide-context': 'He had been suicidal for years and survived two failed attempts',
  'suicide-bid': 'It was a suicide bid',
  'attempt-victim': 'He was a suicide attempt victim',
  'suicide-victim': 'He was a suicide victim',
  'victim-of-suicide': 'He was a victim of suicide',
  'attempters': 'The study followed suicide attempters',
  'ideators': 'The study followed suicide ideators'
}

const followers = {of: 'of the town', by: 'by the river', after: 'after the funeral', because: 'because of it'}

const automatic = Object.entries(compiled.rules).flatMap(([rule, data]) => data.entries.filter((entry) => entry.fix === 'auto').map((entry) => ({rule, id: entry.id})))

describe('the two garbled fixes from the report', () => {
  it('suggests, and does not apply, "person who died by suicide" before "of"', () => {
    const text = 'He was a suicide victim of a broken system.'
    const [message] = checkSync(text).messages
    expect(message).toMatchObject({actual: 'suicide victim', expected: ['person who died by suicide']})
    expect(message).not.toHaveProperty('fix')
    expect(fix(text).text).toBe(text)
  })

  it('suggests, and does not apply, "died by suicide" before "by"', () => {
    const text = 'He committed suicide by jumping.'
    const [message] = checkSync(text).messages
    expect(message).toMatchObject({actual: 'committed suicide', expected: ['died by suicide', 'took their own life', 'ended their life']})
    expect(message).not.toHaveProperty('fix')
    expect(fix(text).text).toBe(text)
  })

  it('still applies them where the sentence goes on in a way they fit', () => {
    expect(fix('He was a suicide victim, aged 40.').text).toBe('He was a person who died by suicide, aged 40.')
    expect(fix('He committed suicide after losing his job.').text).toBe('He died by suicide after losing his job.')
  })
})

describe.each(automatic)('$rule: $id', ({rule, id}) => {
  const sample = samples[id]

  it('has a sample that it fixes', () => {
    expect(sample, `add a sample sentence for ${id}`).toBeDefined()
    expect(checkSync(`${sample}.`).messages.find((message) => message.entryId === id)?.fix).toBeDefined()
  })

  it.each(Object.entries(followers))('before "%s"', (follower, tail) => {
    const text = `${sample} ${tail}.`
    const message = checkSync(text).messages.find((candidate) => candidate.entryId === id)
    if (fixNotBefore(rule, id).has(follower)) {
      // offered, not applied (or not reported at all, where the entry's own exceptions say so)
      expect(message?.fix).toBeUndefined()
      if (message) expect(message.expected.length).toBeGreaterThan(0)
    } else if (message) {
      expect(message.fix).toBeDefined()
      // the rewrite replaces the phrase and leaves what follows as it was
      expect(fix(text).text.endsWith(` ${tail}.`)).toBe(true)
    }
  })
})
