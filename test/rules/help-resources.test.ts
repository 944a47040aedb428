import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {checkSync, fix, rules} from '../../src/index.js'
import {crisisLines, regionFor} from '../../rules/help-resources.js'
import type {CheckOptions} from '../../src/types.js'

const only = (...ids: string[]): Record<string, 'off' | 'warning'> =>
  Object.fromEntries(Object.keys(rules).map((r) => [r, ids.includes(r) ? 'warning' : 'off']))
const hrOnly: CheckOptions = {rules: only('help-resources')}

function hr(text: string, options: CheckOptions = {}) {
  return checkSync(text, {preset: 'writer', ...options}).messages.filter((m) => m.ruleId === 'help-resources')
}

// --- long posts about suicide or self-harm (written for these tests) -------

/** A mother on her daughter's self-harm; the topic opens the post. */
const MOTHER = `Last spring I found out that my daughter, who was fifteen at the time, had been self-harming for almost a year. I'm sharing what I learned because I wish someone had told me these things before.

First: she didn't do it for attention. She did it in secret, and she went to a lot of trouble to keep it secret, which is the opposite of seeking attention. When she finally told me, it was because she was frightened, not because she wanted a reaction.

Second: my reaction mattered more than I realised. I cried, which I regret, and then I asked a lot of questions very fast, which I regret more. What worked better, later, was sitting next to her in the car and saying, "I'm not going anywhere. We'll figure it out."

Third: there is no quick fix. We had a long wait for the school counsellor and a longer one for the clinic. In the meantime we made a plan together for the bad evenings: who she could message, what she could do with her hands, when she should wake me up.

She's seventeen now. She still has hard weeks. But she talks to me, and I've learned to listen without flinching.`

/** A reflection on a friend's death by suicide, in a newsletter voice. */
const NEWSLETTER = `Dear friends,

This month's letter is a harder one to write. Many of you knew Sam from the allotments, where he grew the biggest marrows any of us had ever seen and gave most of them away. Sam died by suicide in August. His family have asked us to say so plainly, because they don't want his death hidden.

We've talked a lot as a committee about what we could have noticed. The honest answer is: maybe some things, maybe nothing. Sam was quieter in the summer, and he stopped coming to the Thursday work parties. At the time we put it down to his back.

What we can do now is look after each other. If someone you garden next to goes quiet, ask them how they are, and then ask again. It is all right to ask directly whether someone is thinking about suicide. It doesn't put the idea in their head. It gives them a way to answer.

There will be a small gathering at plot 14 on the first Saturday of next month, at eleven. Bring a flask. Sam's sister will be there and would love to hear your stories.

With love, the committee`

/** A survivor's blog in Markdown; topic named once, at the top. */
const TEN_YEARS = `## Ten years

Ten years ago this month I survived a suicide attempt, and I've decided to mark it this year instead of letting it pass quietly.

I'm not going to describe what happened. What I want to say is what came after: the slow, unglamorous business of staying alive when part of you isn't sure about it yet. Appointments. Pills that made me sleepy and then pills that didn't. Learning to tell my sister the truth when she asked how I was.

There was no single moment where things turned around. It was more like a tide going out. One week I noticed I'd laughed at something on the radio. A month later I booked a holiday. A year later I realised I'd stopped counting days.

I have a job I like now, a partner who makes terrible puns, and a bike I ride to the coast on Sundays. None of that was visible from where I stood ten years ago.

So if you're reading this from somewhere dark, I'm not going to tell you it gets better on a schedule. I'm going to tell you that it got better for me, slowly, and that I'm glad I stayed to see it.`

/** An eating-disorder-only post: help-resources never applies. */
const BINGE = `For most of my twenties I had binge eating disorder and didn't know it had a name. I thought I was just greedy, or weak, or bad at being an adult. I'm writing this because the name changed everything for me.

It usually happened in the evenings, after a long day of being "good". I'd eat very little until dinner, then lose hours in the kitchen, then wake up the next morning ashamed and promise myself I'd be stricter. You can probably see the cycle. I couldn't, from the inside.

The first professional who used the words "eating disorder" was a nurse at my GP surgery, of all people. She asked a question nobody had asked before: what happens before a binge? I started to cry in her little room with the blood pressure cuff on the desk.

Treatment was a mix of therapy, regular meals, and unlearning an entire rulebook about good and bad food. It took a couple of years. It was worth it.

I'm thirty-three now. I eat three meals a day, snacks when I want them, and dessert without a side of guilt. It still feels like a small miracle.`

