import * as fs from 'node:fs'
import { constants } from 'node:fs'
import * as nodePath from 'node:path'
import {
  type DirEntry,
  type EntryKind,
  type EntryStat,
  type FileSource,
  FileTooLargeError,
  PathOutsideRootError,
  type ReadOptions,
  type TrackedFiles,
  normalizeRepoPath,
  trackedFilesOf,
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

/**
 * Reads a checked-out repository from disk without following symbolic links.
 *
 * The calls are synchronous under an async interface: on a checkout in the page cache a direct
 * syscall costs microseconds, while the promise API adds a thread-pool hop and allocations per
 * call, which profiling showed to be most of the scan's time. Errors still surface as rejections.
 */
export class FsFileSource implements FileSource {
  readonly description: string
  readonly localRoot: string
  private readonly root: string
  /** Directories proven to resolve inside the root (no linked component on the way). */
  private readonly safeDirs = new Map<string, boolean>()

  constructor(root: string) {
    this.root = nodePath.resolve(root)
    this.description = this.root
    this.localRoot = this.root
  }

  private abs(path: string): string {
    if (path === '') return this.root
    return nodePath.sep === '/'
      ? `${this.root}/${path}`
      : nodePath.join(this.root, ...path.split('/'))
  }

  async listDir(dir: string): Promise<DirEntry[]> {
    const p = normalizeRepoPath(dir)
    this.assertNoLinkedParent(p, true)
    const prefix = p === '' ? '' : `${p}/`
    return fs.readdirSync(this.abs(p), { withFileTypes: true }).map((d) => {
      const kind = kindOf(d)
      // The listing's own type says a subdirectory is no link (the lstat isSafeDir would make):
      // a walk then lists and reads below it without another system call per directory.
      if (kind === 'directory') this.safeDirs.set(prefix + d.name, true)
      return { name: d.name, kind }
    })
  }

  async stat(path: string): Promise<EntryStat | undefined> {
    const p = normalizeRepoPath(path)
    this.assertNoLinkedParent(p, false)
    const s = fs.lstatSync(this.abs(p), { throwIfNoEntry: false })
    return s ? { kind: kindOf(s), size: s.size } : undefined
  }

  async read(path: string, maxBytes: number, options: ReadOptions = {}): Promise<Uint8Array> {
    const p = normalizeRepoPath(path)
    this.assertNoLinkedParent(p, false)
    // O_NOFOLLOW makes the open itself fail on a link, so no race between check and read;
    // O_NONBLOCK keeps a FIFO swapped in after discovery from blocking the scan.
    const fd = fs.openSync(
      this.abs(p),
      constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK,
    )
    try {
      const s = fs.fstatSync(fd)
      if (!s.isFile()) throw new Error(`not a regular file: ${path}`)
      if (options.maxSize !== undefined && s.size > options.maxSize)
        throw new FileTooLargeError(path, s.size, options.maxSize)
      const scratch = options.scratch
      const length = Math.min(s.size, maxBytes)
      const buffer = scratch && scratch.byteLength >= length ? scratch : Buffer.allocUnsafe(length)
      let offset = 0
      while (offset < length) {
        const bytesRead = fs.readSync(fd, buffer, offset, length - offset, offset)
        if (bytesRead === 0) break
        offset += bytesRead
      }
      return buffer.subarray(0, offset)
    } finally {
      fs.closeSync(fd)
    }
  }

  /**
   * Git's index lists the tracked files; a directory that is no git work tree, or a git that fails,
   * gives undefined and the walk applies .gitignore to everything, as without git. Only git runs,
   * with hooks and fsmonitor off (runGit), and only `ls-files`, which reads the index.
   */
  async trackedFiles(): Promise<TrackedFiles | undefined> {
    if (!this.insideGitWorkTree()) return undefined
    try {
      // node:child_process loads only here, on a git work tree.
      const { runGit } = await import('./git-tree-source.js')
      // Run in the root, ls-files lists the files below it, relative to it.
      const listed = await runGit(this.root, ['ls-files', '-z', '--cached'], {
        maxBuffer: 1024 * 1024 * 1024,
      })
      return trackedFilesOf(listed)
    } catch {
      return undefined
    }
  }

  /** A `.git` entry here or in a parent directory: cheap to check before starting git at all. */
  private insideGitWorkTree(): boolean {
    for (let dir = this.root; ;) {
      if (fs.existsSync(nodePath.join(dir, '.git'))) return true
      const parent = nodePath.dirname(dir)
      if (parent === dir) return false
      dir = parent
    }
  }

  /** Refuses a path whose directories pass through a symbolic link (O_NOFOLLOW only guards the last part). */
  private assertNoLinkedParent(path: string, includeSelf: boolean): void {
    const dir = includeSelf ? path : path.slice(0, Math.max(0, path.lastIndexOf('/')))
    if (!this.isSafeDir(dir)) throw new PathOutsideRootError(path)
  }

  /** One lstat per directory, ever: a directory is safe when its parent is and it is not a link. */
  private isSafeDir(dir: string): boolean {
    if (dir === '') return true
    let safe = this.safeDirs.get(dir)
    if (safe === undefined) {
      const parent = dir.slice(0, Math.max(0, dir.lastIndexOf('/')))
      // Missing or not a directory: the operation itself fails with ENOENT/ENOTDIR, as it should.
      safe =
        this.isSafeDir(parent) &&
        !fs.lstatSync(this.abs(dir), { throwIfNoEntry: false })?.isSymbolicLink()
      this.safeDirs.set(dir, safe)
    }
    return safe
  }
}
