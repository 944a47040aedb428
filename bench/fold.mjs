#!/usr/bin/env node
// What the matching view (src/engine/fold.ts) costs: checks per second of
// moderator posts that need no folding (ASCII, and English with curly quotes,
// accents and emoji), of posts written in Greek and Cyrillic (looked at, left
// as written), and of posts whose every tenth word is disguised (a zero-width
// space, a look-alike letter or full-width letters). Run after `npm run build`;
// compare with the same script on a build without the view.
//
//   node bench/fold.mjs [--posts 3000] [--runs 7]
import {performance} from 'node:perf_hooks'

const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const POSTS = opt('posts', 3000)
const RUNS = opt('runs', 7)
const {checkSync} = await import(new URL('../dist/src/index.js', import.meta.url).href)

const ascii = [
  'I have been feeling low for weeks and I do not know who to talk to about it.',
  'Our neighbour committed suicide last spring and the street still feels quiet.',
  'Training for the marathon is going well, 20 miles this weekend, legs are dead.',
  'Does anyone have tips for getting back to sleep after a nightmare? Asking for me.'
]
const english = [
  'I don’t know what I’d do without my café crew ☕️ — they’re the best ❤️',
  'We watched “Amélie” again; my sister cried at the end 😭 and so did I.',
  'Zoë’s résumé is finally done, she’s applying to the clinic in Zürich 🎉',
  'Tonight’s plan: soup, a walk, early bed. Small things count 🌱'
]
const scripts = [
  'Θέλω να πάω για καφέ απόψε με την Άννα και τον Νίκο.',
  'Я хочу пойти в кино сегодня вечером, а потом домой.',
  'Ο καιρός σήμερα είναι καλός, πάμε βόλτα στην παραλία;',
  'У меня всё хорошо, спасибо! Как у тебя дела на работе?'
]
const disguises = [(w) => w.slice(0, 1) + '\u200B' + w.slice(1), (w) => w.replace(/a/, 'а').replace(/o/, 'о'), (w) => w.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))]
const disguised = ascii.map((post) => post.split(' ').map((w, i) => (i % 10 === 3 ? disguises[i % 3](w) : w)).join(' '))

const sets = {ascii, 'english (curly quotes, accents, emoji)': english, 'greek and cyrillic': scripts, 'every tenth word disguised': disguised}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
for (const posts of Object.values(sets)) for (const text of posts) checkSync(text, {preset: 'moderator'}) // warm up
for (const [name, posts] of Object.entries(sets)) {
  const times = []
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now()
    for (let i = 0; i < POSTS; i++) checkSync(posts[i % posts.length], {preset: 'moderator'})
    times.push(performance.now() - start)
  }
  console.log(`${name.padEnd(40)} ${Math.round((POSTS / median(times)) * 1000)} posts/s (median of ${RUNS} runs of ${POSTS})`)
}