/** Friend in crisis, with a warning but no route to help. */
const FRIEND_WARNED = `TW: suicidal thoughts (a friend's)

A few weeks ago my housemate told me, very calmly over breakfast, that she had been thinking about killing herself. She said it the way you'd mention that the milk had gone off. I put my toast down and asked her to say it again.

I'm not a professional and I was terrified of saying the wrong thing. So I mostly listened. I asked what the thoughts were like and how long she'd had them. I asked whether she had made any plans, and she said no, and I believed her, but I also asked if she would tell me if that changed.

We rang her GP together that morning and got an appointment for the afternoon. I walked her there and sat in the waiting room with a magazine I didn't read. Since then she's started seeing someone every week and she says it's helping, slowly.

I keep thinking about how ordinary that breakfast was, and how easy it would have been to miss. If someone tells you something like this, stay with them. You don't need the perfect words.`

/** A long post that touches on self-harm only in passing. */
const CONFERENCE = `I spent Tuesday and Wednesday at the regional youth work conference, and I came back with a notebook full of scribbles and a tote bag I will never use.

The opening keynote was about funding, and it was as cheerful as you'd expect. The speaker made a good point, though: services that close take years to rebuild, and the young people who relied on them don't wait. Several of us nodded so hard we nearly pulled something.

The best session was on detached youth work: meeting young people in parks and bus stations rather than waiting for them to come to a building. The two workers running it were funny and honest about what goes wrong. One of them described a whole winter spent building trust with a group who mostly communicated by throwing chips at each other.

After lunch there was a short panel on supporting young people who self-harm, which I found thoughtful, although it was only forty minutes and could easily have filled a day.

The last session was on digital youth work and mostly convinced me I'm old.

I've come back with three ideas to try in our Thursday group. I'll report back on how badly they go.`

/** A loss post that names a service in its last line. */
const DANNY = `It's been a year since we lost Danny. I keep meaning to write something and then the words go. This is my attempt, and it will not be tidy.

Danny was my best mate from the first day of secondary school, when we both got detention for laughing in assembly. He was the loudest person in any room and the first to notice if someone was left out. He drove a terrible car and sang in it constantly.

He died by suicide last March. I'm saying it plainly because he deserves the truth and because pretending otherwise helps nobody. None of us knew how much he was struggling. He was good at hiding it, and we weren't good at asking.

This year I've learned that grief comes in waves, that it's fine to laugh at his stupid jokes in the group chat, and that I can miss him and still be glad for the years we had.

If you're finding things hard, Samaritans are there day and night, and you don't have to be in crisis to call them.`

/** A news report in Markdown with front matter. */
const INQUEST = `---
title: "Coroner calls for better support after student deaths"
date: 2024-03-02
tags: [news, education]
---

# Coroner calls for better support after student deaths

A coroner has called for universities to share information with families sooner, after an inquest heard that two students at the same university died by suicide within six months of each other.

The inquest was told that both students had been in contact with university wellbeing services in the weeks before they died. In one case, staff had recorded concerns about the student's mental health but had not contacted the family, citing confidentiality rules.

The coroner said the current approach left families "in the dark at exactly the moment they could have helped", and issued a prevention of future deaths report to the university and to the Department for Education.

A university spokesperson said it would "study the report carefully" and had already introduced an opt-in scheme asking new students to nominate a trusted contact.

Campaigners, including parents who lost children to suicide, have called for the opt-in scheme to become a national standard. Several other universities already use similar schemes.

The Department for Education has 56 days to respond.`

/** A full HTML page. */
const PARTNER = `<!DOCTYPE html>
<html>
<head><title>Finding words</title></head>
<body>
<main>
  <h1>Finding words</h1>
  <p>When my partner told me he'd been self-harming, my first feeling was guilt: how had I not noticed? We live together. We share a bathroom. I thought I knew him.</p>
  <p>I've since learned that not noticing is normal. People who self-harm often become very good at hiding it, and it was never my job to catch him out. What mattered was what I did once I knew.</p>
  <p>I asked what he needed. Mostly he needed me not to panic, and not to watch him like a hawk. He needed me to keep being his partner, not his nurse.</p>
  <p>We found him a therapist, through his work, which took two months. In those two months we talked more honestly than we had in years.</p>
  <p>It's been a year. He still has urges sometimes, and he tells me about them. I don't always know what to say, but I've stopped thinking I have to.</p>
</main>
</body>
</html>`

// --- the rule fires --------------------------------------------------------

