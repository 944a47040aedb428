import {createTwoFilesPatch} from 'diff'
import type {Formatter} from './index.js'

/**
 * `--fix-dry-run --format diff`: what `--fix` would change, as a unified diff
 * per file (nothing for a file it would leave alone). The messages that
 * would remain are not part of a diff; run without `--format diff` to see them.
 */
export const diff: Formatter = {
  carriesOutput: true,
  result({entry, label, source}) {
    const fixed = entry.output
    if (source === undefined || fixed === undefined || fixed === source) return ''
    return createTwoFilesPatch(`a/${label}`, `b/${label}`, source, fixed, undefined, undefined, {context: 3})
  }
}
