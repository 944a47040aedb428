// suicide-language: stigmatising or criminalising wording about suicide.
// Written like an ESLint rule test: posts that must fire (with the exact words
// flagged, the first suggestion and, for automatic fixes, the rewrite), and
// lookalikes that must stay silent. Every post is written for this file.
import {describe, expect, it} from 'vitest'
import {checkSync, fix} from '../../src/index.js'
import type {CheckOptions} from '../../src/types.js'
import {type FlagCase, expectFlaggedOnce, flaggedSpans, messagesOf} from '../helpers.js'

const RULE = 'suicide-language'

type Invalid = FlagCase

const expectOne = (c: Invalid) => expectFlaggedOnce(RULE, c)

describe('suicide-language: "commit" in every form', () => {
  const invalid: Invalid[] = [
    {text: 'Our neighbour committed suicide last spring and the street still feels quiet.', span: 'committed suicide', expected: 'died by suicide', fix: 'died by suicide'},
    {text: 'In the novel the captain commits suicide before the last chapter, which annoyed me.', span: 'commits suicide', expected: 'dies by suicide', fix: 'dies by suicide'},
    {text: 'Would a loving father commit suicide? People still ask me that at parties.', span: 'commit suicide', expected: 'die by suicide', fix: 'die by suicide'},
    {text: 'reports of farmers committing suicide during the drought barely made the news', span: 'committing suicide', expected: 'dying by suicide', fix: 'dying by suicide'},
    {text: 'The actor has committed suicide, his agent confirmed on Friday.', span: 'committed suicide', expected: 'died by suicide', fix: 'died by suicide'},
    {text: 'by the time I met her family, her brother had committed suicide', span: 'committed suicide', expected: 'died by suicide', fix: 'died by suicide'},
    // misspellings come from dictionaries/inflections.yml
    {text: 'the drummer commited suicide in 1994 and the band never recovered', span: 'commited suicide', expected: 'died by suicide', fix: 'died by suicide'},
    {text: 'apparently the landlord comitted suicide in the 80s and people say the pub is haunted', span: 'comitted suicide', expected: 'died by suicide', fix: 'died by suicide'},
    // capitals are kept
    {text: 'Committed suicide at 19, and nobody at school ever asked why.', span: 'Committed suicide', expected: 'Died by suicide', fix: 'Died by suicide'},
    {text: 'LOCAL STUDENT COMMITS SUICIDE AFTER EXAM RESULTS', span: 'COMMITS SUICIDE', expected: 'DIES BY SUICIDE', fix: 'DIES BY SUICIDE'},
    // curly apostrophes and negation do not change the wording question
    {text: 'My cousin’s friend didn’t commit suicide, the inquest found it was an accident.', span: 'commit suicide', expected: 'die by suicide', fix: 'die by suicide'},
    // a line break inside the phrase
    {text: 'the coach who trained us for years committed\nsuicide last winter', span: 'committed\nsuicide', expected: 'died by suicide', fix: 'died by suicide'},
    // forum question, no apostrophes
    {text: 'why do so many vets commit suicide after they come home?? genuinely asking', span: 'commit suicide', expected: 'die by suicide', fix: 'die by suicide'},
    // longer phrases are rewritten as a whole
    {text: 'Her brother attempted to commit suicide twice before anyone took it seriously.', span: 'attempted to commit suicide', expected: 'attempted suicide', fix: 'attempted suicide'},
    {text: 'He tried to commit suicide at sixteen and now runs a peer group.', span: 'tried to commit suicide', expected: 'attempted suicide', fix: 'attempted suicide'},
    {text: 'Studies find veterans who think about committing suicide rarely tell their GP.', span: 'about committing suicide', expected: 'about suicide', fix: 'about suicide'},
    {text: 'the risk of committing suicide is highest in the weeks after discharge', span: 'of committing suicide', expected: 'of suicide', fix: 'of suicide'},
    // "to commit suicide" is offered, not applied: the best wording depends on the sentence
    {text: 'Men are about three times more likely to commit suicide than women in the UK.', span: 'to commit suicide', expected: 'to die by suicide'},
    {text: 'Is it true that more people try to kill themselves in spring? And why would anyone want to commit suicide when the weather gets better?', span: 'to commit suicide', expected: 'to die by suicide'},
    {text: 'she threatened to commit suicide if he moved out', span: 'threatened to commit suicide', expected: 'talked about suicide'},
    {text: 'The patient threatens suicide whenever staff mention discharge.', span: 'threatens suicide', expected: 'talks about suicide'},
    {text: 'Police say the man committed apparent suicide at his home.', span: 'committed apparent suicide', expected: 'appears to have died by suicide'},
    {text: 'suicides committed by men still outnumber those by women three to one', span: 'suicides committed', expected: 'suicides'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('suicide-language: success and failure', () => {
  const invalid: Invalid[] = [
    {text: 'A successful suicide leaves a family with endless questions.', span: 'successful suicide', expected: 'suicide death', fix: 'suicide death'},
    {text: 'successful suicides are rarer than attempts, the lecturer said', span: 'successful suicides', expected: 'suicide deaths', fix: 'suicide deaths'},
    {text: 'Having a gun at home makes a successful suicide attempt far more likely.', span: 'successful suicide attempt', expected: 'death by suicide', fix: 'death by suicide'},
    {text: 'Her successful attempt shocked everyone at church.', span: 'successful attempt', expected: 'death by suicide', fix: 'death by suicide'},
    {text: 'The article says she successfully took her own life after two years on a waiting list.', span: 'successfully took her own life', expected: 'died by suicide', fix: 'died by suicide'},
    {text: 'He succeeded in killing himself on the third try, the inquest heard.', span: 'succeeded in killing himself', expected: 'died by suicide', fix: 'died by suicide'},
    {text: 'The man completed suicide while on remand, the report says.', span: 'completed suicide', expected: 'died by suicide'},
    {text: 'Completed suicides rose by 4% last year in the county.', span: 'Completed suicides', expected: 'Suicide deaths'},
    {text: 'After a failed suicide she spent weeks in intensive care.', span: 'failed suicide', expected: 'non-fatal suicide attempt', fix: 'non-fatal suicide attempt'},
    {text: 'His failed suicide attempt left him partly deaf in one ear.', span: 'failed suicide attempt', expected: 'non-fatal suicide attempt', fix: 'non-fatal suicide attempt'},
    {text: 'Dad’s unsuccessful attempt in 1998 was never mentioned again.', span: 'unsuccessful attempt', expected: 'non-fatal suicide attempt', fix: 'non-fatal suicide attempt'},
    {text: 'The botched attempt left her with liver damage, and the nurses were cold about it.', span: 'botched attempt', expected: 'non-fatal suicide attempt', fix: 'non-fatal suicide attempt'},
    {text: 'after her suicide attempt the school called it a failed attempt in an email to parents', span: 'a failed attempt', expected: 'a non-fatal suicide attempt', fix: 'a non-fatal suicide attempt'},
    {text: 'After two unsuccessful attempts he died by suicide in 2019, aged 41.', span: 'unsuccessful attempts', expected: 'non-fatal suicide attempts', fix: 'non-fatal suicide attempts'},
    {text: 'he failed to kill himself and lives with the injuries', span: 'failed to kill himself', expected: 'survived a suicide attempt'},
    {text: 'his suicide attempt failed and he woke up in hospital', span: 'suicide attempt failed', expected: undefined},
    {text: 'TEEN IN SUICIDE BID AFTER ONLINE BULLYING', span: 'SUICIDE BID', expected: 'SUICIDE ATTEMPT', fix: 'SUICIDE ATTEMPT'},
    {text: 'Suicide bids among inmates have doubled since 2015.', span: 'Suicide bids', expected: 'Suicide attempts', fix: 'Suicide attempts'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('suicide-language: people, not labels', () => {
  const invalid: Invalid[] = [
    {text: 'Her daughter was one of the suicide victims named in the coroner’s report.', span: 'suicide victims', expected: 'people who died by suicide', fix: 'people who died by suicide'},
    {text: 'he was a victim of suicide, not a statistic', span: 'victim of suicide', expected: 'person who died by suicide', fix: 'person who died by suicide'},
    {text: 'The suicide victim’s mother spoke to reporters outside court.', span: 'suicide victim’s mother', expected: undefined},
    {text: 'an attempted suicide victim was treated at the scene', span: 'attempted suicide victim', expected: 'person who survived a suicide attempt', fix: 'person who survived a suicide attempt'},
    {text: 'The suicide’s family asked for privacy.', span: 'The suicide’s family', expected: 'The person who died by suicide'},
    {text: 'Funding for suicides and their families was cut again.', span: 'suicides and their families', expected: 'people who died by suicide and their families'},
    {text: 'Suicide attempters are often sent home without follow-up.', span: 'Suicide attempters', expected: 'People who have attempted suicide', fix: 'People who have attempted suicide'},
    {text: 'The trial recruited suicide ideators from three clinics.', span: 'suicide ideators', expected: 'people thinking about suicide', fix: 'people thinking about suicide'},
    {text: 'The suicidal need compassion, not lectures.', span: 'The suicidal', expected: 'People thinking about suicide'},
    {text: 'my uncle is a suicide survivor and talks at schools now', span: 'suicide survivor', expected: 'person bereaved by suicide'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('suicide-language: judgement, choice and slang', () => {
  const invalid: Invalid[] = [
    {text: 'He chose to end his life after years of pain.', span: 'chose to end his life', expected: 'died by suicide'},
    {text: 'she decided to kill herself after the diagnosis, her sister wrote', span: 'decided to kill herself', expected: 'died by suicide'},
    {text: 'Suicide is the coward’s way out and I will die on this hill.', span: 'the coward’s way out', expected: undefined},
    {text: 'he took the easy way out, that is what suicide is', span: 'took the easy way out', expected: undefined},
    {text: 'Suicide is so selfish, think of the family left behind.', span: 'Suicide is so selfish', expected: undefined},
    {text: 'He ended it all at 22, three weeks after his finals.', span: 'ended it all', expected: 'died by suicide'},
    {text: 'She lost her battle with depression last spring.', span: 'lost her battle with depression', expected: 'died by suicide'},
    {text: 'don’t do anything stupid ok?? i know you’ve been feeling suicidal, ring me', span: 'don’t do anything stupid', expected: 'are you thinking about suicide? i\'m here to listen'},
    {text: 'Remember: suicide is a permanent solution to a temporary problem.', span: 'a permanent solution to a temporary problem', expected: 'suicide is not a solution; support is available'},
    {text: 'Another case of bullycide in our schools and nobody is held to account.', span: 'bullycide', expected: 'suicide'},
    {text: 'Self-murder was a crime in England until 1961.', span: 'Self-murder', expected: 'Suicide'},
    {text: 'He topped himself after the divorce, so the gossip went.', span: 'topped himself', expected: 'died by suicide'},
    {text: 'she offed herself in 2008 and the town still whispers about it', span: 'offed herself', expected: 'died by suicide'},
    {text: 'my great-uncle did himself in when my mum was a kid', span: 'did himself in', expected: 'died by suicide'},
    {text: 'He’s not the suicidal type, he’s always joking around.', span: 'the suicidal type', expected: undefined},
    {text: 'Why are men more prone to suicide than women?', span: 'prone to suicide', expected: 'at higher risk of suicide'}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))
})

describe('suicide-language: "the coward\'s way out" in a post about a death', () => {
  // no suicide word near the verdict: the post tells of a death anywhere
  // (a funeral, "left his kids behind", RIP, an inquest)
  const invalid: Invalid[] = [
    {text: "Can't believe he took the coward's way out and left his wife and kids behind.", span: "took the coward's way out", expected: undefined},
    {text: "My cousin's funeral was on Friday. Everyone keeps whispering that he took the coward's way out. I hate it.", span: "took the coward's way out", expected: undefined},
    {text: 'She left two little girls behind. Honestly the selfish way out.', span: 'the selfish way out', expected: undefined},
    {text: "Rest in peace to my old coach. Some people are saying he took the selfish way out but you don't know what he was going through.", span: 'took the selfish way out', expected: undefined},
    {text: 'We buried my brother yesterday. My aunt said it was the cowards way out. I wanted to scream.', span: 'the cowards way out', expected: undefined},
    {text: "He died last month. I'm still angry he took the selfish way out.", span: 'took the selfish way out', expected: undefined},
    {text: "Found out my dad's best mate passed. Took the cowards way out apparently, and left his kids to find him.", span: 'Took the cowards way out', expected: undefined},
    {text: 'RIP Jake. So many comments calling it the selfish way out. He was in pain.', span: 'the selfish way out', expected: undefined},
    {text: 'Three kids left behind and he took the cowards way out. RIP I guess.', span: 'took the cowards way out', expected: undefined},
    {text: 'Half the comments under her obituary call it the selfish way out. Be kind.', span: 'the selfish way out', expected: undefined},
    {text: 'He left his wife behind with a mortgage and two kids. Took the selfish way out if you ask me.', span: 'Took the selfish way out', expected: undefined},
    {text: 'My brother\'s inquest was today. The coroner was kind, but one cousin still said he took the easy way out.', span: 'took the easy way out', expected: undefined}
  ]
  for (const c of invalid) it(`flags ${JSON.stringify(c.text)}`, () => expectOne(c))

  const valid = [
    // a way out of something else
    "He took the coward's way out and resigned by email instead of facing us.",
    'She took the easy way out of the contract and paid the fee.',
    "My boyfriend took the coward's way out and broke up with me over text.",
    "The ref took the coward's way out and gave a penalty to the home side.",
    'The minister took the selfish way out and left the party to its fate.',
    "Honestly the selfish way out would be to skip the wedding, so I'm going.",
    "We lost 3-0 and the manager took the coward's way out by blaming the pitch.",
    "He passed his driving test and I took the coward's way out of the celebration.",
    'The contestant took the easy way out and used her last lifeline.',
    "The heroine takes the coward's way out in chapter 3 and runs from the wedding.",
    // a death in the post, but the way out is a chore or a funeral not attended
    "Grandad's funeral was lovely. My uncle took the coward's way out and didn't come.",
    'He died last year. Some people took the easy way out and just sent flowers instead of coming.',
    'Mum\'s funeral is Saturday. I took the easy way out and let the undertaker choose the flowers.',
    "After Dad died I took the coward's way out and never spoke at the funeral.",
    // the verdict rejected
    "Suicide is never the coward's way out. It is what happens when pain outweighs resources."
  ]
  for (const text of valid) it(`stays silent on ${JSON.stringify(text)}`, () => expect(flaggedSpans(RULE, text)).toEqual([]))
})

describe('suicide-language: lookalikes and literal text stay silent', () => {
  const valid: Array<{text: string; options?: CheckOptions}> = [
    // preferred wording
    {text: 'My aunt died by suicide when I was small; we light a candle on her birthday.'},
    {text: 'He survived a suicide attempt at 20 and now trains helpline volunteers.'},
    {text: 'She attempted suicide in 2016 and talks openly about recovery.'},
    {text: 'Suicide prevention month starts on Monday, bring your questions.'},
    {text: 'suicide rates among young men are rising, the ONS says'},
    {text: 'Suicidal thoughts are common and they can pass with support.'},
    {text: 'he took his own life in 2019 and we still talk about him every day'},
    // other senses of commit, success and failure
    {text: 'We are committed to suicide prevention in every school.'},
    {text: 'a committed suicide prevention campaigner spoke at the event'},
    {text: 'I completed suicide prevention training today and feel more confident.'},
    {text: 'The failed attempt to overturn the election was widely mocked.'},
    {text: 'after many failed attempts she finally passed her driving test'},
    {text: 'She made a successful attempt at the 100m record this summer.'},
    {text: 'the first successful attempt on Everest was in 1953'},
    {text: 'my failed attempt taught me that asking for help works'},
    // idioms and unrelated senses (the labelling convention: nothing expected)
    {text: 'Cutting the arts budget before an election would be political suicide.'},
    {text: 'quitting without another job lined up is career suicide tbh'},
    {text: 'that midnight supply run was a suicide mission lol'},
    {text: 'Suicide Squad is on telly again and it is still a mess'},
    {text: 'the old Lincoln has those rear-hinged suicide doors'},
    {text: 'coach made us run suicides for twenty minutes after practice'},
    {text: 'the suicide squeeze won them the game in the ninth'},
    {text: 'victims of suicide bombings deserve justice'},
    {text: 'I took the easy way out and ordered pizza.'},
    {text: 'I ended it all with my ex last week and honestly I feel free.'},
    {text: 'he lost his battle with cancer in March'},
    {text: 'don’t do anything stupid at the party lol'},
    {text: 'He chose to end his life at Dignitas after his terminal cancer diagnosis.'},
    // accepted or off by default
    {text: 'he suicided in 2015, and our family speaks about it openly'},
    {text: 'he killed himself in 2015 and I still miss him'},
    // first-person crisis statements are crisis-signal's business, never a wording correction
    {text: 'i’m going to commit suicide tonight'},
    {text: 'ive been thinking about committing suicide every day this week'},
    // telling someone to die is encouraging-harm's business, not a wording question
    {text: 'nobody likes you, go commit suicide'},
    {text: 'why dont you just commit suicide then'},
    // the writer's own words about themself
    {text: 'As a suicide survivor, I speak at schools about what helped me.'},
    // quoted, code, URLs, handles
    {text: 'the phrase "committed suicide" is outdated and newsrooms are dropping it'},
    {text: "the phrase 'committed suicide' is outdated and newsrooms are dropping it"},
    {text: 'Why do headlines still say ‘commits suicide’? It stopped being a crime in 1961.'},
    {text: 'Search logs show people typing `committed suicide` into the help page.', options: {format: 'markdown'}},
    {text: 'The style guide:\n\n```\ncommitted suicide -> died by suicide\n```\n', options: {format: 'markdown'}},
    {text: 'see https://example.org/why-not-committed-suicide for the guidance'},
    {text: '@committedsuicide_ your post was reported'}
  ]
  for (const c of valid) {
    it(`stays silent on ${JSON.stringify(c.text)}`, () => {
      expect(flaggedSpans(RULE, c.text, c.options)).toEqual([])
    })
  }
})

describe('suicide-language: the message', () => {
  it('carries the rule, the words, the suggestions, the fix and the docs link', () => {
    const text = 'Our neighbour committed suicide last spring.'
    const [message] = checkSync(text).messages
    expect(message).toEqual({
      ruleId: 'suicide-language',
      source: 'safepost',
      severity: 'warning',
      message: 'Say "died by suicide" instead of "committed suicide"',
      line: 1,
      column: 15,
      endLine: 1,
      endColumn: 32,
      offset: 14,
      endOffset: 31,
      actual: 'committed suicide',
      expected: ['died by suicide', 'took their own life', 'ended their life'],
      url: expect.stringMatching(/docs\/rules\/suicide-language\.md$/),
      fix: {range: [14, 31], text: 'died by suicide'},
      note: expect.stringContaining('Mindframe'),
      entryId: 'committed-suicide',
      level: 'low'
    })
  })

  it('offers wording without a fix where a person should choose', () => {
    const [message] = messagesOf(RULE, 'The man completed suicide in custody.')
    expect(message).toMatchObject({actual: 'completed suicide', expected: ['died by suicide'], entryId: 'completed-suicide'})
    expect(message!.fix).toBeUndefined()
  })

  it('explains entries that have no rewrite', () => {
    const [message] = messagesOf(RULE, 'He’s not the suicidal type.')
    expect(message!.message).toBe('"the suicidal type" suggests some people are immune; anyone can have suicidal thoughts')
    expect(message!.expected).toEqual([])
  })
})

describe('suicide-language: fixing', () => {
  it('rewrites every form in one pass and keeps tense and capitals', () => {
    const text = 'He committed suicide. In the book she commits suicide. Committing suicide is not a crime.'
    expect(fix(text).text).toBe('He died by suicide. In the book she dies by suicide. Dying by suicide is not a crime.')
  })

  it('keeps the auxiliary', () => {
    expect(fix('She has committed suicide, police said.').text).toBe('She has died by suicide, police said.')
  })

  it('changes nothing the second time', () => {
    const once = fix('His failed suicide attempt was in 2012. Her brother attempted to commit suicide.').text
    expect(once).toBe('His non-fatal suicide attempt was in 2012. Her brother attempted suicide.')
    expect(fix(once).text).toBe(once)
  })

  it('never applies offered wording', () => {
    const text = 'Men are more likely to commit suicide than women.'
    expect(fix(text).text).toBe(text)
  })
})

describe('suicide-language: options', () => {
  const text = 'The man committed suicide in 2004.'

  it('can be switched off', () => {
    expect(messagesOf(RULE, text, {rules: {[RULE]: 'off'}})).toEqual([])
  })

  it('can be raised to an error', () => {
    expect(messagesOf(RULE, text, {rules: {[RULE]: 'error'}}).map((m) => m.severity)).toEqual(['error'])
  })

  it('lets a project allow one entry by id', () => {
    expect(messagesOf(RULE, text, {allow: ['committed-suicide']})).toEqual([])
    expect(messagesOf(RULE, 'A successful suicide is rare.', {allow: ['committed-suicide']})).toHaveLength(1)
  })

  it('runs in the moderator preset too', () => {
    expect(flaggedSpans(RULE, text, {preset: 'moderator'})).toEqual(['committed suicide'])
  })
})
