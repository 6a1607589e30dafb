import { mkdir, symlink, writeFile } from 'node:fs/promises'
import * as nodePath from 'node:path'

/** A file's text or bytes, or a symbolic link with its target written as given. */
export type TreeEntry = string | Uint8Array | { symlink: string }

/**
 * Writes a tree of files, directories and symbolic links under `root`, e.g.
 * `{ 'src/a.ts': 'x', 'loop': { symlink: '..' } }`. A key ending in `/` creates an empty directory.
 */
export async function writeTree(root: string, tree: Record<string, TreeEntry>): Promise<void> {
  for (const [path, entry] of Object.entries(tree)) {
    const target = nodePath.join(root, ...path.split('/'))
    if (path.endsWith('/')) {
      await mkdir(target, { recursive: true })
      continue
    }
    await mkdir(nodePath.dirname(target), { recursive: true })
    if (typeof entry === 'object' && 'symlink' in entry) await symlink(entry.symlink, target)
    else await writeFile(target, entry)
  }
}
