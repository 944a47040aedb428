#!/usr/bin/env node
// Screenshots of the web page's main states for docs/web/ (the README shows
// one): a draft with highlights, the card of a highlight, a writer in crisis
// with the UK lines, the moderator's table, and the dark theme.
//   node scripts/web-screenshots.mjs
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {buildWeb} from './build-web.mjs'
import {launchChromium} from './web-chromium.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'docs', 'web')
const draft = 'He committed suicide last year and nobody talks about it. Honestly this homework makes me want to die. My cousin is so OCD about her desk.'
const queue = [
  {id: 'walk', text: 'Lovely walk by the sea today.'},
  {id: 'uncle', text: 'My uncle committed suicide in 2019 and we still miss him.'},
  {id: 'tonight', text: "I can't go on. I want to kill myself tonight and I have the pills ready."},
  {id: 'homework', text: 'This homework makes me want to die lol'},
  {id: 'thinspo', text: 'Need some #thinspo to get through this week'}
].map((p) => JSON.stringify(p)).join('\n')

const dir = mkdtempSync(join(tmpdir(), 'safepost-web-shots-'))
const browser = await launchChromium()
try {
  await buildWeb(dir)
  mkdirSync(out, {recursive: true})
  const open = async (colorScheme = 'light') => {
    const page = await browser.context.newPage()
    await page.emulateMedia({colorScheme})
    await page.goto(pathToFileURL(join(dir, 'index.html')).href)
    await page.waitForSelector('body[data-state="checked"]', {state: 'attached'})
    return page
  }
  const type = async (page, text) => {
    await page.locator('#draft').fill(text)
    await page.waitForSelector('body[data-state="checked"]', {state: 'attached'})
  }
  const shot = (page, name) => page.screenshot({path: join(out, `${name}.png`), fullPage: true})

  let page = await open()
  await type(page, draft)
  await shot(page, 'draft')
  await page.locator('#messages button').first().click()
  await shot(page, 'card')
  await page.close()

  page = await open()
  await page.locator('#setting-region').selectOption('UK')
  await type(page, "I can't do this anymore. I want to kill myself tonight and I have the pills ready.")
  await shot(page, 'crisis-support')
  await page.close()

  page = await open()
  await page.getByRole('tab', {name: 'Review posts (moderators)'}).click()
  await page.locator('#posts-file').setInputFiles({name: 'queue.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(queue)})
  // (waitForFunction would evaluate a string in the page, which its policy forbids)
  while (!/^Checked \d+ posts/.test(await page.locator('#batch-status').textContent())) await page.waitForTimeout(100)
  await page.locator('#posts tbody button').first().click()
  await shot(page, 'moderator')
  await page.close()

  page = await open('dark')
  await type(page, draft)
  await page.locator('#messages button').nth(1).click()
  await shot(page, 'dark')
  await page.close()
  console.log(`screenshots -> ${out.slice(root.length + 1)}/`)
} finally {
  await browser.close()
  rmSync(dir, {recursive: true, force: true})
}
