import {entryJson} from '../results.js'
import type {Formatter} from './index.js'

/** `--format jsonl`: the json entries one per line, written as each is checked. */
export const jsonl: Formatter = {
  carriesOutput: true,
  result: (result) => entryJson(result.entry) + '\n'
}
