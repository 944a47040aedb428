import {describe, expect, it} from 'vitest'
import {checkSync, fix, rules} from '../../src/index.js'
import type {CheckOptions} from '../../src/types.js'

// Only this rule, so other rules' fixes never change what the tests see.
const only = (id: string): Record<string, 'off' | 'warning'> =>
  Object.fromEntries(Object.keys(rules).map((r) => [r, r === id ? 'warning' : 'off']))
const cwOnly: CheckOptions = {rules: only('content-warning')}

function cw(text: string, options: CheckOptions = {}) {
  return checkSync(text, {preset: 'writer', ...options}).messages.filter((m) => m.ruleId === 'content-warning')
}

// --- long posts that dwell on a topic (written for these tests) ------------

/** Suicide loss; the topic is named in the first sentence after a heading. */
const BROTHER = `# What my brother's friends taught me

My younger brother Tom died by suicide in March, two weeks after his twenty-third birthday. I have started this post a dozen times and deleted it a dozen times, so this time I am going to leave it rough.

The thing nobody warned me about was the admin. Forms, phone calls, a bank that kept writing to him. Every envelope with his name on it knocked the air out of me.

The other thing nobody warned me about was his friends. They turned up. They came to the house with curry and cans of cider and sat in the garden telling stories I had never heard: Tom climbing onto a bus shelter to rescue a kite, Tom learning sign language for a girl in his halls, Tom driving three hours to fix a mate's boiler.

I had known my brother as the kid who stole my chargers. They knew a man. I'm grateful to them for giving me that version of him, even if it arrived too late for me to tell him I saw it.

If you have lost someone this way, I don't have advice. I have a kettle and a garden and a lot of time on Sunday afternoons. Come and sit.
`

/** Self-harm; the opening paragraph is about something else, the topic comes back several times. */
const TEACHER = `I've taught Year 9 for eleven years, and this term has been the hardest of them. Our school has had a run of difficult months: two staff off long-term, a flood in the science block, and a timetable that changes every week.

In October a student I'll call J stayed behind after a lesson and showed me the plasters on her wrist. She told me she had been self-harming since the summer and that nobody at home knew. I did what the training says: I stayed calm, I thanked her for telling me, and I walked with her to our safeguarding lead.

What the training doesn't prepare you for is the afterwards. J came back to my lessons the next week and sat in her usual seat. I kept wondering whether I'd said the right thing. I read everything I could find about self-harm in teenagers, and the message kept coming back: it's usually a way of coping with feelings that are too big, not a bid for attention.

Since then two more students have talked to me about hurting themselves. I think word got round that I was someone who wouldn't panic. I'm proud of that and also tired.

If you teach, please go on the training even if you think you won't need it. You will.`

/** An eating disorder, plain text, no heading. */
const UNIVERSITY = `I was diagnosed with anorexia at nineteen, in the second term of my first year at university. I'm twenty-six now and I've been in recovery for four years, which still feels strange to write.

People imagine an eating disorder as something you can see. For a long time you couldn't see mine. I went to lectures, I worked in a café at weekends, and I went out with my flatmates on Fridays. What you couldn't see was the arithmetic running in my head all day, or the way I planned every route around town so I never passed a bakery.

The turning point wasn't dramatic. My flatmate Priya sat next to me on the sofa one night and said she was scared. She didn't tell me to eat more. She said she missed me. That sentence got through where every lecture had bounced off.

Recovery meant a dietitian, a therapist, and an outpatient group on Tuesday evenings where I met the funniest people I know. It meant meals I didn't want and rest days I thought I didn't deserve. It meant learning that my body wasn't a project.

I'm writing this for anyone who thinks they aren't sick enough to ask for help. You are enough. Ask.`

/** An attempt survivor; one clear mention, at the very start. */
const SURVIVOR = `Three winters ago I tried to end my life. I'm writing this from a kitchen table in a flat I love, with a cat asleep on the radiator, and that still surprises me some mornings.

I don't want to write about that night. I want to write about the year afterwards, because that's the part nobody told me about. I thought surviving would feel like being rescued, like the end of a film. It felt more like being dropped back into my life with all the same bills and the same job and a new, heavy secret.

What helped was small and boring. A psychiatrist who let me swear. Medication that took three tries to get right. A friend who texted me a photo of her dog every single morning for six months and never once asked how I was, because she knew I'd lie.

What didn't help was people treating me like glass. I understood why they did it. But I needed someone to argue with me about football and borrow my jumper and forget, for an hour, what had happened.

If you've come back from the same place, I see you. It gets less heavy. Not all at once, and not in a straight line, but it does.`

