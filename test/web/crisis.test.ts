// A writer who may be in crisis is met with support and the help lines of
// their region, and never with a count of problems.
import {expect, test} from 'vitest'
import {describeInBrowser, typeDraft, waitForCheck} from './page.js'

describeInBrowser('a writer in crisis', (site) => {
  test('gets the support text and the UK lines, with no count of problems', async () => {
    const {page} = await site().page()
    await page.locator('#setting-region').selectOption('UK')
    await waitForCheck(page)
    await typeDraft(page, "I can't do this anymore. I want to kill myself tonight and I have the pills ready.")
    const support = page.locator('#support')
    expect(await support.isVisible()).toBe(true)
    expect(await page.locator('#support-text').textContent()).toContain('It sounds like you might be going through a lot')
    expect(await page.locator('#support-region').textContent()).toBe('United Kingdom')
    const lines = await page.locator('#support-lines li').allTextContents()
    expect(lines.some((line) => line.startsWith('Samaritans') && line.includes('116 123'))).toBe(true)
    expect(lines.join(' ')).not.toContain('988')
    const status = await page.locator('#status').textContent()
    expect(status).toBe('You are not alone. Support and help lines are below the draft.')
    expect(status).not.toMatch(/\d/)
    expect(await page.locator('#highlights mark.support').count()).toBeGreaterThan(0)
    expect(await page.locator('#highlights mark.warning, #highlights mark.error').count()).toBe(0)
    // the support panel speaks once for every crisis phrase; nothing lists them as problems
    expect(await page.locator('#messages li').count()).toBe(0)
    expect(await page.locator('#messages-title').isVisible()).toBe(false)
    // its card holds the support text, not the screening guidance written for moderators
    await page.locator('#draft').press('Home')
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.locator('#popover').isVisible()).toBe(true)
    expect(await page.locator('#popover .kind').textContent()).toBe('Support · Crisis signal')
    expect(await page.locator('#popover .why').count()).toBe(0)
    await page.close()
  })

  test('the lines follow the region the writer picks', async () => {
    const {page} = await site().page()
    await typeDraft(page, 'I want to kill myself tonight. I have the pills ready.')
    await page.locator('#setting-region').selectOption('US')
    await waitForCheck(page)
    expect(await page.locator('#support-region').textContent()).toBe('United States')
    expect((await page.locator('#support-lines li').allTextContents()).join(' ')).toContain('988')
    await page.close()
  })

  test('a story about the past, an idiom or a report gets no support panel', async () => {
    const {page} = await site().page()
    for (const draft of ['I used to self-harm, two years clean now.', 'I could kill myself laughing at that video.', 'My uncle died by suicide in 2019.']) {
      await typeDraft(page, draft)
      expect(await page.locator('#support').isVisible(), draft).toBe(false)
    }
    await page.close()
  })

  test('a moderator checking the same draft gets the priority, not the support panel', async () => {
    const {page} = await site().page()
    await page.locator('#setting-preset').selectOption('moderator')
    await typeDraft(page, 'I want to kill myself tonight. I have the pills ready.')
    expect(await page.locator('#support').isVisible()).toBe(false)
    expect(await page.locator('#status').textContent()).toMatch(/^Review priority: urgent\. \d+ messages\.$/)
    expect(await page.locator('#highlights mark.error').count()).toBeGreaterThan(0)
    await page.close()
  })
})
