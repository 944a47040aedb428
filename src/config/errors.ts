/**
 * A config file that cannot be used: unreadable, malformed, a wrong key or
 * value, a project dictionary with a bad entry. The message names the file,
 * the key and what is accepted; the command line prints it and exits with 2.
 */
const MAX_MESSAGE = 2000

export class ConfigError extends Error {
  override name = 'ConfigError'

  constructor(
    message: string,
    /** The config or dictionary file at fault. */
    readonly file: string
  ) {
    // a message quotes values from the file: never let one run to megabytes
    super(message.length > MAX_MESSAGE ? message.slice(0, MAX_MESSAGE) + '…' : message)
  }
}
