// `safepost --list-rules`: every rule, what it catches, and its setting under
// each preset, as a table that reads at 80 columns.
import {presets} from '../../rules/presets.js'
import {rules} from '../../rules/index.js'

export function listRules(): string {
  const presetNames = Object.keys(presets) as Array<keyof typeof presets>
  const ids = Object.keys(presets.writer.rules)
  const width = Math.max(...ids.map((id) => id.length))
  const header = `${'rule'.padEnd(width)}  ${presetNames.map((name) => name.padEnd(9)).join(' ')}`
  const lines = ids.map((id) => {
    const settings = presetNames.map((name) => (presets[name].rules[id] ?? 'off').padEnd(9)).join(' ')
    const description = wrap(rules[id]?.meta.description ?? '', 76).map((line) => `  ${line}`).join('\n')
    return `${id.padEnd(width)}  ${settings}`.trimEnd() + '\n' + description
  })
  return `${header.trimEnd()}\n${lines.join('\n')}\n\nChange one with --rule id:setting (off, info, warning, error), or in a config.\n`
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(line)
  return lines
}
