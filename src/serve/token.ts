// The bearer token: from a file (--token-file) or SAFEPOST_TOKEN, never from
// the command line, where any user of the machine could read it in `ps`.
import {createHash, timingSafeEqual} from 'node:crypto'
import fs from 'node:fs'
import {UsageError} from '../cli/usage-error.js'

export function readToken(file: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (file !== undefined) {
    let token: string
    try {
      token = fs.readFileSync(file, 'utf8').trim()
    } catch (error) {
      throw new UsageError(`--token-file ${file}: ${(error as Error).message}`)
    }
    if (token === '') throw new UsageError(`--token-file ${file}: the file is empty`)
    return token
  }
  const fromEnv = env['SAFEPOST_TOKEN']?.trim()
  return fromEnv === '' ? undefined : fromEnv
}

/** Whether an Authorization header carries the token, compared in constant time. */
export function authorised(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  if (!match) return false
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(match[1]!), digest(token))
}
