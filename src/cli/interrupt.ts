// Ctrl-C during a long run: stop taking new work, report what is done, and
// exit with status 130 (128 + SIGINT), saying so on stderr. A second Ctrl-C
// stops at once.

export const interruptedStatus = 130

export interface Interruption {
  readonly requested: boolean
  /** Remove the handler (the run is over). */
  release(): void
}

export function catchInterrupt(onSecond: () => void = () => process.exit(interruptedStatus)): Interruption {
  let requested = false
  const handler = (): void => {
    if (requested) return onSecond()
    requested = true
  }
  process.on('SIGINT', handler)
  return {
    get requested() {
      return requested
    },
    release() {
      process.off('SIGINT', handler)
    }
  }
}
