import fs from 'node:fs'
import path from 'node:path'

/**
 * Replace a file's content so that a reader sees the old file or the new one,
 * never half of each: write a temporary file beside it with the same mode,
 * flush it to disk, then rename it over the original. A symbolic link is
 * followed, so the link stays and its target changes.
 */
export function writeFileAtomic(file: string, content: string): void {
  const target = fs.realpathSync(file)
  const mode = fs.statSync(target).mode & 0o7777
  const temporary = path.join(
    path.dirname(target),
    // Unique enough with the pid; 'wx' below refuses to reuse an existing name anyway.
    `.${path.basename(target)}.safepost-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`
  )
  let descriptor: number | undefined
  try {
    descriptor = fs.openSync(temporary, 'wx', mode)
    fs.writeFileSync(descriptor, content, 'utf8')
    fs.fchmodSync(descriptor, mode) // the umask may have narrowed the mode at creation
    fs.fsyncSync(descriptor)
    fs.closeSync(descriptor)
    descriptor = undefined
    fs.renameSync(temporary, target)
  } catch (error) {
    if (descriptor !== undefined) fs.closeSync(descriptor)
    fs.rmSync(temporary, {force: true})
    throw error
  }
}
