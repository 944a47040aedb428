#!/usr/bin/env node
import module from 'node:module'

// Node 22.1+ can keep compiled code between runs, which shortens every start
// of a command that editors and hooks run on each save. Older Node skips it.
module.enableCompileCache?.()

// The command is bundled into dist/cli (scripts/bundle-cli.mjs) so it loads
// one module instead of hundreds; imported after the cache is on.
const {main} = await import('../dist/cli/main.js')

// Set the status rather than calling process.exit, so stdout is flushed first.
const argv = process.argv.slice(2)
process.exitCode = await main(argv)

// A check is over when main resolves, but the process would linger ~15 ms more
// winding down (standard input's handle closing, a garbage collection it will
// never need). Leave at once when nothing is left to write; the services
// (serve, worker) wind down their own way.
const service = argv[0] === 'serve' || argv[0] === 'worker'
if (!service && process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit()
