// Where a post's prose starts: after its front matter (YAML `---` or TOML
// `+++`) and the white space that follows.

const FRONT_MATTER = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n(---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|$)/

export interface FrontMatter {
  /** The text between the fences. */
  body: string
  /** Raw [start, end) of the whole block, fences included. */
  start: number
  end: number
}

export interface ProseStart {
  frontMatter: FrontMatter | undefined
  /** Raw offset where the front matter ends (0 without one). */
  frontMatterEnd: number
  /** Raw offset where the post's content starts: after front matter and leading white space. */
  contentStart: number
}

export function proseStart(text: string): ProseStart {
  const fm = FRONT_MATTER.exec(text)
  const frontMatter = fm ? {body: fm[2] ?? '', start: fm.index, end: fm[0].length} : undefined
  const frontMatterEnd = frontMatter?.end ?? 0
  const contentStart = frontMatterEnd + (/^\s*/.exec(text.slice(frontMatterEnd))?.[0].length ?? 0)
  return {frontMatter, frontMatterEnd, contentStart}
}