describe('help-resources: long posts about suicide or self-harm with no route to help', () => {
  it.each([
    ['a parent on self-harm', MOTHER, /self-harm/],
    ['a death by suicide, newsletter', NEWSLETTER, /suicide/],
    ['an attempt survivor, Markdown', TEN_YEARS, /suicide/],
    ['a warned post about a friend\'s suicidal thoughts', FRIEND_WARNED, /suicide/],
    ['a news report', INQUEST, /suicide/],
    ['a full HTML page', PARTNER, /self-harm/]
  ])('%s', (_name, text, about) => {
    const messages = hr(text)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toMatch(about)
    expect(messages[0]!.level).toBe('low')
    expect(text.slice(messages[0]!.offset, messages[0]!.endOffset)).toMatch(/^\w+$/)
  })

  it('tells a writer what is missing and why', () => {
    const [m] = hr(NEWSLETTER)
    expect(m!.message).toMatch(/does not say where to get help/)
    expect(m!.message).toMatch(/WHO/)
    expect(m!.note).toMatch(/WHO/)
  })

  it('tells a moderator what is missing', () => {
    const messages = checkSync(NEWSLETTER, {preset: 'moderator'}).messages.filter((m) => m.ruleId === 'help-resources')
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toMatch(/no route to help/)
  })

  it('a GP appointment in the story is not a route to help for the reader', () => {
    expect(hr(FRIEND_WARNED)).toHaveLength(1)
  })
})

// --- routes to help in each recognised form --------------------------------

describe('help-resources: a route to help is recognised', () => {
  const routes = [
    "If you're struggling, you can call or text 988 any time.",
    'In the US, the 988 Suicide & Crisis Lifeline is there day and night.',
    'Call or text 9-8-8 if you need to talk to someone.',
    'Samaritans are there day or night on 116 123.',
    'Samaritans: 116123 (free).',
    'You can text SHOUT to 85258 at any hour.',
    'Crisis Text Line: text HOME to 741741.',
    'In Australia, Lifeline is on 13 11 14.',
    'In New Zealand you can free call or text 1737.',
    'Pieta: 1800 247 247.',
    'Find a helpline near you at findahelpline.com.',
    'There are helplines listed at https://www.befrienders.org if you need one.',
    'Support: https://www.samaritans.org/how-we-can-help/',
    'You can email jo@samaritans.org if talking feels too hard.',
    'Please reach out to a crisis line in your country if any of this is you.',
    'If you need help, call your local helpline.',
    'If you are in danger right now, call 999.',
    'The old Lifeline number, 1-800-273-8255, still works too.',
    'If you are struggling, please call the helpline on 0800 123 4567.',
    "If you're struggling, there's a list of services at https://example.org/support.",
    'The Trevor Project is there for LGBTQ+ young people.',
    // read in the matching view (src/engine/fold.ts), as the rules read words
    'If you are struggling, call or text ９８８ any time.'
  ]
  it.each(routes)('%s', (route) => {
    expect(hr(`${NEWSLETTER}\n\n${route}`)).toEqual([])
  })

  it('a named service in the last line', () => {
    expect(hr(DANNY)).toEqual([])
    expect(hr(DANNY.replace(/\n\n[^\n]*Samaritans[^\n]*$/, ''))).toHaveLength(1)
  })

  it('anywhere in the post, not only at the end', () => {
    const [first, ...rest] = MOTHER.split('\n\n')
    expect(hr([first, 'If this is you, you can text SHOUT to 85258.', ...rest].join('\n\n'))).toEqual([])
  })

  it('in Markdown links and HTML', () => {
    expect(hr(`${TEN_YEARS}\n\nIf you need to talk, [Samaritans](https://www.samaritans.org) are there.`, {format: 'markdown'})).toEqual([])
    const html = `${TEN_YEARS.split('\n\n').map((p) => `<p>${p}</p>`).join('\n')}\n<p>Call <a href="tel:988">988</a> any time.</p>`
    expect(hr(html, {format: 'html'})).toEqual([])
  })

  it('a year or a count is not a crisis number', () => {
    expect(hr(`${NEWSLETTER}\n\nThe allotments were founded in 1737 and have 988 members.`)).toHaveLength(1)
  })

  it('"lifeline" as a figure of speech is not a service', () => {
    expect(hr(`${MOTHER}\n\nHer best friend has been a lifeline for both of us.`)).toHaveLength(1)
  })

  it('an emergency number needs a word of calling', () => {
    expect(hr(`${NEWSLETTER}\n\nThe gathering starts at 11 and we'll finish by 1.`)).toHaveLength(1)
  })
})

// --- posts that must not fire ----------------------------------------------

