// A writer checks a draft in the page: highlights on the words, the card,
// one-click rewrites, all safe fixes, undo, the tweet counter, settings.
import {expect, test} from 'vitest'
import {describeInBrowser, markedWords, typeDraft, waitForCheck} from './page.js'

describeInBrowser('the draft page', (site) => {
  test('highlights the stigmatising and trivialising words, and not the idiom beside them', async () => {
    const {page} = await site().page()
    await typeDraft(page, 'He committed suicide last year. This homework makes me want to die. I could kill myself laughing.')
    expect(await markedWords(page)).toEqual(['committed suicide', 'makes me want to die'])
    await expect.poll(() => page.locator('#status').textContent()).toBe('2 suggestions on your draft.')
    await expect.poll(() => page.locator('#messages button').count()).toBe(2)
    await page.close()
  })

  test('each highlight sits exactly over its words in the textarea, whatever its kind', async () => {
    const {page} = await site().page()
    const text = "He committed suicide. I can't do this anymore. I want to kill myself tonight."
    await typeDraft(page, text)
    expect(await page.locator('#highlights mark.warning').count()).toBe(1)
    expect(await page.locator('#highlights mark.support').count()).toBeGreaterThan(0)
    // where the textarea draws each run of text: measured with its own font on a canvas
    const misplaced = await page.evaluate(`(() => {
      const draft = document.getElementById('draft')
      const style = getComputedStyle(draft)
      const context = document.createElement('canvas').getContext('2d')
      context.font = style.font
      const textLeft = draft.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft)
      const text = draft.value
      return [...document.querySelectorAll('#highlights mark')].flatMap((mark) => {
        const start = text.indexOf(mark.textContent)
        const left = textLeft + context.measureText(text.slice(0, start)).width
        const width = context.measureText(mark.textContent).width
        const box = mark.getBoundingClientRect()
        return Math.abs(box.left - left) > 1.5 || Math.abs(box.width - width) > 1.5 ? [mark.textContent + ': ' + box.left + '+' + box.width + ' vs ' + left + '+' + width] : []
      })
    })()`)
    expect(misplaced).toEqual([])
    await page.close()
  })

  test('a card explains the marked words and one click rewrites them; undo brings them back', async () => {
    const {page} = await site().page()
    await typeDraft(page, 'My uncle committed suicide in 2019.')
    await page.locator('#messages button').first().click()
    const card = page.locator('#popover')
    await expect.poll(() => card.isVisible()).toBe(true)
    expect(await card.locator('.message').textContent()).toBe('Say "died by suicide" instead of "committed suicide"')
    expect(await card.locator('.why').textContent()).toContain('links suicide to crime')
    expect(await card.locator('a', {hasText: 'About the suicide-language rule'}).getAttribute('href')).toMatch(/suicide-language\.md$/)
    await card.getByRole('button', {name: 'Replace with “took their own life”'}).click()
    expect(await page.locator('#draft').inputValue()).toBe('My uncle took their own life in 2019.')
    await waitForCheck(page)
    expect(await markedWords(page)).toEqual([])
    await page.locator('#undo').click()
    expect(await page.locator('#draft').inputValue()).toBe('My uncle committed suicide in 2019.')
    await page.close()
  })

  test('moving the cursor into a highlight opens its card, Escape closes it', async () => {
    const {page} = await site().page()
    await typeDraft(page, 'She is so OCD about her desk.')
    expect(await markedWords(page)).toEqual(['so OCD'])
    await page.locator('#draft').press('Home')
    for (let i = 0; i < 9; i++) await page.locator('#draft').press('ArrowRight')
    await expect.poll(() => page.locator('#popover').isVisible()).toBe(true)
    expect(await page.locator('#popover-title').textContent()).toBe('“so OCD”')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('#popover').isVisible()).toBe(false)
    expect(await page.evaluate('document.activeElement.id')).toBe('draft')
    await page.close()
  })

  test('"apply all safe fixes" rewrites what is safe and leaves what needs the writer', async () => {
    const {page} = await site().page()
    await typeDraft(page, 'He committed suicide. This homework makes me want to die.')
    await page.locator('#fix-all').click()
    await expect.poll(() => page.locator('#draft').inputValue()).toBe('He died by suicide. This homework makes me want to die.')
    await waitForCheck(page)
    expect(await page.locator('#status').textContent()).toBe('Applied 1 safe fix. 1 suggestion on your draft.')
    expect(await markedWords(page)).toEqual(['makes me want to die'])
    await page.close()
  })

  test('a 20,000-word post is checked in the worker while the writer keeps typing', async () => {
    const {page} = await site().page()
    await page.locator('#setting-format').selectOption('text')
    const paragraph = 'We walked by the sea and talked about the week, the garden and the long drive home. '.repeat(10) + '\n\n'
    const text = paragraph.repeat(Math.ceil(20500 / paragraph.split(' ').length)) + 'He committed suicide.'
    expect(text.split(/\s+/).length).toBeGreaterThan(20000)
    await page.locator('#draft').fill(text)
    await page.locator('#draft').press('End')
    await page.keyboard.type(' Sad.')
    await waitForCheck(page)
    expect(await page.locator('#draft').inputValue()).toBe(text + ' Sad.')
    expect(await markedWords(page)).toEqual(['committed suicide'])
    await page.close()
  })

  test('the tweet counter counts to 280 and says how far over a draft is', async () => {
    const {page} = await site().page()
    await page.locator('#draft').fill('a'.repeat(290))
    expect(await page.locator('#tweet-count').textContent()).toBe('290 / 280: 10 over')
    await page.locator('#draft').fill('Read https://example.org/a/very/long/path/that/counts/as/twenty-three 👋🏽')
    expect(await page.locator('#tweet-count').textContent()).toBe('31 / 280')
    await page.locator('#setting-format').selectOption('markdown')
    expect(await page.locator('#tweet-count').isVisible()).toBe(false)
    await page.close()
  })

  test('settings are remembered only when asked, and the draft never is', async () => {
    const {page} = await site().page()
    await typeDraft(page, 'A private draft.')
    await page.locator('#setting-region').selectOption('UK')
    expect(await page.evaluate('JSON.stringify(localStorage)')).toBe('{}')
    await page.locator('#setting-remember').check()
    const stored = JSON.parse(await page.evaluate('JSON.stringify(localStorage)') as string) as Record<string, string>
    expect(Object.keys(stored)).toEqual(['safepost.settings'])
    expect(JSON.parse(stored['safepost.settings']!)).toEqual({format: 'tweet', preset: 'writer', region: 'UK'})
    expect(JSON.stringify(stored)).not.toContain('private draft')
    const again = await site().page()
    expect(await again.page.locator('#setting-region').inputValue()).toBe('UK')
    expect(await again.page.locator('#setting-remember').isChecked()).toBe(true)
    expect(await again.page.locator('#draft').inputValue()).toBe('')
    await again.page.locator('#setting-remember').uncheck()
    expect(await again.page.evaluate('JSON.stringify(localStorage)')).toBe('{}')
    await page.close()
    await again.page.close()
  })
})