/** Both suicide and self-harm, written as a forum reply. */
const FORUM = `Hey, I saw your thread and wanted to answer properly instead of just leaving a heart.

I self-harmed for most of my teens and for a couple of years in my twenties. By the end I was also having suicidal thoughts most nights, which scared me more than anything else had. I'm 34 now and it has been six years since I last hurt myself.

Things that made a difference for me, in no particular order. Telling one person, even badly, even over text. Finding a therapist I could actually be rude to. Writing down what happened right before an urge, because the pattern was obvious once it was on paper (it was almost always Sunday nights and my inbox). Getting a dog, honestly.

Things that didn't help: people asking to see my arms, people who made it about their own feelings, and the idea that I had to be "fully recovered" before I was allowed to feel proud of anything.

You're not weak for struggling with this and you're not a lost cause because you slipped last week. Six years ago I would not have believed I'd be writing this from a sunny balcony with a dog asleep on my feet.`


/** A death by suicide told as a family story: the word comes once, mid-post; the death and grief run through it. */
const GRANDMOTHER = `My grandmother Ruth was the kind of woman who kept a tin of toffees in every coat pocket. She taught me to play rummy before I could read, and she cheated shamelessly, and she laughed so hard when I caught her that she had to sit down.

She grew up on a farm outside Carlisle and married at nineteen. She had four children, buried one of them, and ran the village post office for thirty years. Everyone knew her. Everyone has a story about her.

For most of my childhood I didn't know how she died. I was told it was her heart. When I was twenty-two my mum sat me down and told me the truth: Gran took her own life in the winter of 1994, a few months after my grandad's death.

I've been thinking about her a lot since then. About the funeral I was too young to remember, and the grief my mum carried on her own for decades because nobody in the family would say the word. About how the silence made her death into a secret instead of a loss we could share.

We talk about Gran now. We play rummy at Christmas and we cheat, in her honour. And when someone in the family is struggling, we say so out loud.`

/** Tumblr style: lower case, "relapsed", no clear word but the hashtags at the end. */
const RELAPSE = `i don't usually post long things but it's been a week. i relapsed on tuesday after eight months clean and i've been sitting with it since.

i know the right words. relapse is part of recovery, eight months still counts, one night doesn't erase anything. i know all that. it still feels like i dropped something i'd been carrying really carefully.

what happened was boring. a bad day, an argument, the flat empty, and the old habit right there like it had been waiting. i cut and then i sat on the bathroom floor and cried and then i cleaned up and went to bed.

wednesday i told my therapist. she didn't look disappointed, which i'd been dreading. she asked what the day had been like and we made a new plan for evenings when i'm alone.

so. day four. i'm counting again. if you're reading this and you slipped too, you're not starting from zero. you're starting from experience. that's what she told me and i'm choosing to believe it.

#self harm recovery #sh recovery #personal`

// --- the rule fires on long posts that dwell on a topic -----------------------

describe('content-warning: long posts that dwell on a topic', () => {
  it.each([
    ['suicide loss, topic in the first sentence', BROTHER, 'CW: suicide'],
    ['self-harm, topic in several later sentences', TEACHER, 'CW: self-harm'],
    ['eating disorder recovery', UNIVERSITY, 'CW: eating disorders'],
    ['attempt survivor, one clear mention at the top', SURVIVOR, 'CW: suicide'],
    ['suicide and self-harm together', FORUM, 'CW: suicide, self-harm'],
    ['a death by suicide in the middle of a story of loss', GRANDMOTHER, 'CW: suicide'],
    ['self-harm named by its hashtags', RELAPSE, 'CW: self-harm']
  ])('%s', (_name, text, expected) => {
    const messages = cw(text)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.expected).toEqual([expected])
    expect(messages[0]!.level).toBe('low')
    expect(messages[0]!.severity).toBe('warning')
  })

  it('reports once, at the first prose word (after a heading mark)', () => {
    const [m] = cw(BROTHER, {format: 'markdown'})
    expect(m!.line).toBe(1)
    expect(BROTHER.slice(m!.offset, m!.endOffset)).toBe('What')
  })

  it('fires in the moderator preset too, with a moderator message', () => {
    const messages = checkSync(SURVIVOR, {preset: 'moderator'}).messages.filter((m) => m.ruleId === 'content-warning')
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toMatch(/^Long post about suicide/)
  })

  it('speaks to a writer and explains why', () => {
    const [m] = cw(SURVIVOR)
    expect(m!.message).toMatch(/does not open with a content warning/)
    expect(m!.note).toMatch(/#chatsafe/)
    expect(m!.note).toMatch(/suggestion/)
  })

  it('can be switched off', () => {
    expect(cw(SURVIVOR, {rules: {'content-warning': 'off'}})).toEqual([])
  })
})

