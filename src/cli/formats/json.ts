import {entryJson} from '../results.js'
import type {Formatter} from './index.js'

/** `--format json`: one JSON array, one entry per file or batch item (INTERFACE.md). */
export const json: Formatter = {
  carriesOutput: true,
  collect: true,
  end: (results) => `[${results.map((result) => entryJson(result.entry)).join(',')}]\n`
}