describe('help-resources: posts that must not fire', () => {
  it('an eating-disorder-only post', () => {
    expect(hr(BINGE)).toEqual([])
    // content-warning still applies to it
    expect(checkSync(BINGE).messages.some((m) => m.ruleId === 'content-warning')).toBe(true)
  })

  it('a long post that mentions self-harm in passing', () => {
    expect(hr(CONFERENCE)).toEqual([])
  })

  it('a passing mention warned as a mention ("sh mention")', () => {
    expect(hr(`sh mention\n\n${CONFERENCE}`)).toEqual([])
  })

  it.each([
    'Sam died by suicide in August. We miss him at the allotments.',
    'Two years free of self-harm today and I bought myself flowers.',
    'Is it normal to still think about my attempt every birthday? Ten years on.'
  ])('a short post: %s', (text) => {
    expect(hr(text)).toEqual([])
  })
})

// --- the fix -----------------------------------------------------------------

describe('help-resources: the fix', () => {
  const intl = "If you're struggling or worried about someone, you can find a free, confidential helpline in your country at findahelpline.com."

  it('plain text, no region: an international directory at the end', () => {
    const result = fix(MOTHER, hrOnly)
    expect(result.text).toBe(`${MOTHER}\n\n${intl}`)
    expect(fix(result.text, hrOnly).text).toBe(result.text)
    expect(result.remaining.filter((m) => m.ruleId === 'help-resources')).toEqual([])
  })

  it('keeps the trailing newline after the appended paragraph', () => {
    expect(fix(`${MOTHER}\n`, hrOnly).text).toBe(`${MOTHER}\n\n${intl}\n`)
  })

  it.each([
    ['US', /call or text 988 .*988lifeline\.org/],
    ['us', /988/],
    ['UK', /Samaritans .*116 123.*SHOUT to 85258/],
    ['GB', /116 123/],
    ['IE', /116 123.*Pieta on 1800 247 247/],
    ['CA', /9-8-8/],
    ['AU', /Lifeline on 13 11 14/],
    ['NZ', /1737/],
    ['IN', /Tele-MANAS.*14416/],
    ['DE', /TelefonSeelsorge/],
    ['FR', /3114/],
    ['ES', /024/],
    ['XX', /findahelpline\.com/]
  ])('region %s', (region, expected) => {
    const options: CheckOptions = {...hrOnly, region}
    const result = fix(NEWSLETTER, options)
    const added = result.text.slice(NEWSLETTER.length)
    expect(added).toMatch(expected)
    expect(added.startsWith('\n\n')).toBe(true)
    expect(fix(result.text, options).text).toBe(result.text)
  })

  it('the message names the region', () => {
    expect(hr(NEWSLETTER, {region: 'UK'})[0]!.message).toMatch(/United Kingdom/)
    expect(hr(NEWSLETTER)[0]!.message).toMatch(/international/)
  })

  it('Markdown with front matter and a title, both fixes', () => {
    const options: CheckOptions = {rules: only('help-resources', 'content-warning'), format: 'markdown', region: 'UK'}
    const result = fix(INQUEST, options)
    const [frontMatter, rest] = [INQUEST.slice(0, INQUEST.indexOf('# Coroner')), INQUEST.slice(INQUEST.indexOf('# Coroner'))]
    expect(result.text).toBe(`${frontMatter}CW: suicide\n\n${rest}\n\n${regionFor('UK').region.suggest}`)
    expect(fix(result.text, options).text).toBe(result.text)
  })

  it('Markdown with front matter', () => {
    const options: CheckOptions = {...hrOnly, format: 'markdown', region: 'AU'}
    const text = `---\ntitle: Ten years\n---\n\n${TEN_YEARS}`
    const result = fix(text, options)
    expect(result.text).toBe(`${text}\n\n${regionFor('AU').region.suggest}`)
    expect(fix(result.text, options).text).toBe(result.text)
  })

  it('a full HTML page: inside <main>, after the last paragraph', () => {
    const options: CheckOptions = {...hrOnly, format: 'html', region: 'NZ'}
    const result = fix(PARTNER, options)
    expect(result.text).toContain(`I have to.</p>\n  <p>${regionFor('NZ').region.suggest}</p>\n</main>`)
    expect(fix(result.text, options).text).toBe(result.text)
  })

  it('HTML: a paragraph after the last block, inside the wrapper, escaped', () => {
    const options: CheckOptions = {...hrOnly, format: 'html', region: 'US'}
    const body = TEN_YEARS.split('\n\n').slice(1).map((p) => `  <p>${p}</p>`).join('\n')
    const html = `<article>\n  <h2>Ten years</h2>\n${body}\n</article>\n`
    const result = fix(html, options)
    const suggestion = regionFor('US').region.suggest.replace('&', '&amp;')
    expect(result.text).toBe(`<article>\n  <h2>Ten years</h2>\n${body}\n  <p>${suggestion}</p>\n</article>\n`)
    expect(fix(result.text, options).text).toBe(result.text)
  })

  it('both post-level fixes together, applied once', () => {
    const options: CheckOptions = {rules: only('help-resources', 'content-warning'), region: 'UK'}
    const result = fix(MOTHER, options)
    expect(result.text).toBe(`CW: self-harm\n\n${MOTHER}\n\n${regionFor('UK').region.suggest}`)
    expect(fix(result.text, options).text).toBe(result.text)
    expect(result.remaining).toEqual([])
  })
})

