#!/usr/bin/env node
// The web page's budgets, measured in Debian's Chromium:
//   - time from opening the page (file://) to the first check result shown,
//     and to the result for a 280-character draft pasted as soon as it opens;
//   - the worker's check time of a 280-character post after the first check,
//     and the page's round trip (input to highlights, the 150 ms debounce included);
//   - a 20,000-word post: the worker's check time, the time a keystroke takes
//     while it is checked, and the longest frame of the page's own thread after
//     the paste (typing must not stall);
//   - the bundle's size, raw and gzip.
//
//   node bench/web.mjs [--opens 7] [--posts 30]
//
// Figures are medians (and the worst) over the runs; the site is built afresh
// into a temporary folder first.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {buildWeb} from '../scripts/build-web.mjs'
import {launchChromium} from '../scripts/web-chromium.mjs'

const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const OPENS = opt('opens', 7)
const POSTS = opt('posts', 30)

const sentences = [
  'He committed suicide last year and the town still talks about it.',
  'This homework makes me want to die, honestly.',
  'We talked about self-harm at the meetup and shared resources.',
  'She is so OCD about her desk, it is hilarious.',
  'The documentary covered the epidemic of suicides in rural areas.',
  'I went for a long walk by the sea and felt better.',
  'Eating disorders are illnesses, not choices, and recovery is possible.',
  'My friend struggles with depression and I try to check in every week.'
]
/** The i-th post of about 280 characters, different each time so nothing is cached. */
function post(i) {
  let text = `Post ${i}.`
  for (let k = i; text.length < 280; k++) text += ' ' + sentences[k % sentences.length]
  return text.slice(0, 280)
}
function longPost(words) {
  const out = []
  for (let k = 0; out.join(' ').split(' ').length < words; k++) out.push(sentences[k % sentences.length] + (k % 12 === 11 ? '\n\n' : ''))
  return out.join(' ')
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const worst = (xs) => Math.max(...xs)
const ms = (x) => `${x.toFixed(1)} ms`

const dir = mkdtempSync(join(tmpdir(), 'safepost-web-bench-'))
const browser = await launchChromium()
try {
  const {files} = await buildWeb(dir)
  const url = pathToFileURL(join(dir, 'index.html')).href
  const checked = (page) => page.waitForSelector('body[data-state="checked"]', {state: 'attached'})

  const firstEmpty = []
  const firstDraft = []
  for (let run = 0; run < OPENS; run++) {
    const page = await browser.context.newPage()
    let started = Date.now()
    await page.goto(url, {waitUntil: 'commit'})
    await checked(page)
    firstEmpty.push(Date.now() - started)
    await page.close()

    const second = await browser.context.newPage()
    started = Date.now()
    await second.goto(url, {waitUntil: 'domcontentloaded'})
    await second.locator('#draft').fill(post(run))
    await checked(second)
    firstDraft.push(Date.now() - started)
    await second.close()
  }

  const page = await browser.context.newPage()
  await page.goto(url)
  await checked(page)
  await page.locator('#draft').fill(post(1000))
  await checked(page)
  const workerMs = []
  const roundTrip = []
  for (let i = 0; i < POSTS; i++) {
    const started = Date.now()
    await page.locator('#draft').fill(post(i))
    await checked(page)
    roundTrip.push(Date.now() - started)
    workerMs.push(Number(await page.evaluate('document.body.dataset.checkMs')))
  }

  // the 20,000-word post: watch the page's thread with animation frames while the worker checks
  const text = longPost(20000)
  await page.evaluate(`(() => {
    window.__gaps = []
    let last = performance.now()
    const tick = (now) => { window.__gaps.push(now - last); last = now; if (window.__gaps.length < 100000) requestAnimationFrame(tick) }
    requestAnimationFrame(tick)
  })()`)
  let started = Date.now()
  await page.locator('#draft').fill(text)
  const paste = Date.now() - started
  await page.evaluate('window.__gaps.length = 0')
  await checked(page)
  const longWorker = Number(await page.evaluate('document.body.dataset.checkMs'))
  // type into the long draft while it is checked again
  await page.locator('#draft').press('End')
  const keys = []
  for (let i = 0; i < 10; i++) {
    started = Date.now()
    await page.keyboard.type('x')
    keys.push(Date.now() - started)
  }
  await checked(page)
  const longestFrame = Number(await page.evaluate('Math.max(...window.__gaps)'))
  const marks = await page.locator('#highlights mark').count()
  await page.close()

  const words = text.split(/\s+/).length
  console.log(`bundle: ${files.map((f) => `${f.name} ${(f.bytes / 1024).toFixed(1)} KB (gzip ${(f.gzip / 1024).toFixed(1)} KB)`).join(', ')}`)
  console.log(`bundle total gzip: ${(files.reduce((n, f) => n + f.gzip, 0) / 1024).toFixed(1)} KB`)
  console.log(`open -> first check shown (empty draft), ${OPENS} opens: median ${ms(median(firstEmpty))}, worst ${ms(worst(firstEmpty))}`)
  console.log(`open -> result for a 280-char draft pasted at once, ${OPENS} opens: median ${ms(median(firstDraft))}, worst ${ms(worst(firstDraft))}`)
  console.log(`280-char post after the first, ${POSTS} posts: worker check median ${ms(median(workerMs))}, worst ${ms(worst(workerMs))}; input -> highlights (150 ms debounce included) median ${ms(median(roundTrip))}`)
  console.log(`${words}-word post: worker check ${ms(longWorker)}, ${marks} highlights; pasting it ${ms(paste)}; keystroke while it is checked median ${ms(median(keys))}, worst ${ms(worst(keys))}; longest frame on the page's thread after the paste ${ms(longestFrame)}`)
} finally {
  await browser.close()
  rmSync(dir, {recursive: true, force: true})
}
