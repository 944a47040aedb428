import fs from 'node:fs'
import path from 'node:path'

/** The file-system calls a write makes (tests pass one that fails). */
export type FileSystem = Pick<typeof fs, 'realpathSync' | 'statSync' | 'openSync' | 'writeFileSync' | 'fchmodSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync'>

/**
 * Replace a file's content so that a reader sees the old file or the new one,
 * never half of each: write a temporary file beside it with the same mode,
 * flush it to disk, then rename it over the original. A symbolic link is
 * followed, so the link stays and its target changes.
 */
export function writeFileAtomic(file: string, content: string, io: FileSystem = fs): void {
  const target = io.realpathSync(file)
  const mode = io.statSync(target).mode & 0o7777
  const temporary = path.join(
    path.dirname(target),
    // Unique enough with the pid; 'wx' below refuses to reuse an existing name anyway.
    `.${path.basename(target)}.safepost-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`
  )
  let descriptor: number | undefined
  try {
    descriptor = io.openSync(temporary, 'wx', mode)
    io.writeFileSync(descriptor, content, 'utf8')
    io.fchmodSync(descriptor, mode) // the umask may have narrowed the mode at creation
    io.fsyncSync(descriptor)
    io.closeSync(descriptor)
    descriptor = undefined
    io.renameSync(temporary, target)
  } catch (error) {
    // A failed write (disk full, read-only) leaves the original as it was and no temporary file behind.
    if (descriptor !== undefined) io.closeSync(descriptor)
    io.rmSync(temporary, {force: true})
    throw error
  }
}
