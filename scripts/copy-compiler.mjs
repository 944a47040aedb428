#!/usr/bin/env node
// The command line compiles a project's own dictionaries at run time with the
// same compiler as the build (src/config/dictionaries.ts imports it). tsc does
// not emit plain .mjs files, so copy the compiler and its schemas into dist/
// beside the compiled library, at the same relative place: dist/src/config ->
// dist/scripts/dictionary, as src/config -> scripts/dictionary.
import {cpSync, mkdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist', 'scripts')
mkdirSync(join(out, 'dictionary'), {recursive: true})
cpSync(join(root, 'scripts', 'dictionary'), join(out, 'dictionary'), {recursive: true})
for (const schema of ['dictionary-schema.json', 'crisis-lines-schema.json']) cpSync(join(root, 'scripts', schema), join(out, schema))
