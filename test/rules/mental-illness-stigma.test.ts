// mental-illness-stigma: slurs, labels and framings that stigmatise mental
// illness. Written like an ESLint rule test: posts that must fire (with the
// exact words flagged, the first suggestion and, for automatic fixes, the
// rewrite), and lookalikes that must stay silent. Every post is written for
// this file.
import {describe, expect, it} from 'vitest'
import {checkSync, fix} from '../../src/index.js'
import type {CheckOptions} from '../../src/types.js'
import {expectFlaggedOnce, expectNoFlags, flaggedSpans, messagesOf, type FlagCase} from '../helpers.js'

const RULE = 'mental-illness-stigma'

type Invalid = FlagCase

const expectOne = (c: Invalid) => expectFlaggedOnce(RULE, c)

const expectSilent = (text: string, options?: CheckOptions) => expectNoFlags(RULE, text, options)

describe('mental-illness-stigma: people, not diagnoses', () => {
  const invalid: Invalid[] = [
    {text: 'The mentally ill are more likely to be victims of crime than to commit it.', span: 'The mentally ill', expected: 'People with mental illness', fix: 'People with mental illness', entry: 'the-mentally-ill'},
    {text: 'funding for the mentally ill has been cut three years running', span: 'the mentally ill', expected: 'people with mental illness', fix: 'people with mental illness'},
    {text: 'A mentally ill woman was held in a police cell for 30 hours.', span: 'mentally ill woman', expected: 'person with a mental illness', entry: 'mentally-ill-person'},
    {text: 'housing for mentally ill people is a scandal in this city', span: 'mentally ill people', expected: 'people with a mental illness'},
    {text: 'My uncle is a schizophrenic, and he is the gentlest man I know.', span: 'a schizophrenic', expected: 'a person with schizophrenia', fix: 'a person with schizophrenia', entry: 'a-schizophrenic'},
    {text: 'They let the schizophrenic out after two weeks, the neighbours said.', span: 'the schizophrenic', expected: 'the person with schizophrenia', fix: 'the person with schizophrenia', entry: 'the-schizophrenic'},
    {text: 'Schizophrenics are not violent, most of them are scared.', span: 'Schizophrenics', expected: 'People with schizophrenia', fix: 'People with schizophrenia', entry: 'schizophrenics'},
    {text: 'SCHIZOPHRENIC WOMAN FOUND SAFE AFTER THREE DAYS', span: 'SCHIZOPHRENIC WOMAN', expected: 'PERSON WITH SCHIZOPHRENIA', entry: 'schizophrenic-person'},
    {text: 'police shot a schizophrenic man in his own kitchen', span: 'a schizophrenic man', expected: 'a person with schizophrenia', fix: 'a person with schizophrenia'},
    {text: 'The film makes the paranoid schizophrenic the villain again.', span: 'paranoid schizophrenic', expected: 'person with paranoid schizophrenia', entry: 'paranoid-schizophrenic'},
    {text: 'She’s a depressive, she always has been, her sister told me.', span: 'a depressive', expected: 'a person with depression', fix: 'a person with depression', entry: 'a-depressive'},
    {text: 'depressives should not be allowed to adopt??? what year is it', span: 'depressives', expected: 'people with depression', fix: 'people with depression', entry: 'depressives'},
    {text: 'his grandad was a manic depressive and nobody ever said it out loud', span: 'manic depressive', expected: 'person with bipolar disorder', entry: 'manic-depressive'},
    {text: 'never date a bipolar. learned that the hard way', span: 'a bipolar', expected: 'a person with bipolar disorder', fix: 'a person with bipolar disorder', entry: 'a-bipolar'},
    {text: 'Bipolars make terrible employees, my manager actually said this', span: 'Bipolars', expected: 'People with bipolar disorder', fix: 'People with bipolar disorder', entry: 'bipolars'},
    {text: 'my bipolar ex turned up at my work again', span: 'bipolar ex', expected: 'person with bipolar disorder', entry: 'bipolar-person'},
    {text: 'The new tenant is schizophrenic, so lock your doors.', span: 'is schizophrenic', expected: 'has schizophrenia', entry: 'is-schizophrenic'},
    {text: 'hes schizophrenic so obviously nobody believes him', span: 'hes schizophrenic', expected: undefined, entry: 'contracted-schizophrenic'},
    {text: 'Police restrained a psychotic man outside the station.', span: 'psychotic man', expected: 'person experiencing psychosis', entry: 'psychotic-person'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('mental-illness-stigma: slurs', () => {
  const invalid: Invalid[] = [
    {text: 'my ex is a total psycho, blocked on everything', span: 'psycho', expected: undefined, entry: 'psycho'},
    {text: 'honestly i’m such a psycho for reorganising the spice rack at 2am', span: 'psycho', expected: undefined},
    {text: 'Psychos like that should never get bail.', span: 'Psychos', expected: undefined},
    {text: 'some schizo on the night bus kept shouting at the driver', span: 'schizo', expected: undefined, entry: 'schizo'},
    {text: 'The nutter next door is mowing at 6am again.', span: 'nutter', expected: undefined, entry: 'nutter'},
    {text: 'what a nut job, honestly', span: 'nut job', expected: undefined, entry: 'nutter'},
    {text: 'Only a complete nutcase would drive like that.', span: 'nutcase', expected: undefined},
    {text: 'The lunatics in parliament have done it again.', span: 'lunatics', expected: undefined, entry: 'lunatic'},
    {text: 'my mum says my aunt is a loony and we should not visit', span: 'loony', expected: undefined, entry: 'loony'},
    {text: 'Some maniac overtook me on a blind bend.', span: 'maniac', expected: undefined, entry: 'maniac'},
    {text: 'He worked like a madman all weekend.', span: 'madman', expected: undefined, entry: 'madman'},
    {text: 'A deranged gunman opened fire, the headline said.', span: 'deranged', expected: 'erratic', entry: 'crazed-deranged'},
    {text: 'She is a basket case since the divorce.', span: 'basket case', expected: undefined, entry: 'basket-case'},
    {text: 'grandad has gone completely off his rocker', span: 'off his rocker', expected: undefined},
    {text: 'he’s mental, I would not go near him', span: 'he’s mental', expected: undefined, entry: 'mental-insult'},
    {text: 'My neighbour’s psychotic dog bit the postman.', span: 'psychotic dog', expected: 'aggressive', entry: 'psychotic-insult'},
    {text: 'Her boss is an absolute psychopath about deadlines.', span: 'psychopath', expected: undefined, entry: 'psychopath-insult'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('mental-illness-stigma: places and treatment', () => {
  const invalid: Invalid[] = [
    {text: 'Visitors paid a penny to tour the lunatic asylum in the 1800s.', span: 'lunatic asylum', expected: 'psychiatric hospital', fix: 'psychiatric hospital', entry: 'mental-institution'},
    {text: 'They sent her to a mental institution at nineteen.', span: 'mental institution', expected: 'psychiatric hospital', fix: 'psychiatric hospital'},
    {text: 'Both mental hospitals in the county closed in the 90s.', span: 'mental hospitals', expected: 'psychiatric hospitals', fix: 'psychiatric hospitals'},
    {text: 'the nurse on the mental ward was the kindest person I met that year', span: 'mental ward', expected: 'psychiatric ward', fix: 'psychiatric ward', entry: 'mental-ward'},
    {text: 'In 1952 her grandmother was locked in an asylum for “hysteria”.', span: 'an asylum', expected: 'a psychiatric hospital', entry: 'asylum'},
    {text: 'He should be in the loony bin, not on the council.', span: 'loony bin', expected: 'psychiatric hospital', entry: 'loony-bin'},
    {text: 'she spent a month in the nuthouse and came out worse', span: 'nuthouse', expected: 'psychiatric hospital'},
    {text: 'They threatened to send her to the madhouse if she kept crying.', span: 'madhouse', expected: 'psychiatric hospital'},
    {text: 'Mental patients were once shown to paying visitors.', span: 'Mental patients', expected: 'People receiving mental health care', entry: 'mental-patient'},
    {text: 'Happy pills won’t fix your life, says my dad.', span: 'Happy pills', expected: 'Antidepressants', fix: 'Antidepressants', entry: 'happy-pills'},
    {text: 'my shrink says I should journal more', span: 'shrink', expected: 'therapist', entry: 'shrink'},
    {text: 'Shrinks just want your money, everyone knows that.', span: 'Shrinks', expected: 'Therapists'},
    // the person's word is context: only "shrink" is flagged, so "my" and "a" stay
    {text: 'My mum dragged me to a shrink when I was twelve.', span: 'shrink', expected: 'therapist'},
    {text: 'She has been seeing a shrink for years.', span: 'shrink', expected: 'therapist'},
    {text: 'The shrink told me to breathe through it.', span: 'shrink', expected: 'therapist'},
    {text: 'all my shrinks were useless', span: 'shrinks', expected: 'therapists'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('mental-illness-stigma: suffering, victims and affliction', () => {
  const invalid: Invalid[] = [
    {text: 'Her dad has suffered from bipolar for years, she told the class.', span: 'suffered from', expected: 'had', entry: 'suffering-from'},
    {text: 'Does anyone here know if a parent who suffers with depression can still foster?', span: 'suffers with', expected: 'has'},
    {text: 'She has been suffering from severe depression since the birth.', span: 'suffering from', expected: 'having'},
    {text: 'Millions of people suffered with anxiety during lockdown.', span: 'suffered with', expected: 'had'},
    {text: 'Victims of schizophrenia are let down by the system.', span: 'Victims of', expected: 'People with', fix: 'People with', entry: 'victim-of'},
    {text: 'Her brother is afflicted with OCD.', span: 'is afflicted with', expected: 'has', fix: 'has', entry: 'afflicted-with'},
    {text: 'Veterans stricken with PTSD wait months for help.', span: 'stricken with', expected: 'with', fix: 'with', entry: 'afflicted'},
    {text: 'Depression sufferers often hide it at work.', span: 'Depression sufferers', expected: 'People with depression', entry: 'depression-sufferer'},
    {text: 'a new app for anxiety sufferers launched today', span: 'anxiety sufferers', expected: 'people with anxiety', entry: 'anxiety-sufferer'},
    {text: 'we need more beds for sufferers of schizophrenia', span: 'sufferers of schizophrenia', expected: 'people with schizophrenia', entry: 'schizophrenia-sufferer'},
    {text: 'mental illness sufferers are not a burden', span: 'mental illness sufferers', expected: 'people with a mental illness', entry: 'mental-illness-sufferer'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('mental-illness-stigma: myths and metaphors', () => {
  const invalid: Invalid[] = [
    {text: 'The government’s schizophrenic approach to energy helps nobody.', span: 'schizophrenic approach', expected: undefined, entry: 'schizophrenic-metaphor'},
    {text: 'bipolar weather again, snow then sun then hail', span: 'bipolar weather', expected: undefined, entry: 'bipolar-metaphor'},
    {text: 'He has a split personality, one minute nice and the next a monster.', span: 'split personality', expected: undefined, entry: 'split-personality'},
    {text: 'Normal people don’t need therapy, my uncle told me.', span: 'Normal people', expected: undefined, entry: 'normal-people'},
    {text: 'he clearly went off his meds again, look at that rant', span: 'went off his meds', expected: undefined, entry: 'off-meds'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('mental-illness-stigma: lookalikes that must stay silent', () => {
  const valid = [
    // clinical, person-first and ordinary words
    'People with mental illness deserve good housing.',
    'My brother lives with schizophrenia and works full time.',
    'She had a psychotic episode in 2020 and is well now.',
    'He was diagnosed with bipolar disorder at 30.',
    'A depressive episode can last for months.',
    'Mental health week starts on Monday, tea and cake in the kitchen.',
    'The psychiatric ward had a garden and a piano.',
    'I was sectioned in 2019 and it saved my life.',
    // first-person self-description
    "I'm bipolar and I'm tired of explaining it.",
    "I'm schizophrenic, not dangerous.",
    'my OCD is really bad this week',
    'I suffer from depression and my GP has been great.',
    'As someone who suffers from anxiety, this thread helped.',
    // symptoms and physical illness are not mental illness
    'She suffers from insomnia, which makes her depression worse.',
    'Victims of abuse often develop PTSD years later.',
    'Victims of the Great Depression lost everything.',
    // crazy, insane and nuts are off by default
    'this ramen place is crazy good',
    'crazy weather today, four seasons in one afternoon',
    'That goal was insane!',
    'nuts and seeds are a great snack',
    // asylum in the immigration sense
    'Asylum seekers are housed in hotels for months.',
    'He was granted asylum after two years.',
    'The asylum system is broken, say charities.',
    // shrink the verb
    'Shrink the image to fit the page.',
    'My jeans always shrink in the wash.',
    'The economy shrinks for a second quarter.',
    'My waistline shrinks every time I train for a marathon.',
    'I watched her shrink back into the chair.',
    // shrink the noun, without a person: property testing, retail, CSS
    'The shrink phase finds a smaller counterexample.',
    'fast-check keeps the shrink working across map and chain.',
    'We measured shrink across all stores this quarter.',
    'Set flex-shrink to 0 on the sidebar.',
    // titles, brands and cartoons
    'Hitchcock’s Psycho still scares me.',
    'American Psycho is a brilliant satire.',
    'Looney Tunes was my whole childhood.',
    'I had a Nutter Butter for breakfast, no regrets.',
    // "so bipolar" and "so OCD" are trivializing, not this rule
    'my mood is so bipolar this week lol',
    "I'm so OCD about my desk"
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expectSilent(text))
})

describe('mental-illness-stigma: quoted and literal text', () => {
  it('skips quoted mentions', () => {
    expectSilent('Please stop using the word "psycho" in this server.')
    expectSilent('The film is called “Psycho” and it came out in 1960.')
  })

  it('skips inline code in Markdown', () => {
    expect(flaggedSpans(RULE, 'Add `nutter` and `schizo` to the blocklist.', {format: 'markdown'})).toEqual([])
  })

  it('skips URLs and @mentions', () => {
    expectSilent('see https://example.org/blog/the-mentally-ill-myth for the study')
    expectSilent('@psycho_killer_fan your post got removed')
  })
})

describe('mental-illness-stigma: the message', () => {
  it('carries rule, severity, the words, the suggestion, the fix and the docs link', () => {
    const text = 'The mentally ill are not a punchline.'
    const [m] = messagesOf(RULE, text)
    expect(m).toMatchObject({
      ruleId: 'mental-illness-stigma',
      source: 'safepost',
      severity: 'warning',
      message: 'Say "People with mental illness" instead of "The mentally ill"',
      actual: 'The mentally ill',
      expected: ['People with mental illness', 'People with mental health problems'],
      offset: 0,
      endOffset: 'The mentally ill'.length,
      fix: {range: [0, 'The mentally ill'.length], text: 'People with mental illness'},
      entryId: 'the-mentally-ill'
    })
    expect(m!.url).toMatch(/docs\/rules\/mental-illness-stigma\.md$/)
  })
})

describe('mental-illness-stigma: fixing', () => {
  it('rewrites labels, places and slang that have one safe wording', () => {
    expect(fix('The schizophrenics in the old mental institution were forgotten.').text).toBe(
      'The people with schizophrenia in the old psychiatric hospital were forgotten.'
    )
    expect(fix('happy pills saved my mum').text).toBe('antidepressants saved my mum')
  })

  it('leaves slurs and offered wording for the writer', () => {
    const text = 'some psycho keyed my car and my shrink says let it go'
    expect(fix(text).text).toBe(text)
  })
})

describe('mental-illness-stigma: options', () => {
  const text = 'that nutter from the pub was at it again'

  it('can be switched off', () => {
    expectSilent(text, {rules: {[RULE]: 'off'}})
  })

  it('can be set to another severity', () => {
    expect(messagesOf(RULE, text, {rules: {[RULE]: 'error'}})[0]!.severity).toBe('error')
  })

  it('can allow one entry by id', () => {
    expectSilent(text, {allow: ['nutter']})
  })

  it('reports in the moderator preset too', () => {
    expect(checkSync(text, {preset: 'moderator'}).messages.some((m) => m.ruleId === RULE)).toBe(true)
  })
})