// --- existing warnings in every recognised form ---------------------------

describe('content-warning: a warning at the top is recognised', () => {
  const forms = [
    'CW: suicide',
    'TW: suicide, grief',
    'CN: suicide',
    'cn - suicide',
    'TW/CW: suicide',
    'CW/TW suicide',
    'Content warning: suicide and grief',
    'Content Warning - this post talks about losing my brother',
    'Trigger warning: suicide',
    'trigger warning for suicide',
    'Content note: suicide',
    'tw // suicide',
    'cw // su',
    'TW; suicide',
    '[TW: suicide]',
    '(cw: suicide, loss)',
    'tw sui',
    'tw su',
    'cw suicide',
    'CW s*icide',
    '**CW: suicide**',
    '**Content warning:** suicide',
    '> CW: suicide',
    '> **TW**: suicide loss',
    '⚠️ TW: suicide',
    '⚠️ suicide',
    '⚠ mentions of suicide',
    '🚨 suicide mention 🚨',
    '#tw suicide',
    '#cw',
    '#tw_suicide',
    '#triggerwarning suicide',
    'TW',
    'Warning: this post is about suicide.',
    'Heads up: this post talks about suicide and grief.',
    'This post discusses suicide and grief. Please look after yourself while reading.',
    'The following mentions suicide.',
    'Please skip this one if you need to: it is about my brother\'s suicide.',
    'su mention',
    '||tw: suicide||'
  ]
  it.each(forms)('%s', (form) => {
    expect(cw(`${form}\n\n${BROTHER}`)).toEqual([])
  })

  it('a bold warning above a Markdown title', () => {
    expect(cw(`**tw: ed, food**

# Six things I eat now

Two years ago I couldn't have written this list. Here it is anyway, because recovery deserves to be celebrated in its boring details.

1. Toast with real butter, not the spray.
2. Birthday cake, on birthdays, with everyone else.
3. Pasta for dinner on a Tuesday for no reason.
4. Chips at the seaside, out of the paper, with too much vinegar.
5. The free biscuit with a coffee, instead of handing it back.
6. Second helpings when I'm still hungry.

None of these are dramatic. That's the point. My eating disorder made every meal a negotiation, and recovery has made most meals just meals again. Some days are still hard, and I still have a team I see every month. But I wanted to remember how far I've come.

If you're early in recovery and this feels impossible: it felt impossible to me too.`, {format: 'markdown'})).toEqual([])
  })

  it('a warning in brackets inside the first sentence', () => {
    expect(cw(`Hi everyone (cw: suicide, grief) - it's been a while since I posted here and I wanted to share an update on the last year.

In June my uncle Pete died by suicide. He was the uncle who taught me to fish and to swear, usually at the same time. Nobody saw it coming, which I know is what everyone says, but in our family it was true.

The months since have been strange. I went back to work after two weeks because I didn't know what else to do. I cried in the stationery cupboard more than once. My manager was kind about it, which helped more than she probably knows.

The thing I've learned is that grief isn't one feeling. It's anger on Monday and numbness on Tuesday and laughing at one of Pete's stories on Wednesday and then feeling guilty for laughing.

I've started going to a support group for people bereaved by suicide, and it has helped more than anything else. Sitting in a room where nobody flinches at the word is a relief I can't describe.

Thanks for reading. I'll try to post more often.`)).toEqual([])
  })

  it('also in Markdown', () => {
    for (const form of ['**CW: suicide**', '> TW: suicide', '_tw: suicide_', '# CW: suicide']) {
      expect(cw(`${form}\n\n${BROTHER}`, {format: 'markdown'})).toEqual([])
    }
  })

  it('under a title, within the first lines', () => {
    expect(cw(`# Tom\n\nCW: suicide\n\n${BROTHER.replace(/^# .*\n\n/, '')}`, {format: 'markdown'})).toEqual([])
  })

  it('in YAML front matter', () => {
    for (const field of ['cw: suicide', 'content_warning: suicide, grief', 'trigger_warning: "suicide"', 'content-warning:\n  - suicide\n  - grief', 'tw: [suicide]']) {
      const text = `---\ntitle: Tom\n${field}\n---\n\n${BROTHER}`
      expect(cw(text, {format: 'markdown'})).toEqual([])
      expect(cw(text)).toEqual([])
    }
  })

  it('in TOML front matter', () => {
    expect(cw(`+++\ntitle = "Tom"\ncontent_warning = "suicide"\n+++\n\n${BROTHER}`, {format: 'markdown'})).toEqual([])
  })

  it('an empty front-matter field is no warning', () => {
    expect(cw(`---\ntitle: Tom\ncw:\n---\n\n${BROTHER}`, {format: 'markdown'})).toHaveLength(1)
  })

  it('in HTML, bold or in a paragraph', () => {
    const html = `<article>\n  <p><strong>TW:</strong> suicide</p>\n  <h1>Tom</h1>\n${BROTHER.split('\n\n').slice(1).map((p) => `  <p>${p.trim()}</p>`).join('\n')}\n</article>\n`
    expect(cw(html, {format: 'html'})).toEqual([])
  })

  it('in an HTML <details> block', () => {
    const html = `<details><summary>About this post</summary><p>It is about my brother.</p></details>\n${BROTHER.split('\n\n').slice(1).map((p) => `<p>${p.trim()}</p>`).join('\n')}\n`
    expect(cw(html, {format: 'html'})).toEqual([])
  })

  it('"CW:" with a weight is a current weight, not a warning', () => {
    for (const top of ['CW: 47kg', 'cw 47 kg', 'CW: 104 lbs', 'CW - 7st 2']) {
      expect(cw(`${top}\n\n${UNIVERSITY}`)).toHaveLength(1)
    }
  })

  it('"cw: 47kg" opening a restriction diary is a weight, and the post still needs a warning', () => {
    expect(cw(CURRENT_WEIGHT)[0]!.expected).toEqual(['CW: eating disorders'])
  })

  it('a warning far down the post does not count', () => {
    const paragraphs = SURVIVOR.split('\n\n')
    const text = [...paragraphs.slice(0, 3), 'CW: suicide', ...paragraphs.slice(3)].join('\n\n')
    expect(cw(text)).toHaveLength(1)
  })

  it('"Warning:" or "Heads up" with no topic and no mood is not a content warning', () => {
    expect(cw(`Warning: long post ahead, grab a tea.\n\n${SURVIVOR}`)).toHaveLength(1)
    expect(cw(`Heads up, this one is heavy.\n\n${SURVIVOR}`)).toEqual([])
  })

  it('"TW" that is not a warning label does not count', () => {
    expect(cw(`Saw this on TW and wanted to write a longer version.\n\n${SURVIVOR}`)).toHaveLength(1)
    expect(cw(`#twitter #cnn #twins\n\n${SURVIVOR}`)).toHaveLength(1)
  })
})

