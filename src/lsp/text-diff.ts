/** Where two texts start and stop differing: the shared prefix and suffix, never splitting a surrogate pair. */
export interface ChangedSpan {
  /** End of the shared prefix (same in both texts). */
  start: number
  /** Where the shared suffix starts in `before`. */
  endBefore: number
  /** Where the shared suffix starts in `after`. */
  endAfter: number
}

export function changedSpan(before: string, after: string): ChangedSpan {
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--
    endAfter--
  }
  return {start, endBefore, endAfter}
}
