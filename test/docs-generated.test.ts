// The README's rules table and each rule page's table of entries say what
// the dictionaries say: after a YAML change, `npm run docs` brings them up to date.
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {generatedPages} from '../src/docs/pages.js'

const root = fileURLToPath(new URL('..', import.meta.url))

describe('generated docs', () => {
  it.each(generatedPages(root).map((page) => [page.path, page] as const))('%s is up to date (npm run docs)', (_, page) => {
    expect(page.now, `${page.path} is stale: run npm run docs`).toBe(page.expected)
  })
})
