/** `--max-post-bytes` unless given: a post of this size is checked in chunks within a few hundred megabytes. */
export const defaultMaxPostBytes = 10 * 1024 * 1024
