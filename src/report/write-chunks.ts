// Writes a text given in pieces, so a large report is never one string in memory.
import { writeSync } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'

/** About how many characters go into one write. */
const WRITE_CHARS = 64 * 1024

/** Writes the pieces in order at the handle's position, gathered into writes of about 64 KiB. */
export async function writeChunks(handle: FileHandle, chunks: Iterable<string>): Promise<void> {
  let pending: string[] = []
  let size = 0
  for (const chunk of chunks) {
    pending.push(chunk)
    size += chunk.length
    if (size >= WRITE_CHARS) {
      // writeFile on a handle writes from its position and finishes partial writes.
      await handle.writeFile(pending.join(''), 'utf8')
      pending = []
      size = 0
    }
  }
  if (size > 0) await handle.writeFile(pending.join(''), 'utf8')
}

/**
 * The same on a descriptor, synchronously: the command line has nothing else to do meanwhile, and
 * each asynchronous write would wait for a turn of the thread pool (tens of milliseconds in all).
 */
export function writeChunksSync(fd: number, chunks: Iterable<string>): void {
  let pending: string[] = []
  let size = 0
  const flush = (): void => {
    const bytes = Buffer.from(pending.join(''), 'utf8')
    for (let offset = 0; offset < bytes.length;)
      offset += writeSync(fd, bytes, offset, bytes.length - offset)
    pending = []
    size = 0
  }
  for (const chunk of chunks) {
    pending.push(chunk)
    size += chunk.length
    if (size >= WRITE_CHARS) flush()
  }
  if (size > 0) flush()
}
