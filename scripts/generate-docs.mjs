#!/usr/bin/env node
// Writes the generated parts of the README and docs/rules/*.md from
// dictionaries/*.yml (src/docs/). Run by `npm run docs`, after the build.
import {writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {generatedPages} from '../dist/src/docs/pages.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
for (const page of generatedPages(root)) {
  if (page.now === page.expected) continue
  writeFileSync(join(root, page.path), page.expected)
  console.log(`docs: ${page.path}`)
}
