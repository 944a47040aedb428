import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {clean, codeOnlyMarkdown, stigmatising} from './texts.js'
import {assertBuilt, jsonReport, removeTemporaryFolders, ruleIds, safepost, temporaryFolder} from './run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

/** The paths a json report covers, sorted. */
function reportedPaths(args: string[], cwd: string): string[] {
  const outcome = safepost([...args, '--format', 'json'], {cwd})
  expect(outcome.stderr).toBe('')
  return jsonReport(outcome).map((entry) => entry.path ?? '').sort()
}

describe('files, folders and globs', () => {
  const blog = (): string =>
    temporaryFolder({
      'posts/one.md': stigmatising,
      'posts/two.markdown': clean,
      'posts/deep/er/three.mdx': clean,
      'posts/page.html': `<p>${stigmatising}</p>`,
      'posts/notes.txt': clean,
      'posts/photo.png': 'not text',
      'posts/.drafts/hidden.md': stigmatising,
      'posts/node_modules/pkg/readme.md': stigmatising,
      'node_modules/other/readme.md': stigmatising
    })

  it('checks a file by its path, relative to the working directory', () => {
    const folder = blog()
    const outcome = safepost(['posts/one.md', '--format', 'json'], {cwd: folder})
    const [entry] = jsonReport(outcome)
    expect(entry?.path).toBe('posts/one.md')
    expect(entry?.id).toBeNull()
    expect(ruleIds(entry)).toContain('suicide-language')
  })

  it('walks folders recursively, taking prose files and skipping node_modules and dot folders', () => {
    const folder = blog()
    expect(reportedPaths(['posts'], folder)).toEqual([
      'posts/deep/er/three.mdx',
      'posts/notes.txt',
      'posts/one.md',
      'posts/page.html',
      'posts/two.markdown'
    ])
    expect(reportedPaths(['.'], folder)).toEqual(reportedPaths(['posts'], folder))
  })

  it('expands globs, skipping node_modules and dot folders', () => {
    const folder = blog()
    expect(reportedPaths(['posts/**/*.md'], folder)).toEqual(['posts/one.md'])
    expect(reportedPaths(['**/*.{md,mdx}'], folder)).toEqual(['posts/deep/er/three.mdx', 'posts/one.md'])
  })

  it('excludes what a ! argument matches', () => {
    const folder = blog()
    expect(reportedPaths(['posts', '!posts/deep/**', '!**/*.txt'], folder)).toEqual(['posts/one.md', 'posts/page.html', 'posts/two.markdown'])
  })

  it('checks each file once, in the order given', () => {
    const folder = blog()
    const outcome = safepost(['posts/two.markdown', 'posts/one.md', 'posts', 'posts/one.md', '--format', 'json'], {cwd: folder})
    expect(jsonReport(outcome).map((entry) => entry.path)).toEqual([
      'posts/two.markdown',
      'posts/one.md',
      'posts/deep/er/three.mdx',
      'posts/notes.txt',
      'posts/page.html'
    ])
  })

  it('honours .gitignore, also from above the folder it walks', () => {
    const folder = temporaryFolder({
      '.gitignore': 'posts/private/\n*.secret.md\n',
      'posts/public.md': clean,
      'posts/private/diary.md': stigmatising,
      'posts/a.secret.md': stigmatising
    })
    expect(reportedPaths(['posts'], folder)).toEqual(['posts/public.md'])
    expect(reportedPaths(['posts/**/*.md'], folder)).toEqual(['posts/public.md'])
  })

  it('honours .safepostignore files, at the top and in subfolders', () => {
    const folder = temporaryFolder({
      '.safepostignore': 'archive/\n',
      'posts/.safepostignore': 'quoted-*.md\n',
      'posts/new.md': clean,
      'posts/quoted-terms.md': stigmatising,
      'archive/old.md': stigmatising
    })
    expect(reportedPaths(['.'], folder)).toEqual(['posts/new.md'])
  })

  it('skips a named file that .safepostignore covers, as pre-commit names every file, and says so', () => {
    const folder = temporaryFolder({'.safepostignore': 'drafts/\n', 'drafts/wip.md': stigmatising, 'posts/done.md': stigmatising})
    const outcome = safepost(['drafts/wip.md', 'posts/done.md', '--format', 'json'], {cwd: folder})
    expect(jsonReport(outcome).map((entry) => entry.path)).toEqual(['posts/done.md'])
    expect(outcome.stderr).toBe('safepost: skipped drafts/wip.md: ignored by .safepostignore (--no-ignore checks it)\n')
    // every named file ignored: nothing checked, nothing fails
    expect(safepost(['drafts/wip.md', '--max-warnings', '0'], {cwd: folder}).status).toBe(0)
  })

  it('checks ignored files with --no-ignore, named or in a folder', () => {
    const folder = temporaryFolder({'.safepostignore': 'drafts/\n', '.gitignore': 'private.md\n', 'drafts/wip.md': stigmatising, 'private.md': clean, 'done.md': clean})
    expect(reportedPaths(['drafts/wip.md', '--no-ignore'], folder)).toEqual(['drafts/wip.md'])
    expect(reportedPaths(['.', '--no-ignore'], folder)).toEqual(['done.md', 'drafts/wip.md', 'private.md'])
    expect(reportedPaths(['.'], folder)).toEqual(['done.md'])
  })

  it('reads .md as Markdown (code is not prose) and unknown extensions as plain text', () => {
    const folder = temporaryFolder({'note.md': codeOnlyMarkdown, 'note.txt': codeOnlyMarkdown})
    const outcome = safepost(['note.md', 'note.txt', '--format', 'json'], {cwd: folder})
    const [markdown, text] = jsonReport(outcome)
    expect(ruleIds(markdown)).not.toContain('suicide-language')
    expect(ruleIds(text)).toContain('suicide-language')
  })

  it('reports nothing and exits 0 for an empty folder', () => {
    const folder = temporaryFolder({'empty/.keep': ''})
    expect(safepost(['empty'], {cwd: folder})).toEqual({status: 0, stdout: '', stderr: ''})
  })
})

describe('standard input', () => {
  it('is read when no paths are given and stdin is piped', () => {
    const [entry] = jsonReport(safepost(['--format', 'json'], {input: stigmatising}))
    expect(entry?.path).toBe('<stdin>')
    expect(ruleIds(entry)).toContain('suicide-language')
  })

  it('is read with --stdin', () => {
    const [entry] = jsonReport(safepost(['--stdin', '--format', 'json'], {input: stigmatising}))
    expect(ruleIds(entry)).toContain('suicide-language')
  })

  it('takes its name and format from --stdin-filename', () => {
    const asMarkdown = jsonReport(safepost(['--stdin-filename', 'drafts/note.md', '--format', 'json'], {input: codeOnlyMarkdown}))
    expect(asMarkdown[0]?.path).toBe('drafts/note.md')
    expect(ruleIds(asMarkdown[0])).not.toContain('suicide-language')
    const asText = jsonReport(safepost(['--stdin', '--format', 'json'], {input: codeOnlyMarkdown}))
    expect(ruleIds(asText[0])).toContain('suicide-language')
  })
})
