#!/usr/bin/env node
import {main} from '../dist/src/cli/main.js'

// Set the status rather than calling process.exit, so stdout is flushed first.
process.exitCode = await main(process.argv.slice(2))
