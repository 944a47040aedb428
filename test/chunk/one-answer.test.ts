// One text, one answer: the library read whole, the library read in chunks cut
// anywhere between paragraphs, the command line on a file, the batch mode and
// the language server's check give the same messages for the same text. The
// posts put chunk boundaries next to a content warning, a help line and the
// sentences that make a post about a topic.
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ChunkedCheck} from '../../src/chunk/check-chunks.js'
import {cutText} from '../../src/chunk/paragraph-cutter.js'
import {checkSync} from '../../src/index.js'
import {runJob, type CheckOutcome} from '../../src/lsp/jobs.js'
import type {CheckOptions, InputFormat, Report} from '../../src/types.js'
import {removeTemporaryFolders, safepost, temporaryFolder} from '../cli/run.js'
import {corpusTexts} from './corpus.js'

afterAll(removeTemporaryFolders)

const warning = 'CW: suicide\n\n'
const topic = 'My brother died by suicide two years ago, and I still think about his suicide every day.\n\n'
const selfHarm = 'She started self-harming at fourteen and hid the cuts from everyone at school for years.\n\n'
const filler = 'We walked to the river after lunch and talked about the garden, the weather and the new bus timetable.\n\n'
const help = 'If you are struggling, you can call or text 988, the Suicide and Crisis Lifeline, at any time.\n\n'

const posts: Record<string, string> = {
  'warned and helped': warning + topic + filler.repeat(3) + topic + filler + topic + help,
  'neither warned nor helped': topic + filler.repeat(4) + topic + selfHarm + topic,
  'the topic after a long opening': filler.repeat(8) + topic + topic + selfHarm + topic + filler + help,
  'a warning in front matter': '---\ntitle: Two years\ncw: suicide\n---\n\n' + topic + filler.repeat(3) + topic + topic,
  'code among the paragraphs': topic + '```\nconst x = 1\n\nkill(process)\n```\n\n' + filler.repeat(3) + topic + topic + help,
  'line breaks of Windows': (warning + topic + filler.repeat(3) + topic + topic).replace(/\n/g, '\r\n')
}

const messagesOf = (r: Report) => r.messages

/** The report when the text is checked in the given chunks. */
function inChunks(chunks: Iterable<string>, options: CheckOptions): Report {
  const run = new ChunkedCheck(options)
  for (const chunk of chunks) run.add(chunk)
  return run.finish()
}

/** Every offset where the library may cut the text: where a paragraph starts (not inside fenced code in Markdown). */
function paragraphStarts(text: string, format: InputFormat): number[] {
  let at = 0
  // (a cutter with nothing to wait for also cuts the last line short: those cuts are not paragraph starts)
  return [...cutText(text, format === 'markdown', 1)].map((chunk) => (at += chunk.length)).filter((end) => end < text.length && /\n[ \t]*\r?\n$/.test(text.slice(0, end)))
}

describe('the library gives one answer however the post is cut', () => {
  it('the posts below are ones the whole-post rules decide on (so the comparisons can fail)', () => {
    const rules = (text: string) => checkSync(text, {format: 'markdown'}).messages.map((m) => m.ruleId)
    expect(rules(posts['neither warned nor helped']!)).toEqual(expect.arrayContaining(['content-warning', 'help-resources']))
    expect(rules(posts['warned and helped']!)).not.toContain('content-warning')
    expect(rules(posts['warned and helped']!)).not.toContain('help-resources')
  })

  for (const [name, text] of Object.entries(posts)) {
    for (const format of ['text', 'markdown'] as InputFormat[]) {
      it(`${name} (${format}): cut in two at every paragraph`, () => {
        const options: CheckOptions = {format}
        const whole = checkSync(text, options)
        for (const at of paragraphStarts(text, format)) {
          expect(messagesOf(inChunks([text.slice(0, at), text.slice(at)], options)), `cut at ${at}`).toEqual(messagesOf(whole))
        }
      })
    }
    it(`${name}: cut at every paragraph at once, for a moderator`, () => {
      const options: CheckOptions = {format: 'markdown', preset: 'moderator'}
      expect(inChunks(cutText(text, true, 1), options)).toEqual(checkSync(text, options))
    })
  }

  it('real text (Markdown that ships in node_modules, with topic paragraphs set among it) in chunks of 2,000 and 20,000 characters', () => {
    for (const source of corpusTexts(3)) {
      const text = topic + source + selfHarm + source.slice(0, 3000) + '\n\n' + topic + help
      const options: CheckOptions = {format: 'markdown'}
      const whole = checkSync(text, options)
      for (const size of [2000, 20000]) expect(inChunks(cutText(text, true, size), options)).toEqual(whole)
    }
  })
})

describe('the command line, the batch mode and the language server agree with the library', () => {
  // Over 128 kB, so the command line reads the file in several chunks: the
  // warning opens the first, the topic sentences are in the second, the help line ends the last.
  const long = warning + filler.repeat(1400) + topic + topic + topic + 'Our neighbour said he committed suicide last spring.\n\n' + filler.repeat(1400) + help
  const short = posts['neither warned nor helped']!

  for (const [name, text] of [['a long post', long], ['a short post', short]] as const) {
    it(`${name}: a file, a batch line and a language-server document`, async () => {
      const expected = checkSync(text, {format: 'markdown'}).messages
      expect(expected.length).toBeGreaterThan(0)
      const folder = temporaryFolder()
      const file = path.join(folder, 'post.md')
      fs.writeFileSync(file, text)
      const cli = safepost([file, '--format', 'json'], {cwd: folder})
      expect(JSON.parse(cli.stdout)[0].messages).toEqual(expected)

      // batch posts are plain text
      const batch = safepost(['--batch', '-', '--format', 'jsonl'], {cwd: folder, input: JSON.stringify({id: 1, text}) + '\n'})
      expect(batch.status, batch.stderr).not.toBe(2)
      expect(JSON.parse(batch.stdout.split('\n')[0]!).messages).toEqual(checkSync(text).messages)

      const lsp = (await runJob({op: 'check', text, format: 'markdown', filePath: file, settings: {}})) as CheckOutcome
      expect(lsp.report.messages).toEqual(expected)
    }, 120_000)
  }
})

describe('inline directives across chunks', () => {
  const post = 'Intro.\n\n<!-- safepost-disable suicide-language -->\n\nHe committed suicide.\n\n<!-- safepost-enable suicide-language -->\n\n<!-- safepost-ignore -->\n\nShe committed suicide.\n\nThey committed suicide.\n'

  it('a disable, an enable and an ignore act the same wherever the post is cut', () => {
    const options: CheckOptions = {format: 'markdown'}
    const whole = checkSync(post, options)
    expect(whole.messages.map((m) => post.slice(m.offset, m.endOffset))).toEqual(['committed suicide'])
    for (const at of paragraphStarts(post, 'markdown')) expect(inChunks([post.slice(0, at), post.slice(at)], options), `cut at ${at}`).toEqual(whole)
  })
})