// --- posts that must not fire ---------------------------------------------

/** A race report that names the topics once, in passing. */
const RACE = `# Race report: the riverside 10k

Sunday was my first ever 10k and I'm still buzzing. I signed up in January after a friend bet me I wouldn't, and I trained through the wettest spring I can remember.

The start was chaos. Two thousand people in a car park, a man dressed as a banana, and a warm-up led by someone with a whistle and far too much energy. I went off too fast, as everyone told me I would, and paid for it at the hill by the boathouse.

I ran for a local charity that runs support groups for families affected by suicide and self-harm, and our little team raised just over nine hundred pounds. Thank you to everyone who sponsored me, especially my nan, who gave twenty quid and a lecture about stretching.

Kilometre seven was the worst. My knees hurt, my playlist betrayed me with a slow song, and a toddler overtook me. Then the crowd by the bridge started shouting names off our shirts and I found a second wind I didn't know I had.

Finish time: 58 minutes and 40 seconds. Not fast, but under an hour, which was the goal. The bacon roll at the end was the best meal of my life.

Next up: a half marathon in October. Someone stop me.`

/** Book club notes: one novel touches on an eating disorder, late in the post. */
const BOOK_CLUB = `Notes from Thursday's book club, for those who missed it.

We finally finished the doorstop of a family saga that Marion chose back in February. Opinions were split almost exactly down the middle. Half of us loved the slow pace and the way the house itself felt like a character; the other half thought the middle section about the vineyard could have lost a hundred pages without anyone noticing.

Everyone agreed the grandmother was the best thing in it. Derek read out her speech at the wedding and got a round of applause, which I think surprised him.

There was a good discussion about the younger sister, whose eating disorder is handled in a couple of careful pages rather than made into a plot twist. Several people said they appreciated that.

For next month we're reading something shorter, thank goodness: a collection of linked stories set on a Scottish island. Jean is hosting, and she has promised scones. Bring your own mug because she only owns four.

If anyone wants to suggest books for the autumn list, put them in the group chat by the end of the month.`

