#!/usr/bin/env node
import module from 'node:module'

// Node 22.1+ can keep compiled code between runs, which shortens every start
// of a command that editors and hooks run on each save. Older Node skips it.
module.enableCompileCache?.()

// The command is bundled into dist/cli (scripts/bundle-cli.mjs) so it loads
// one module instead of hundreds; imported after the cache is on.
const {main} = await import('../dist/cli/main.js')

// Set the status rather than calling process.exit, so stdout is flushed first.
process.exitCode = await main(process.argv.slice(2))
