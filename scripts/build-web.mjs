#!/usr/bin/env node
// Builds the web page (web/) into a self-contained static site: index.html,
// styles.css and app.js, a classic script (module scripts and worker scripts
// are refused from file:// URLs) that carries the checking worker's bundled
// code as a string and starts it from a blob. Usage: node scripts/build-web.mjs [outdir]
import {build} from 'esbuild'
import {copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const web = join(root, 'web')

/** The page reads plain text and Markdown only: leave the MDX and HTML parsers (acorn, parse5) out. */
const withoutOtherParsers = {
  name: 'without-other-parsers',
  setup(build) {
    build.onResolve({filter: /^\.\/(mdx|html)\.js$/}, (args) =>
      /[\\/]src[\\/]parse[\\/]registry\.ts$/.test(args.importer) ? {path: args.path, namespace: 'absent-parser'} : undefined)
    build.onLoad({filter: /.*/, namespace: 'absent-parser'}, () => ({contents: '', loader: 'js'}))
  }
}

const shared = {bundle: true, platform: 'browser', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning', write: false}

export async function buildWeb(outdir = join(root, 'dist', 'web')) {
  // the `worker` export condition: some packages (decode-named-character-reference)
  // have a browser build that needs `document`, which a worker does not have
  const worker = await build({...shared, entryPoints: [join(web, 'worker.ts')], format: 'iife', conditions: ['worker'], plugins: [withoutOtherParsers]})
  const workerSource = worker.outputFiles[0].text
  const workerAsString = {
    name: 'worker-source',
    setup(build) {
      build.onResolve({filter: /^safepost-worker-source$/}, () => ({path: 'worker', namespace: 'worker-source'}))
      build.onLoad({filter: /.*/, namespace: 'worker-source'}, () => ({contents: workerSource, loader: 'text'}))
    }
  }
  const page = await build({...shared, entryPoints: [join(web, 'main.ts')], format: 'iife', plugins: [workerAsString]})
  rmSync(outdir, {recursive: true, force: true})
  mkdirSync(outdir, {recursive: true})
  writeFileSync(join(outdir, 'app.js'), page.outputFiles[0].contents)
  copyFileSync(join(web, 'index.html'), join(outdir, 'index.html'))
  copyFileSync(join(web, 'styles.css'), join(outdir, 'styles.css'))
  const files = ['index.html', 'styles.css', 'app.js'].map((name) => {
    const bytes = readFileSync(join(outdir, name))
    return {name, bytes: bytes.length, gzip: gzipSync(bytes, {level: 9}).length}
  })
  return {outdir, files}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {outdir, files} = await buildWeb(process.argv[2] ? resolve(process.argv[2]) : undefined)
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`
  for (const f of files) console.log(`${f.name.padEnd(11)} ${kb(f.bytes).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}`)
  console.log(`web page -> ${outdir.slice(root.length + 1) || outdir}/index.html`)
}
