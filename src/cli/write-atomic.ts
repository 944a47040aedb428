import fs from 'node:fs'
import path from 'node:path'

/** The file-system calls a write makes (tests pass one that fails). */
export type FileSystem = Pick<typeof fs, 'realpathSync' | 'statSync' | 'openSync' | 'writeFileSync' | 'fchmodSync' | 'fchownSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync' | 'ftruncateSync'>

/** Which file a path named when it was read: a write goes ahead only if it still names the same, unchanged. */
export interface FileIdentity {
  dev: bigint
  ino: bigint
  size: bigint
  mtimeNs: bigint
}

export function identityOf(stats: fs.BigIntStats): FileIdentity {
  return {dev: stats.dev, ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs}
}

/** The file was replaced or edited after it was read (an editor saved it): it is left alone. */
export class FileChangedError extends Error {
  constructor() {
    super('it changed while it was being fixed')
  }
}

/**
 * Replace a file's content so that a reader sees the old file or the new one,
 * never half of each: write a temporary file beside it with the same mode and
 * (where the process may) the same owner, flush it to disk, then rename it
 * over the original. A symbolic link is followed, so the link stays and its
 * target changes. With `expected`, the rename happens only if the file is
 * still the one that was read; else `FileChangedError`.
 */
export function writeFileAtomic(file: string, content: string, expected?: FileIdentity, io: FileSystem = fs): void {
  const target = io.realpathSync(file)
  const stats = io.statSync(target)
  const mode = stats.mode & 0o7777
  const temporary = path.join(
    path.dirname(target),
    // Unique enough with the pid; 'wx' below refuses to reuse an existing name anyway.
    `.${path.basename(target)}.safepost-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`
  )
  let descriptor: number | undefined
  try {
    descriptor = io.openSync(temporary, 'wx', mode)
    io.writeFileSync(descriptor, content, 'utf8')
    keepOwner(io, descriptor, stats)
    io.fchmodSync(descriptor, mode) // the umask may have narrowed the mode at creation (and chown clears set-id bits)
    io.fsyncSync(descriptor)
    io.closeSync(descriptor)
    descriptor = undefined
    assertUnchanged(io, target, expected)
    io.renameSync(temporary, target)
  } catch (error) {
    // A failed write (disk full, read-only) leaves the original as it was and no temporary file behind.
    if (descriptor !== undefined) io.closeSync(descriptor)
    io.rmSync(temporary, {force: true})
    throw error
  }
}

/**
 * Write over a file's content where it is, so every hard link to it sees the
 * new text (`--fix-hard-links`). Not atomic: a reader at that moment may see
 * part of each, which is why it is asked for, not the default.
 */
export function writeFileInPlace(file: string, content: string, expected?: FileIdentity, io: FileSystem = fs): void {
  assertUnchanged(io, io.realpathSync(file), expected)
  const descriptor = io.openSync(file, 'r+')
  try {
    io.writeFileSync(descriptor, content, 'utf8')
    io.ftruncateSync(descriptor, Buffer.byteLength(content))
    io.fsyncSync(descriptor)
  } finally {
    io.closeSync(descriptor)
  }
}

function assertUnchanged(io: FileSystem, target: string, expected: FileIdentity | undefined): void {
  if (!expected) return
  const now = identityOf(io.statSync(target, {bigint: true}))
  if (now.dev !== expected.dev || now.ino !== expected.ino || now.size !== expected.size || now.mtimeNs !== expected.mtimeNs) throw new FileChangedError()
}

function keepOwner(io: FileSystem, descriptor: number, stats: fs.Stats): void {
  if (stats.uid === process.getuid?.() && stats.gid === process.getgid?.()) return
  try {
    io.fchownSync(descriptor, stats.uid, stats.gid)
  } catch {
    // Only root may give a file away; a user may still keep its group when they belong to it.
    try {
      io.fchownSync(descriptor, -1, stats.gid)
    } catch {
      // Not ours to keep: the new file has the fixer's owner, as any editor's save would.
    }
  }
}
