import { constants, promises as fs } from 'node:fs'
import * as nodePath from 'node:path'
import {
  type DirEntry,
  type EntryKind,
  type EntryStat,
  type FileSource,
  PathOutsideRootError,
  normalizeRepoPath,
} from './file-source.js'

function kindOf(d: {
  isFile(): boolean
  isDirectory(): boolean
  isSymbolicLink(): boolean
}): EntryKind {
  if (d.isSymbolicLink()) return 'symlink'
  if (d.isFile()) return 'file'
  if (d.isDirectory()) return 'directory'
  return 'other'
}

/** Reads a checked-out repository from disk without following symbolic links. */
export class FsFileSource implements FileSource {
  readonly description: string
  private readonly root: string
  /** Directories proven to resolve inside the root (no linked component on the way). */
  private readonly safeDirs = new Map<string, Promise<boolean>>()

  constructor(root: string) {
    this.root = nodePath.resolve(root)
    this.description = this.root
  }

  private abs(path: string): string {
    const p = normalizeRepoPath(path)
    return p === '' ? this.root : nodePath.join(this.root, ...p.split('/'))
  }

  async listDir(dir: string): Promise<DirEntry[]> {
    await this.assertNoLinkedParent(normalizeRepoPath(dir), true)
    const entries = await fs.readdir(this.abs(dir), { withFileTypes: true })
    return entries.map((d) => ({ name: d.name, kind: kindOf(d) }))
  }

  async stat(path: string): Promise<EntryStat | undefined> {
    const p = normalizeRepoPath(path)
    await this.assertNoLinkedParent(p, false)
    try {
      const s = await fs.lstat(this.abs(p))
      return { kind: kindOf(s), size: s.size }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw err
    }
  }

  async read(path: string, maxBytes: number): Promise<Uint8Array> {
    const p = normalizeRepoPath(path)
    await this.assertNoLinkedParent(p, false)
    // O_NOFOLLOW makes the open itself fail on a link, so no race between check and read.
    const handle = await fs.open(this.abs(p), constants.O_RDONLY | constants.O_NOFOLLOW)
    try {
      const s = await handle.stat()
      if (!s.isFile()) throw new Error(`not a regular file: ${path}`)
      const length = Math.min(s.size, maxBytes)
      const buffer = Buffer.allocUnsafe(length)
      let offset = 0
      while (offset < length) {
        const { bytesRead } = await handle.read(buffer, offset, length - offset, offset)
        if (bytesRead === 0) break
        offset += bytesRead
      }
      return buffer.subarray(0, offset)
    } finally {
      await handle.close()
    }
  }

  /** Refuses a path whose directories pass through a symbolic link (O_NOFOLLOW only guards the last part). */
  private async assertNoLinkedParent(path: string, includeSelf: boolean): Promise<void> {
    const dir = includeSelf ? path : path.slice(0, Math.max(0, path.lastIndexOf('/')))
    if (!(await this.isSafeDir(dir))) throw new PathOutsideRootError(path)
  }

  /** One lstat per directory, ever: a directory is safe when its parent is and it is not a link. */
  private isSafeDir(dir: string): Promise<boolean> {
    if (dir === '') return Promise.resolve(true)
    let check = this.safeDirs.get(dir)
    if (!check) {
      const parent = dir.slice(0, Math.max(0, dir.lastIndexOf('/')))
      check = this.isSafeDir(parent).then(async (parentSafe) => {
        if (!parentSafe) return false
        const s = await fs.lstat(this.abs(dir)).catch(() => undefined)
        // Missing or not a directory: the operation itself fails with ENOENT/ENOTDIR, as it should.
        return s === undefined || !s.isSymbolicLink()
      })
      this.safeDirs.set(dir, check)
    }
    return check
  }
}
