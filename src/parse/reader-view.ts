// What a reader sees of a marked-up post, for the moderator: the rendered text
// with character entities decoded, with nothing between the letters that
// markup put there (`d<!-- -->ie`, `d<b></b>ie`, `d&shy;ie` read "die"), and
// the text a platform renders elsewhere or that hides in the source (comments,
// link titles, alt text, `[//]: #` comments, <template>, JSX string
// attributes and string expressions) as passages of their own. Each
// character keeps the span of the source it came from, so messages point
// into the file. docs/moderator-reading.md lists what is and is not read.

/** Rendered text, and for each of its characters the [start, end) of its source. */
export interface ReaderView {
  text: string
  starts: number[]
  ends: number[]
}

/** Characters a reader never sees between letters: soft hyphen, zero-width space and joiners, word joiner, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/
/** Longest character reference looked for (`&CounterClockwiseContourIntegral;` is 33). */
const MAX_REFERENCE = 40

export class ViewBuilder {
  #text: string[] = []
  readonly starts: number[] = []
  readonly ends: number[] = []
  #asides: Array<() => void> = []
  #last = 0

  constructor(readonly source: string) {}

  /** One character of rendered text, from source [start, end). */
  #char(c: string, start: number, end: number): void {
    if (INVISIBLE.test(c)) return
    this.#text.push(c)
    this.starts.push(start)
    this.ends.push(end)
    this.#last = end
  }

  /**
   * A decoded value whose source is within [from, to): each character is
   * matched to the next place in the source that holds it, either as itself or
   * as a character reference (`&#105;`, `&shy;`); an escaping backslash and
   * markup in between are stepped over.
   */
  aligned(value: string, from: number, to: number): void {
    let p = from
    for (const c of value) {
      let at = p
      let end = -1
      while (at < to) {
        if (this.source.startsWith(c, at)) {
          end = at + c.length
          break
        }
        if (this.source[at] === '&') {
          const semi = this.source.indexOf(';', at)
          if (semi > at && semi - at <= MAX_REFERENCE && /^&(#\d+|#x[\da-f]+|[a-z\d]+);$/i.test(this.source.slice(at, semi + 1))) {
            end = semi + 1
            break
          }
        }
        at++
      }
      if (end < 0) {
        // not found (a normalised line ending, a tab): no width, where we stand
        this.#char(c, p, p)
        continue
      }
      this.#char(c, at, end)
      p = end
    }
  }

  /** A value shown as it is written at [start, start + value.length), or else somewhere in [from, to). */
  literal(value: string, from: number, to: number): void {
    const at = this.source.indexOf(value, from)
    if (at >= 0 && at + value.length <= to) this.aligned(value, at, at + value.length)
    else this.aligned(value, from, to)
  }

  /** A line break of the rendered text. */
  lineBreak(): void {
    this.#char('\n', this.#last, this.#last)
  }

  /** Ends a passage (a paragraph, a heading, a list item): the next text starts a new one. */
  passage(): void {
    const n = this.#text.length
    if (n === 0 || (this.#text[n - 1] === '\n' && this.#text[n - 2] === '\n')) return
    this.#char('\n', this.#last, this.#last)
    this.#char('\n', this.#last, this.#last)
  }

  /** Text read as a passage of its own after the rest (a comment, a title): it never splits the words around it. */
  aside(read: () => void): void {
    this.#asides.push(read)
  }

  done(): ReaderView {
    for (let i = 0; i < this.#asides.length; i++) {
      this.passage()
      this.#asides[i]!()
    }
    this.passage()
    return {text: this.#text.join(''), starts: this.starts, ends: this.ends}
  }
}

/** String literals in a JavaScript expression (`{"I want to die"}`), with where each starts in it. */
export function stringLiterals(code: string): Array<{value: string; at: number}> {
  const found: Array<{value: string; at: number}> = []
  const literal = /"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\$]|\\.|\$(?!\{))*)`/g
  let m: RegExpExecArray | null
  while ((m = literal.exec(code))) found.push({value: (m[1] ?? m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1'), at: m.index + 1})
  return found
}
