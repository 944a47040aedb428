#!/usr/bin/env node
// Bundles the command line into dist/cli/ so it starts fast: one module to
// load instead of a few hundred small ones. The Markdown, MDX and HTML parsers,
// globby and the report formats become chunks loaded only when a run needs
// them. The library (dist/src/index.js) is not bundled: programs import it as is.
import {build} from 'esbuild'
import {rmSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * yargs and cliui measure help text with string-width, whose versions build
 * an Intl.Segmenter and compile a `\p{RGI_Emoji}` expression as soon as they
 * load: about 20 ms of every start, though only help and usage errors are
 * ever measured. Each import of it becomes a stand-in that loads the real
 * module (the version its importer asked for) on the first call.
 */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(build) {
    build.onResolve({filter: /^string-width$/}, async (args) => {
      if (args.pluginData === 'real') return undefined
      const real = await build.resolve(args.path, {kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'real'})
      if (real.errors.length) return {errors: real.errors}
      return {path: real.path, namespace: 'lazy-string-width'}
    })
    build.onLoad({filter: /.*/, namespace: 'lazy-string-width'}, (args) => ({
      resolveDir: dirname(args.path),
      contents: `let real\nexport default function stringWidth(string, options) {\n  real ??= require(${JSON.stringify(args.path)}).default\n  return real(string, options)\n}\n`
    }))
  }
}
const outdir = join(root, 'dist', 'cli')
rmSync(outdir, {recursive: true, force: true})
await build({
  // the --batch worker threads load worker.js from beside main.js (src/cli/workers.ts)
  entryPoints: {main: join(root, 'dist', 'src', 'cli', 'main.js'), worker: join(root, 'dist', 'src', 'cli', 'worker.js'),
    // the threads of `serve` and `worker` load check-task.js from beside main.js (src/pool/check-pool.ts)
    'check-task': join(root, 'dist', 'src', 'pool', 'check-task.js')},
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // a few dependencies still call require(); give the ESM bundle one
  banner: {js: "import {createRequire as __safepostRequire} from 'node:module'; const require = __safepostRequire(import.meta.url);"},
  // cosmiconfig requires typescript only to read a .ts config, which safepost does not search for
  external: ['typescript',
    // the services' dependencies stay in node_modules: piscina finds its own thread script beside itself
    'fastify', 'ioredis', 'piscina', 'prom-client'],
  plugins: [lazyStringWidth],
  logLevel: 'warning',
  legalComments: 'none'
})
console.log(`cli bundle -> ${outdir.slice(root.length + 1)}/main.js`)
