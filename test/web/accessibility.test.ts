// axe-core finds no serious or critical problem in any main state of the
// page, in the light and the dark theme; and the page is usable by keyboard.
import {expect, test} from 'vitest'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {Page} from 'playwright-core'
import {describeInBrowser, typeDraft} from './page.js'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface Violation {
  id: string
  impact: string | null
  nodes: {target: string[]}[]
}

/** Serious and critical violations, as "rule-id: selector" lines (axe is run through DevTools, so the page's CSP still holds). */
async function seriousViolations(page: Page): Promise<string[]> {
  const found = (await page.evaluate(`${axeSource}
    axe.run(document, {resultTypes: ['violations']}).then((r) => r.violations.map((v) => ({id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({target: n.target}))})))`)) as Violation[]
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
}

describeInBrowser('the page for everyone', (site) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no serious or critical axe violations in the ${colorScheme} theme, in every main state`, async () => {
      const {page} = await site().page(undefined, {colorScheme})
      expect(await seriousViolations(page), 'empty draft').toEqual([])
      await typeDraft(page, 'He committed suicide. She is so OCD. This homework makes me want to die.')
      await page.locator('#messages button').first().click()
      expect(await seriousViolations(page), 'highlights and card').toEqual([])
      await page.keyboard.press('Escape')
      await page.locator('#setting-preset').selectOption('moderator')
      await typeDraft(page, 'I want to kill myself tonight. I have the pills ready.')
      expect(await seriousViolations(page), 'moderator preset').toEqual([])
      await page.locator('#setting-preset').selectOption('writer')
      await typeDraft(page, 'I want to kill myself tonight. I have the pills ready.')
      expect(await seriousViolations(page), 'crisis support').toEqual([])
      await page.getByRole('tab', {name: 'Review posts (moderators)'}).click()
      await page.locator('#posts-file').setInputFiles({name: 'q.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from('{"id":"a","text":"He committed suicide."}\n{"id":"b","text":"I want to kill myself tonight. I have the pills ready."}\n')})
      await expect.poll(() => page.locator('#batch-status').textContent()).toMatch(/^Checked 2 posts/)
      await page.locator('#posts tbody button').first().click()
      expect(await seriousViolations(page), 'moderator table').toEqual([])
      await page.close()
    })
  }

  test('a keyboard alone reaches a highlight, applies its rewrite and hears the result', async () => {
    const {page} = await site().page()
    await typeDraft(page, 'He committed suicide.')
    expect(await page.locator('#status').getAttribute('aria-live')).toBe('polite')
    expect(await page.locator('#status').textContent()).toBe('1 suggestion on your draft.')
    await page.locator('#draft').press('Home')
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.locator('#popover').isVisible()).toBe(true)
    await page.keyboard.press('Tab')
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Replace with “died by suicide”')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#draft').inputValue()).toBe('He died by suicide.')
    await expect.poll(() => page.locator('#status').textContent()).toBe('Replaced with “died by suicide”. No suggestions: nothing here looks likely to hurt.')
    expect(await page.evaluate('document.activeElement.id')).toBe('draft')
    await page.close()
  })

  test('each highlight is listed with a label that names its kind and words, not only its colour', async () => {
    const {page} = await site().page()
    await typeDraft(page, 'He committed suicide.')
    expect(await page.locator('#messages button').first().textContent()).toMatch(/^Suggestion: “committed suicide” \(Suicide language\)\. /)
    expect(await page.locator('.backdrop').getAttribute('aria-hidden')).toBe('true')
    expect(await page.locator('#draft').getAttribute('aria-describedby')).toBe('draft-help status')
    await page.close()
  })
})