// --- dictionaries/crisis-lines.yml ----------------------------------------

describe('crisis-lines.yml', () => {
  const raw = parse(readFileSync(fileURLToPath(new URL('../../dictionaries/crisis-lines.yml', import.meta.url)), 'utf8')) as typeof crisisLines
  const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
  const digits = (s: string) => s.replace(/\D/g, '')
  const retired = (raw.retired ?? []).flatMap((r) => r.numbers.map(digits))

  it('the compiled data is the file', () => {
    expect(crisisLines).toEqual(raw)
  })

  it('has the default region and the regions the CLI documents', () => {
    expect(raw.regions[raw.default]).toBeDefined()
    for (const code of ['US', 'UK', 'IE', 'CA', 'AU', 'NZ', 'IN', 'INTL']) expect(raw.regions[code], code).toBeDefined()
  })

  for (const [code, region] of Object.entries(raw.regions)) {
    describe(code, () => {
      it('has a name, a suggestion and lines', () => {
        expect(region.name).toBeTruthy()
        expect(region.suggest).toBeTruthy()
        expect(region.lines.length).toBeGreaterThan(0)
      })

      it('every line has a name, a contact, a checked date and a source', () => {
        for (const line of region.lines) {
          expect(line.name, JSON.stringify(line)).toBeTruthy()
          expect(line.contact, line.name).toBeTruthy()
          expect(String(line.checked), line.name).toMatch(ISO_DATE)
          expect(Number.isNaN(Date.parse(String(line.checked))), line.name).toBe(false)
          expect(line.source, line.name).toMatch(/^https?:\/\/\S+$/)
          expect((line.numbers ?? []).length + (line.web ?? []).length, `${line.name} gives a number or a link`).toBeGreaterThan(0)
          for (const n of line.numbers ?? []) expect(typeof n, `${line.name}: quote numbers`).toBe('string')
        }
      })

      it('suggests only numbers and links of its own lines or the international directory', () => {
        const known = new Set([...region.lines, ...raw.regions.INTL!.lines].flatMap((l) => (l.numbers ?? []).map(digits)))
        const web = [...region.lines, ...raw.regions.INTL!.lines].flatMap((l) => l.web ?? [])
        const numbersInText = region.suggest.match(/\d[\d -]*\d/g) ?? []
        for (const n of numbersInText) expect(known.has(digits(n)), `${code} suggests ${n}`).toBe(true)
        for (const domain of region.suggest.match(/[a-z0-9-]+(\.[a-z0-9-]+)+/gi) ?? []) expect(web, `${code} suggests ${domain}`).toContain(domain)
      })

      it('never suggests or lists a retired number', () => {
        for (const n of region.suggest.match(/\d[\d -]*\d/g) ?? []) expect(retired).not.toContain(digits(n))
        for (const line of region.lines) for (const n of line.numbers ?? []) expect(retired, `${line.name} ${n}`).not.toContain(digits(n))
      })
    })
  }

  it('lists the retired numbers with the date they closed and a source', () => {
    const names = (raw.retired ?? []).map((r) => r.name).join('; ')
    expect(names).toMatch(/NEDA/)
    expect(retired).toContain('18009312237')
    expect(retired).toContain('18002738255')
    for (const r of raw.retired ?? []) {
      expect(String(r.closed)).toMatch(ISO_DATE)
      expect(r.source).toMatch(/^https?:\/\//)
    }
  })

  it('a region code is case-insensitive, with aliases, and unknown codes fall back to the directory', () => {
    expect(regionFor('uk').code).toBe('UK')
    expect(regionFor('GB').code).toBe('UK')
    expect(regionFor('usa').code).toBe('US')
    expect(regionFor('Narnia').code).toBe('INTL')
    expect(regionFor(undefined).code).toBe('INTL')
  })
})
