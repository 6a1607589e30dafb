import {
  type DirEntry,
  type EntryStat,
  type FileSource,
  FileTooLargeError,
  normalizeRepoPath,
  type ReadOptions,
} from './file-source.js'
import { DirectoryIndex } from './directory-index.js'

/** A symbolic link in an in-memory tree; its target is recorded, never resolved. */
export interface MemorySymlink {
  symlink: string
}

export type MemoryEntry = string | Uint8Array | MemorySymlink

/** An in-memory repository for tests: `{ 'package.json': '{...}', 'src/a.ts': '...' }`. */
export class MemoryFileSource implements FileSource {
  readonly description = 'memory'
  private readonly files = new Map<string, Uint8Array | MemorySymlink>()
  private readonly dirs = new DirectoryIndex()

  constructor(tree: Record<string, MemoryEntry> = {}) {
    for (const [path, content] of Object.entries(tree)) this.add(path, content)
  }

  add(path: string, content: MemoryEntry): this {
    const p = normalizeRepoPath(path)
    const value = typeof content === 'string' ? new TextEncoder().encode(content) : content
    this.files.set(p, value)
    this.dirs.add(p, value instanceof Uint8Array ? 'file' : 'symlink')
    return this
  }

  async listDir(dir: string): Promise<DirEntry[]> {
    return this.dirs.list(dir)
  }

  async stat(path: string): Promise<EntryStat | undefined> {
    const p = normalizeRepoPath(path)
    if (this.dirs.isDirectory(p)) return { kind: 'directory', size: 0 }
    const f = this.files.get(p)
    if (f === undefined) return undefined
    return f instanceof Uint8Array
      ? { kind: 'file', size: f.byteLength }
      : { kind: 'symlink', size: 0 }
  }

  async read(path: string, maxBytes: number, options: ReadOptions = {}): Promise<Uint8Array> {
    const p = normalizeRepoPath(path)
    const f = this.files.get(p)
    if (f === undefined) throw new Error(`no such file: ${path}`)
    if (!(f instanceof Uint8Array)) throw new Error(`refusing to follow symbolic link: ${path}`)
    if (options.maxSize !== undefined && f.byteLength > options.maxSize)
      throw new FileTooLargeError(path, f.byteLength, options.maxSize)
    return f.byteLength > maxBytes ? f.subarray(0, maxBytes) : f
  }
}
