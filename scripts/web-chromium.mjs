// Starts Debian's Chromium (the one .ci/run installs) through playwright-core
// for the web page's tests, benchmark and screenshots: headless, no sandbox
// (root in CI), no background traffic, a fresh profile each time.
import {chromium} from 'playwright-core'
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

export const CHROMIUM = process.env.SAFEPOST_CHROMIUM ?? '/usr/bin/chromium'

export function hasChromium() {
  return existsSync(CHROMIUM)
}

/** A browser with a fresh profile; `close()` also removes the profile. */
export async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'safepost-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: {width: 1100, height: 900},
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, {recursive: true, force: true})
    }
  }
}
