// The web page in a real Chromium: build the site into a temporary folder,
// open it from file:// (the strictest case) and record every request it makes.
import {afterAll, beforeAll, describe} from 'vitest'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Page} from 'playwright-core'
import {buildWeb} from '../../scripts/build-web.mjs'
import {hasChromium, launchChromium} from '../../scripts/web-chromium.mjs'

export interface Site {
  dir: string
  url: string
  page(url?: string, options?: {colorScheme?: 'light' | 'dark'}): Promise<OpenPage>
}

export interface OpenPage {
  page: Page
  /** Every URL the page asked for, the worker's included. */
  requests: string[]
}

/**
 * Browser tests: skipped on a machine without Chromium, but failing in CI
 * (CI=true), where .ci/run installs it and a missing browser is a fault.
 */
export function describeInBrowser(name: string, body: (site: () => Site) => void): void {
  const run = hasChromium() || process.env['CI'] ? describe : describe.skip
  run(name, () => {
    let site: Site | undefined
    let close: (() => Promise<void>) | undefined
    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'safepost-web-'))
      await buildWeb(dir)
      const browser = await launchChromium()
      close = async () => {
        await browser.close()
        rmSync(dir, {recursive: true, force: true})
      }
      const url = pathToFileURL(join(dir, 'index.html')).href
      site = {
        dir,
        url,
        async page(at = url, options = {}) {
          const page = await browser.context.newPage()
          if (options.colorScheme) await page.emulateMedia({colorScheme: options.colorScheme})
          const requests: string[] = []
          page.on('request', (request) => requests.push(request.url()))
          page.on('pageerror', (error) => {
            throw error
          })
          await page.goto(at)
          await waitForCheck(page)
          return {page, requests}
        }
      }
    }, 60000)
    afterAll(async () => close?.())
    body(() => site!)
  })
}

/** Type a draft as a writer would and wait for the check of exactly that text. */
export async function typeDraft(page: Page, text: string): Promise<void> {
  await page.locator('#draft').fill('')
  await page.locator('#draft').pressSequentially(text, {delay: 0})
  await waitForCheck(page)
}

/** Wait until the shown report is about the draft as it is now. */
export async function waitForCheck(page: Page): Promise<void> {
  await page.waitForSelector('body[data-state="checked"]', {state: 'attached'})
}

export async function markedWords(page: Page): Promise<string[]> {
  return page.locator('#highlights mark').allTextContents()
}
