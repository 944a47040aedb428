// Nothing typed into the page leaves the machine: it asks for nothing but its
// own files (from file:// and from a static web server), its policy forbids
// connections, and it keeps working with the network cut.
import {afterAll, beforeAll, expect, test} from 'vitest'
import {createReadStream} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname, join} from 'node:path'
import {describeInBrowser, markedWords, typeDraft} from './page.js'

const types: Record<string, string> = {'.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript'}

/** Everything a writer and a moderator do, so every request the page could make is made. */
async function useEverything(page: import('playwright-core').Page): Promise<void> {
  await typeDraft(page, 'He committed suicide. I want to kill myself tonight. I have the pills ready.')
  await page.locator('#messages button').first().click()
  await page.keyboard.press('Escape')
  await page.locator('#fix-all').click()
  await page.getByRole('tab', {name: 'Review posts (moderators)'}).click()
  await page.locator('#posts-file').setInputFiles({name: 'q.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from('{"id":"a","text":"He committed suicide."}\n')})
  await expect.poll(() => page.locator('#batch-status').textContent()).toMatch(/^Checked 1 posts/)
}

describeInBrowser('the page offline', (site) => {
  let server: Server
  let origin = ''
  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname
      const file = join(site().dir, path === '/' ? 'index.html' : path.slice(1))
      response.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream')
      createReadStream(file).on('error', () => response.writeHead(404).end()).pipe(response)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  // Chromium keeps its connections alive while the browser is open (it closes
  // after this hook), and close() alone would wait for them.
  afterAll(() => new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  }))

  test('from file:// it asks for its own three files and its worker blob, nothing else', async () => {
    const {page, requests} = await site().page()
    await useEverything(page)
    const base = site().url.replace(/index\.html$/, '')
    const foreign = requests.filter((url) => ![`${base}index.html`, `${base}styles.css`, `${base}app.js`].includes(url) && !url.startsWith('blob:null/'))
    expect(foreign).toEqual([])
    expect(requests).toContain(`${base}app.js`)
    await page.close()
  })

  test('from a static web server it asks only its own origin', async () => {
    const {page, requests} = await site().page(`${origin}/`)
    await useEverything(page)
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`))).toEqual([])
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("connect-src 'none'")
    await page.close()
  })

  test('the policy stops a request even if code tried one', async () => {
    const {page} = await site().page(`${origin}/`)
    const outcome = await page.evaluate(`fetch('${origin}/index.html').then(() => 'sent', () => 'blocked')`)
    expect(outcome).toBe('blocked')
    await page.close()
  })

  test('keeps checking with the network cut', async () => {
    const {page} = await site().page(`${origin}/`)
    await page.context().setOffline(true)
    try {
      await typeDraft(page, 'He committed suicide.')
      expect(await markedWords(page)).toEqual(['committed suicide'])
    } finally {
      await page.context().setOffline(false)
      await page.close()
    }
  })
})
