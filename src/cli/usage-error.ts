/**
 * A problem with how safepost was called or with its input: a bad option, a
 * missing file, a config that cannot be read. The command prints the message
 * and exits with status 2.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}