/** A running blog where "hurt myself" is a sports injury. */
const INJURY = `Well, that's the season over. I hurt myself on the last long run before the marathon, about six miles from home, on the one stretch of towpath with no bus stop anywhere near it.

It started as a twinge in my left calf and turned into something that made me walk the last two miles like a baby giraffe. The physio says it's a grade two strain and that I should expect six to eight weeks off, which in runner terms is roughly a prison sentence.

So I'm trying to be sensible. I've swapped running for swimming, badly, and I'm doing the boring strength exercises I always skipped. I've deferred my marathon place to next spring. I've also eaten an alarming number of biscuits, which I'm counting as part of the healing process.

The hardest part is the mornings. Running was how I cleared my head before work, and without it the day feels like it starts in the middle. If any of you have tips for staying sane while injured, I'm all ears.

I'll still be at the Saturday parkrun, volunteering as a marshal. Come and say hello and tell me about your runs so I can be jealous.`

/** Politics, with "political suicide" twice. */
const POLITICS = `The council's decision to close the library on Elm Street was announced on Tuesday, and by Wednesday the petition had four thousand signatures. I have lived here for twenty years and I have never seen the town this angry about anything, including the car park charges.

Several councillors have said privately that backing the closure would be political suicide in an election year. One of them told the local paper that anyone who votes for it can expect to lose their seat, and I suspect he is right.

The library is more than books. It is the only warm place in that part of town where you can sit all day without buying anything. It runs the toddler group, the job club and the homework club. It prints boarding passes for people who don't own printers and forms for people who can't get online.

The council says the building needs a new roof it cannot afford. Fine. Then let's talk about the roof, and about who else might pay for it, instead of pretending the library is a luxury.

The meeting is next Thursday at seven. Come, bring a neighbour, and tell them what the library means to you. Cutting it might save money this year, but it would be career suicide for the people who sign it off.`

/** Depression at work; "suicidal" once, negated, in passing. */
const DEPRESSION = `I've had depression on and off since I was a teenager, and this winter has been one of the off ones. I want to write about what that's like at work, because I think it's rarely talked about.

Depression at work doesn't look like crying at your desk. For me it looks like reading the same email four times. It looks like saying yes to meetings I can't face because saying no requires energy I haven't got. It looks like eating lunch in the car so I don't have to make conversation.

My manager noticed before I did. She asked me, in a very ordinary voice, whether I was okay, and I said I was fine, and she said "you don't have to be." I wasn't suicidal, but I was exhausted, and that was enough to make me book a GP appointment.

I'm on medication now and I've started therapy through the employee assistance programme. It's helping, slowly. I've also told two colleagues, which I never thought I would do.

If your team has someone who's gone quiet, ask. You don't have to fix anything. Just ask, and mean it.`

/** Grief for a dog, with "I'm not suicidal" once: a denial is not the topic. */
const DOG = `We said goodbye to Biscuit on Saturday. She was fourteen, which the vet says is a good age for a spaniel, and she spent her last afternoon asleep in a patch of sun on the kitchen floor, which is exactly where she would have chosen.

I didn't expect grief for a dog to hit this hard. I keep hearing her tags jingle when it's just the washing machine. I still put my foot out to avoid her when I open the back door. This morning I bought her favourite chews on autopilot and had to leave the shop.

To be clear, I'm not suicidal or anything, just sad in a way that surprised me. A friend said losing a dog is losing the one creature who was always pleased to see you, and that made me cry in a car park.

We're going to scatter her ashes on the beach where she used to chase gulls she never once caught. My daughter has drawn a picture of her with wings and a tennis ball.

If you have a dog, give them an extra biscuit tonight. From Biscuit.`

