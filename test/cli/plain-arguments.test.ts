// Plain command lines are read without yargs (src/cli/plain-arguments.ts).
// Each one read that way must give what yargs gives; anything it is not sure
// of goes to yargs.
import {describe, expect, it} from 'vitest'
import {optionTable, parseArguments, yargsParser} from '../../src/cli/options.js'
import {readPlainArguments, type ParsedArguments} from '../../src/cli/plain-arguments.js'

/** The options the command reads, as either parser gives them. */
function asRead(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(['_', ...Object.keys(optionTable)].filter((key) => args[key] !== undefined).map((key) => [key, args[key]]))
}

const plainLines = [
  [],
  ['posts/'],
  ['a.md', 'b.md', 'docs/**/*.mdx'],
  ['--format', 'json'],
  ['--format=jsonl', 'init'],
  ['--stdin-filename', 'draft.md', '--preset', 'moderator'],
  ['--batch', '-', '--format', 'jsonl', '--jobs', '2'],
  ['--batch', 'queue.jsonl', '--text-field', 'body', '--max-post-bytes', '4096', '--sort', 'priority'],
  ['README.md', '--why', '--quiet', '--fix', '--fix-read-only', '--fix-hard-links'],
  ['--fix-dry-run', '--format', 'diff', 'a.md'],
  ['--region', 'uk', '--config', '.safepostrc.yaml', '--max-warnings', '0', 'x'],
  ['--output-file', 'report.json', '--report-unused-directives', '--stdin', '--color'],
  ['--print-config', 'a.md'],
  ['12', '--jobs', '3']
]

describe('plain command lines', () => {
  for (const argv of plainLines) {
    it(`read without yargs as yargs reads them: ${argv.join(' ') || '(none)'}`, async () => {
      const plain = readPlainArguments(argv, optionTable)
      expect(plain).toBeDefined()
      expect(asRead(plain as ParsedArguments)).toEqual(asRead((await yargsParser(argv)).parseSync()))
    })
  }
})

describe('command lines left to yargs', () => {
  const odd = [
    ['-f', 'json'],
    ['--no-config', 'a.md'],
    ['--help'],
    ['--version'],
    ['--list-rules'],
    ['--rule', 'trivializing:off'],
    ['--ignore-pattern', 'drafts/**', 'a.md'],
    ['--format', 'json', '--format', 'jsonl'],
    ['--format'],
    ['--format', '--why'],
    ['--preset', 'nobody'],
    ['--fix=false', 'a.md'],
    ['--why', 'false', 'a.md'],
    ['--colr'],
    ['--', '-odd-name.md'],
    ['a.md', '-']
  ]
  for (const argv of odd) {
    it(`are not read here: ${argv.join(' ')}`, () => {
      expect(readPlainArguments(argv, optionTable)).toBeUndefined()
    })
  }

  it('still give yargs its errors and help', async () => {
    await expect(parseArguments(['--preset', 'nobody', 'a.md'], true)).rejects.toThrow(/Invalid values/)
    await expect(parseArguments(['--colr', 'a.md'], true)).rejects.toThrow(/--color/)
    expect(await parseArguments(['--help'], true)).toMatchObject({kind: 'help', text: expect.stringContaining('Usage: safepost')})
  })
})
