// Directory listings for a tree whose paths are all known up front (in memory, a git tree).

import {
  type DirEntry,
  type EntryKind,
  basenameOf,
  dirnameOf,
  normalizeRepoPath,
} from './file-source.js'

export class DirectoryIndex {
  private readonly dirs = new Map<string, Map<string, DirEntry>>([['', new Map()]])

  /** Records a normalised path and creates its parent directories. */
  add(path: string, kind: EntryKind): void {
    const parent = dirnameOf(path)
    if (!this.dirs.has(parent)) {
      this.dirs.set(parent, new Map())
      if (parent !== '') this.add(parent, 'directory')
    }
    this.dirs.get(parent)!.set(basenameOf(path), { name: basenameOf(path), kind })
    if (kind === 'directory' && !this.dirs.has(path)) this.dirs.set(path, new Map())
  }

  isDirectory(path: string): boolean {
    return this.dirs.has(path)
  }

  list(dir: string): DirEntry[] {
    const entries = this.dirs.get(normalizeRepoPath(dir))
    if (!entries) throw new Error(`not a directory: ${dir}`)
    return [...entries.values()]
  }
}
