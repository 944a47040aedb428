// A moderator opens a JSONL file of posts in the page: the table puts the
// urgent post first, filters by rule and priority, and exports the reports.
import {expect, test} from 'vitest'
import {readFileSync} from 'node:fs'
import {describeInBrowser} from './page.js'

const posts = [
  {id: 'p1', text: 'Lovely walk by the sea today.'},
  {id: 'p2', text: 'My uncle committed suicide in 2019 and we still miss him.'},
  {id: 'p3', text: "I can't go on. I want to kill myself tonight and I have the pills ready."},
  {id: 'p4', text: 'This homework makes me want to die lol'}
]
const file = posts.map((p) => JSON.stringify(p)).join('\n') + '\n{not json\n'

describeInBrowser('the moderator view', (site) => {
  test('shows the posts of a JSONL file sorted by priority, the urgent one first', async () => {
    const {page} = await site().page()
    await page.getByRole('tab', {name: 'Review posts (moderators)'}).click()
    await page.locator('#posts-file').setInputFiles({name: 'queue.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(file)})
    await expect.poll(() => page.locator('#batch-status').textContent()).toBe('Checked 5 posts from queue.jsonl: 1 urgent.')
    const rows = page.locator('#posts tbody tr:not(.details)')
    expect(await rows.count()).toBe(5)
    expect(await rows.first().locator('.priority').textContent()).toBe('urgent')
    expect(await rows.first().locator('.excerpt').textContent()).toContain('p3:')
    expect(await rows.last().locator('.excerpt').textContent()).toContain('line 5: not valid JSON')
    // expand the urgent post to its messages
    const toggle = rows.first().getByRole('button')
    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    expect(await page.locator('#post-0').textContent()).toContain('Crisis signal on “I have the pills ready”')
    await page.close()
  })

  test('filters by rule and by priority, and exports the shown reports as JSONL', async () => {
    const {page} = await site().page()
    await page.getByRole('tab', {name: 'Review posts (moderators)'}).click()
    await page.locator('#posts-file').setInputFiles({name: 'queue.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(file)})
    await expect.poll(() => page.locator('#batch-status').textContent()).toMatch(/^Checked 5 posts/)
    const ids = () => page.locator('#posts tbody tr:not(.details) .excerpt strong').allTextContents()
    await page.locator('#filter-rule').selectOption('suicide-language')
    expect(await ids()).toEqual(['p2'])
    await page.locator('#filter-rule').selectOption('')
    await page.locator('#filter-priority').selectOption('low')
    expect((await ids())[0]).toBe('p3')
    expect(await ids()).not.toContain('p1')
    const download = page.waitForEvent('download')
    await page.locator('#export').click()
    const saved = await (await download).path()
    const lines = readFileSync(saved, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as {id: string; priority: string; path: null; messages: unknown[]})
    expect(lines.map((l) => l.id)).toEqual(await ids())
    expect(lines[0]).toMatchObject({path: null, id: 'p3', priority: 'urgent'})
    await page.close()
  })

  test('a long queue is drawn 200 rows at a time, the urgent post still first, and exported whole', async () => {
    const {page} = await site().page()
    await page.getByRole('tab', {name: 'Review posts (moderators)'}).click()
    const queue = Array.from({length: 450}, (_, i) => ({id: `q${i}`, text: i === 333 ? posts[2]!.text : `A quiet day number ${i}.`}))
    await page.locator('#posts-file').setInputFiles({name: 'big.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(queue.map((p) => JSON.stringify(p)).join('\n'))})
    await expect.poll(() => page.locator('#batch-status').textContent()).toBe('Checked 450 posts from big.jsonl: 1 urgent.')
    const rows = page.locator('#posts tbody tr:not(.details)')
    expect(await rows.count()).toBe(200)
    expect(await rows.first().locator('.excerpt strong').textContent()).toBe('q333')
    await page.locator('#more-posts').click()
    expect(await rows.count()).toBe(400)
    expect(await page.locator('#more-posts').textContent()).toBe('Show 50 more posts (50 not shown)')
    const download = page.waitForEvent('download')
    await page.locator('#export').click()
    expect(readFileSync(await (await download).path(), 'utf8').trimEnd().split('\n')).toHaveLength(450)
    await page.close()
  })
})