/** A sponsored walk for a suicide prevention charity. */
const WALK = `Last weekend our office did a sponsored walk along the coast path, eighteen miles from the harbour to the lighthouse and back. I'm writing this with blisters on my blisters.

We picked a suicide prevention charity this year because one of our team lost a cousin a while ago and asked if we could. Everyone agreed straight away. We raised a little over two thousand pounds, which is double last year.

The walk itself was glorious and ridiculous. We got lost twice, once because the map was upside down and once because Gareth insisted he knew a shortcut. We saw seals. We ate an unreasonable number of pasties. Priya brought a speaker and made us listen to nineties pop for the whole final stretch.

The best moment was at the lighthouse, where a stranger asked what the T-shirts were for and then quietly handed us a twenty-pound note. Small kindnesses from strangers always get me.

Thanks to everyone who donated. Next year: shorter walk, better shoes.`

/** A first-person crisis post. */
const CRISIS = `I don't really know where else to post this. I'm 22 and I've been thinking about suicide pretty much every day for the last month. I'm not going to do anything tonight, I just need to say it somewhere.

Everything feels like too much. I dropped out of uni in March and I haven't told my parents. I pretend to leave for lectures every morning and sit in the library instead. I can't sleep, I can't eat properly, and I keep thinking everyone would be better off without me having to be dealt with.

I had a counsellor at uni but I stopped going when I stopped going to anything else. I don't know how to start again. I don't know who I'd even ring.

Has anyone been here and got out? What did you do first? I'm so tired of feeling like this.`

/** Restriction diary that opens with a current weight. */
const CURRENT_WEIGHT = `cw: 47kg

day 12 of the new plan. woke up early again, walked to work, black coffee. i'm trying to keep everything under 600 and so far it's working. my sister keeps asking if i'm eating properly and i keep saying yes. the numbers on the scale are going down and it's the only thing that feels like mine.

i know what the doctors would say. i know what my friends would say. i had anorexia at fifteen and spent a summer on a ward, so i know exactly where this goes. but it doesn't feel like that this time. it feels like control.

i've started wearing my brother's hoodies so nobody notices. i've got good at pushing food around a plate. i skip breakfast and tell everyone i ate on the way.

i don't really know why i'm writing this. maybe because nobody in real life knows. maybe because part of me wants someone to tell me to stop, and part of me really doesn't.`

const SHELL_README = `# brace-expand

Brace expansion, as known from sh/bash, in JavaScript.

## Example

Run the sh script in the repository, or call it from a #!/bin/sh file. It works
the same from zsh or sh, and posix sh users need nothing more. Patterns such as
{a,b}c expand to ac and bc, and ranges such as {1..3} expand to 1, 2 and 3.

## Install

Install it with npm. The package has no dependencies and runs in every current
browser and in Node. It is small and fast, and every release is tested against
the output of bash itself, so that what you get matches the shell you know.

## License

MIT. Contributions are welcome: open an issue first to talk about the change.
`

const CHANGELOG = `# Changelog

## 5.4.0

- cluster: send suicide message on disconnect, so the primary knows a worker left on purpose.
- cluster: fix a race condition setting the suicide prop when a worker exits early.
- test: improve test-cluster-disconnect-suicide-race so it no longer times out on slow machines.
- tools: remove the last of the error masking in commit-queue.sh and start-ci.sh.
- tools: use an arrow function for the callback in lint-sh.js.
- build: use ccache in make-v8.sh on every platform that has it installed.
- docs: explain how the primary process restarts a worker after it exits.
`

