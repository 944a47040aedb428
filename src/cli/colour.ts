/** The chalk colour level: 0 none, 1 basic 16 colours, 2 256 colours, 3 truecolor. */
export type ColourLevel = 0 | 1 | 2 | 3

/**
 * How much colour to use on a stream. `FORCE_COLOR` wins (Node documents that a
 * valid value overrides `NO_COLOR`), then `NO_COLOR` (no-color.org: any
 * non-empty value disables colour), then whether the stream is a terminal.
 * chalk 5 does not read `NO_COLOR` itself, which is why this exists.
 */
export function colourLevel(env: NodeJS.ProcessEnv, stream: {isTTY?: boolean}): ColourLevel {
  const force = env['FORCE_COLOR']
  if (force !== undefined) {
    const value = force.trim().toLowerCase()
    if (value === '' || value === 'true' || value === '1') return 1
    if (value === '2') return 2
    if (value === '3') return 3
    if (value === '0' || value === 'false') return 0
    // Any other value is not a valid setting; fall through to the checks below.
  }
  if (env['NO_COLOR']) return 0
  if (!stream.isTTY || env['TERM'] === 'dumb') return 0
  const term = env['TERM'] ?? ''
  if (env['COLORTERM'] === 'truecolor' || env['COLORTERM'] === '24bit') return 3
  if (/-256(color)?$/i.test(term)) return 2
  return 1
}
