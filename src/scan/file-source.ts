// The one way the scanner reads a repository. Paths are POSIX, relative to the repository
// root, '' for the root itself. Implementations never follow symbolic links and refuse paths
// that would leave the root.

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other'

export interface DirEntry {
  name: string
  kind: EntryKind
}

export interface EntryStat {
  kind: EntryKind
  size: number
}

export interface FileSource {
  /** Shown in reports, e.g. the absolute root or `memory`. */
  readonly description: string
  /**
   * The directory on this machine the source reads, when it is a plain checkout: worker threads
   * then open their own FsFileSource on it to read in parallel.
   */
  readonly localRoot?: string
  /** Entries of a directory, unsorted; symbolic links are reported as `symlink`, never resolved. */
  listDir(dir: string): Promise<DirEntry[]>
  /** lstat-like: undefined when nothing is there. */
  stat(path: string): Promise<EntryStat | undefined>
  /** Reads at most `maxBytes` from the start of a regular file. Rejects links and non-files. */
  read(path: string, maxBytes: number, options?: ReadOptions): Promise<Uint8Array>
  /**
   * The files version control tracks under the root, when the source is a git work tree (from git's
   * index); undefined otherwise. `.gitignore` applies only to the files not in it.
   */
  trackedFiles?(): Promise<TrackedFiles | undefined>
}

/** Tracked paths, and every directory that holds one, for the walk to ask about. */
export interface TrackedFiles {
  has(path: string): boolean
  holds(dir: string): boolean
}

/** Builds TrackedFiles from git's `ls-files -z` output (paths relative to the root). */
export function trackedFilesOf(lsFilesZ: string): TrackedFiles {
  const files = new Set<string>()
  const dirs = new Set<string>()
  for (const path of lsFilesZ.split('\0')) {
    if (path === '') continue
    files.add(path)
    for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
      const dir = path.slice(0, i)
      if (dirs.has(dir)) break
      dirs.add(dir)
    }
  }
  return { has: (path) => files.has(path), holds: (dir) => dirs.has(dir) }
}

export interface ReadOptions {
  /**
   * Rejects with FileTooLargeError, reading nothing, when the file is larger than this. Checked on
   * the file as opened, so a file that grew after discovery is still refused.
   */
  maxSize?: number
  /**
   * A buffer at least `maxBytes` long the source may read into, returning a view of it that is
   * valid until the caller reuses the buffer: a scan of thousands of files then allocates nothing.
   */
  scratch?: Uint8Array
}

/**
 * A whole number with its thousands grouped by commas, as toLocaleString('en-US') writes it, without
 * the cost of Intl (a benchmark tree throws this error for hundreds of files).
 */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

export class FileTooLargeError extends Error {
  constructor(
    readonly path: string,
    readonly size: number,
    readonly limit: number,
  ) {
    super(`${grouped(size)} bytes, over the ${grouped(limit)}-byte cap`)
    this.name = 'FileTooLargeError'
  }
}

export class PathOutsideRootError extends Error {
  constructor(path: string) {
    super(`path leaves the repository: ${path}`)
    this.name = 'PathOutsideRootError'
  }
}

/** Segments without separators or NUL, joined by single slashes; no drive letter; '' is the root. */
const NORMAL_PATH = /^(?![A-Za-z]:)(?:[^/\\\0]+(?:\/[^/\\\0]+)*)?$/
/** A `.` or `..` segment. */
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/

/**
 * Normalises a repository-relative path: forward slashes, no `.` segments, no leading `./`.
 * Throws PathOutsideRootError for absolute paths and for `..` that climbs above the root.
 */
export function normalizeRepoPath(path: string): string {
  // Nearly every path the scan passes is already normal; check that without splitting it.
  if (NORMAL_PATH.test(path) && !DOT_SEGMENT.test(path)) return path
  const raw = path.replace(/\\/g, '/')
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || raw.includes('\0')) {
    throw new PathOutsideRootError(path)
  }
  const out: string[] = []
  for (const part of raw.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length === 0) throw new PathOutsideRootError(path)
      out.pop()
    } else out.push(part)
  }
  return out.join('/')
}

/** Joins repository-relative segments and normalises the result (may throw PathOutsideRootError). */
export function joinRepoPath(...parts: string[]): string {
  return normalizeRepoPath(parts.filter((p) => p !== '').join('/'))
}

export function dirnameOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? '' : path.slice(0, i)
}

/** A path as seen from a directory below the repository root ('' is the root itself). */
export function pathBelow(path: string, dir: string): string {
  return dir && path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : path
}

export function basenameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}