describe('content-warning: posts that must not fire', () => {
  it.each([
    ['a depression post that says "I wasn\'t suicidal" once', DEPRESSION],
    ['a walk for a suicide prevention charity', WALK],
    ['grief for a pet, with a denial of suicidal feelings', DOG],
    ['a race report that mentions suicide and self-harm once', RACE],
    ['book club notes that mention an eating disorder once', BOOK_CLUB],
    ['a sports injury ("I hurt myself")', INJURY],
    ['"political suicide" and "career suicide"', POLITICS],
    ['a software README that opens with "sh/bash" (the shell, not self-harm)', SHELL_README],
    ['a changelog with shell scripts and the old cluster "suicide" flag', CHANGELOG]
  ])('%s', (_name, text) => {
    expect(cw(text)).toEqual([])
  })

  it.each([
    'My brother died by suicide three years ago today. Miss you every day, Tom.',
    'Reading a brilliant thread on self-harm recovery tonight and feeling hopeful for once.',
    'Nineteen months into anorexia recovery and I ate pizza with my friends without counting anything. Small wins.',
    "I'm not suicidal, I promise, I'm just so tired of this week.",
    'CW: suicide. A short note: the support group meets on Tuesdays now, not Mondays.',
    "Our school's self-harm awareness training was actually useful - the trainer talked about how to respond without panicking and what not to say."
  ])('a tweet or comment: %s', (text) => {
    expect(cw(text)).toEqual([])
  })

  it('a writer in crisis gets crisis-signal, not advice on warnings; a moderator sees both', () => {
    expect(cw(CRISIS)).toEqual([])
    expect(checkSync(CRISIS, {preset: 'moderator'}).messages.filter((m) => m.ruleId === 'content-warning')).toHaveLength(1)
  })

  it('an empty post', () => {
    expect(cw('')).toEqual([])
    expect(cw('   \n\n ')).toEqual([])
  })
})

// --- the fix ---------------------------------------------------------------

describe('content-warning: the fix', () => {
  it('plain text: a first line, then a blank line', () => {
    const result = fix(SURVIVOR, cwOnly)
    expect(result.text).toBe(`CW: suicide\n\n${SURVIVOR}`)
    expect(fix(result.text, cwOnly).text).toBe(result.text)
    expect(result.remaining.filter((m) => m.ruleId === 'content-warning')).toEqual([])
  })

  it('names every topic found, in catalogue order', () => {
    expect(fix(FORUM, cwOnly).text.startsWith('CW: suicide, self-harm\n\nHey,')).toBe(true)
    expect(fix(UNIVERSITY, cwOnly).text.startsWith('CW: eating disorders\n\nI was diagnosed')).toBe(true)
  })

  it('Markdown without front matter: a paragraph before the first block', () => {
    const options: CheckOptions = {...cwOnly, format: 'markdown'}
    const result = fix(BROTHER, options)
    expect(result.text).toBe(`CW: suicide\n\n${BROTHER}`)
    expect(fix(result.text, options).text).toBe(result.text)
  })

  it('Markdown with front matter: after the front matter', () => {
    const options: CheckOptions = {...cwOnly, format: 'markdown'}
    const text = `---\ntitle: What my brother's friends taught me\ndate: 2024-05-01\n---\n\n${BROTHER}`
    const result = fix(text, options)
    expect(result.text).toBe(`---\ntitle: What my brother's friends taught me\ndate: 2024-05-01\n---\n\nCW: suicide\n\n${BROTHER}`)
    expect(fix(result.text, options).text).toBe(result.text)
  })

  it('HTML: a paragraph before the first block, inside the wrapper', () => {
    const options: CheckOptions = {...cwOnly, format: 'html'}
    const body = SURVIVOR.split('\n\n').map((p) => `  <p>${p}</p>`).join('\n')
    const html = `<article>\n  <h1>Three winters</h1>\n${body}\n</article>\n`
    const result = fix(html, options)
    expect(result.text).toBe(`<article>\n  <p>CW: suicide</p>\n  <h1>Three winters</h1>\n${body}\n</article>\n`)
    expect(fix(result.text, options).text).toBe(result.text)
  })

  it('HTML fragment without a wrapper', () => {
    const options: CheckOptions = {...cwOnly, format: 'html'}
    const html = SURVIVOR.split('\n\n').map((p) => `<p>${p}</p>`).join('\n')
    const result = fix(html, options)
    expect(result.text).toBe(`<p>CW: suicide</p>\n${html}`)
    expect(fix(result.text, options).text).toBe(result.text)
  })

  it('keeps Windows line endings', () => {
    const text = SURVIVOR.replace(/\n/g, '\r\n')
    expect(fix(text, cwOnly).text).toBe(`CW: suicide\r\n\r\n${text}`)
  })

  it('the message carries the insertion as its fix', () => {
    const [m] = cw(SURVIVOR)
    expect(m!.fix).toEqual({range: [0, 0], text: 'CW: suicide\n\n'})
  })
})
