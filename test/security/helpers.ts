// Builds hostile repositories on disk for the security tests and collects every text Stack Fit
// would show a user for them.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import type { FileSource } from '../../src/scan/file-source.js'

export interface TempTree {
  root: string
  /** A sibling directory outside the repository, for link and include targets. */
  outside: string
  write(path: string, content: string | Uint8Array): Promise<string>
  dispose(): Promise<void>
}

export async function tempTree(): Promise<TempTree> {
  const base = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-hostile-'))
  const root = nodePath.join(base, 'repo')
  const outside = nodePath.join(base, 'outside')
  await mkdir(root)
  await mkdir(outside)
  return {
    root,
    outside,
    async write(path, content) {
      const full = nodePath.join(root, path)
      await mkdir(nodePath.dirname(full), { recursive: true })
      await writeFile(full, content)
      return full
    },
    dispose: () => rm(base, { recursive: true, force: true }),
  }
}

/** Wraps a FileSource and records every path it is asked for. */
export class RecordingSource implements FileSource {
  readonly requested: string[] = []
  constructor(private readonly inner: FileSource) {}
  get description(): string {
    return this.inner.description
  }
  listDir(dir: string) {
    this.requested.push(dir)
    return this.inner.listDir(dir)
  }
  stat(path: string) {
    this.requested.push(path)
    return this.inner.stat(path)
  }
  read(path: string, maxBytes: number) {
    this.requested.push(path)
    return this.inner.read(path, maxBytes)
  }
}
