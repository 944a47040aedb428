// The library as a browser app gets it: bundled by esbuild from the package's
// own exports (its `sideEffects` honoured), then run where there is no
// `process`, `require`, `Buffer` or file system, only what a page has.
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import {build} from 'esbuild'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {assertBuilt, removeTemporaryFolders, root, temporaryFolder} from '../cli/run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

const post = '# A note &mdash; on wording\n\nMy uncle committed suicide in 2019.\n\n```\ncommitted suicide\n```\n'

/**
 * The one DOM call the parsers' browser builds make: micromark decodes a named
 * character reference by setting an element's innerHTML and reading its text.
 * The references the posts below use are enough.
 */
const characterEntities: Record<string, string> = {amp: '&', mdash: '\u2014', nbsp: '\u00a0'}
const document = {
  createElement: () => {
    let text = ''
    return {
      set innerHTML(reference: string) {
        text = characterEntities[reference.slice(1, -1)] ?? reference
      },
      get textContent() {
        return text
      }
    }
  }
}

/**
 * Bundle `source` as an app that depends on safepost, and run it where a page
 * (with a document) or a web worker (without one) would; resolves to what it reported.
 */
async function runInPage(source: string, where: 'page' | 'worker' = 'page'): Promise<unknown> {
  const app = temporaryFolder({'app.js': source})
  fs.mkdirSync(path.join(app, 'node_modules'))
  fs.symlinkSync(root, path.join(app, 'node_modules', 'safepost'), 'dir')
  const bundle = await build({
    entryPoints: [path.join(app, 'app.js')],
    absWorkingDir: app,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    ...(where === 'worker' ? {conditions: ['worker']} : {}),
    write: false,
    logLevel: 'silent'
  })
  let reported: unknown
  const page = {
    report: (value: unknown) => (reported = value),
    console, TextEncoder, TextDecoder, URL, queueMicrotask, setTimeout, clearTimeout, structuredClone,
    ...(where === 'page' ? {document} : {})
  }
  vm.runInNewContext(bundle.outputFiles[0]!.text, vm.createContext(page))
  return reported
}

const checkMarkdown = `
  const result = checkSync(${JSON.stringify(post)}, {format: 'markdown'})
  const fixed = fix(${JSON.stringify(post)}, {format: 'markdown'})
  report({lines: result.messages.filter((m) => m.ruleId === 'suicide-language').map((m) => m.line), fixed: fixed.text})
`

describe('a browser bundle of the library', () => {
  it.each(['page', 'worker'] as const)('checks and fixes Markdown from `import {checkSync, fix} from "safepost"` (in a %s)', async (where) => {
    const reported = await runInPage(`import {checkSync, fix} from 'safepost'\n${checkMarkdown}`, where)
    // the prose line only, not the fenced code: Markdown was parsed as Markdown
    expect(reported).toEqual({lines: [3], fixed: post.replace('uncle committed suicide', 'uncle died by suicide')})
  })

  it('checks Markdown with the core alone and the parser the error message names', async () => {
    const reported = await runInPage(`import {checkSync, fix} from 'safepost/core'\nimport 'safepost/markdown'\n${checkMarkdown}`)
    expect(reported).toEqual({lines: [3], fixed: post.replace('uncle committed suicide', 'uncle died by suicide')})
  })

  it('leaves the Markdown parser out of a core-only bundle, and says which import brings it', async () => {
    const reported = await runInPage(`import {checkSync} from 'safepost/core'
      try { checkSync('x', {format: 'markdown'}); report('checked') } catch (error) { report(error.message) }`)
    expect(reported).toMatch(/no parser for "markdown" is loaded; import "safepost" \(or "safepost\/markdown"\)/)
  })

  it('exports every subpath the README and the errors name', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {exports: Record<string, unknown>}
    for (const subpath of ['.', './core', './markdown', './mdx', './html', './rules']) expect(manifest.exports).toHaveProperty([subpath])
  })
})
