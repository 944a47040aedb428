// Lines of a post's raw text.

/** Raw offset of the start of the line that holds `at`. */
export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1
}

/** Raw offset of the end of the line that holds `at` (before its line break). */
export function lineEnd(text: string, at: number): number {
  const n = text.indexOf('\n', at)
  return n < 0 ? text.length : n
}

/** The post's own line break: CRLF if it uses one anywhere. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}
