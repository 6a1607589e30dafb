// A FileSource over one commit of a local git repository, read without a checkout: the tree is
// listed once with `git ls-tree`, blobs stream through one `git cat-file --batch` process.
// Git is the only program Stack Fit ever starts; hooks and fsmonitor are switched off.
import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process'
import {
  type DirEntry,
  type EntryKind,
  type EntryStat,
  type FileSource,
  FileTooLargeError,
  normalizeRepoPath,
  type ReadOptions,
} from './file-source.js'
import { DirectoryIndex } from './directory-index.js'

export class GitError extends Error {
  constructor(
    message: string,
    readonly stderr = '',
  ) {
    super(message)
    this.name = 'GitError'
  }
}

export interface GitOptions {
  timeoutMs?: number
  maxBuffer?: number
}

const DEFAULT_TIMEOUT_MS = 120_000
/** Nothing configured in the repository may run a program while we read it. */
const SAFE_CONFIG = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false']

function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }
}

/** Runs git with an argument array (never a shell) and returns its standard output. */
export function runGit(
  cwd: string,
  args: readonly string[],
  options: GitOptions = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...SAFE_CONFIG, ...args],
      {
        cwd,
        env: gitEnv(),
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxBuffer: options.maxBuffer ?? 16 * 1024 * 1024,
        encoding: 'utf8',
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (error) {
          const detail = stderr.trim().split('\n').pop() ?? ''
          const reason = error.killed ? 'timed out' : detail || error.message
          reject(new GitError(`git ${args[0] ?? ''} failed: ${reason}`, stderr))
        } else resolve(stdout)
      },
    )
  })
}

interface TreeEntry {
  kind: EntryKind
  oid: string
  size: number
}

interface PendingRead {
  oid: string
  maxBytes: number
  resolve: (bytes: Uint8Array) => void
  reject: (error: Error) => void
}

/** Parses `git ls-tree -r -z -l` output into entries by path. */
export function parseLsTree(output: string): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>()
  for (const record of output.split('\0')) {
    if (record === '') continue
    const tab = record.indexOf('\t')
    if (tab < 0) continue
    const [mode, type, oid, size] = record.slice(0, tab).split(/\s+/)
    const path = record.slice(tab + 1)
    if (!mode || !oid) continue
    const kind: EntryKind =
      mode === '120000'
        ? 'symlink'
        : type === 'blob'
          ? 'file'
          : type === 'tree'
            ? 'directory'
            : 'other'
    entries.set(path, { kind, oid, size: Number(size) || 0 })
  }
  return entries
}

export class GitTreeSource implements FileSource {
  readonly description: string
  private readonly dirs = new DirectoryIndex()
  private batch: ChildProcessWithoutNullStreams | undefined
  private batchFailure: Error | undefined
  private readonly queue: PendingRead[] = []
  private header = Buffer.alloc(0)
  private body: { remaining: number; keep: number; chunks: Buffer[]; kept: number } | undefined

  private constructor(
    private readonly repoDir: string,
    private readonly entries: Map<string, TreeEntry>,
    description: string,
  ) {
    this.description = description
    for (const [path, entry] of entries) this.dirs.add(path, entry.kind)
  }

  /**
   * Lists `treeish` (a commit, or `<commit>:<dir>` for a subdirectory) in the repository that
   * contains `repoDir`. The object must already be present locally.
   */
  static async open(
    repoDir: string,
    treeish: string,
    options: GitOptions & { description?: string } = {},
  ): Promise<GitTreeSource> {
    if (treeish.startsWith('-')) throw new GitError(`not a tree: ${treeish}`)
    const output = await runGit(
      repoDir,
      ['ls-tree', '-r', '-z', '-l', '--end-of-options', treeish],
      {
        timeoutMs: options.timeoutMs,
        maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024,
      },
    )
    return new GitTreeSource(repoDir, parseLsTree(output), options.description ?? `git:${treeish}`)
  }

  async listDir(dir: string): Promise<DirEntry[]> {
    return this.dirs.list(dir)
  }

  async stat(path: string): Promise<EntryStat | undefined> {
    const p = normalizeRepoPath(path)
    if (this.dirs.isDirectory(p)) return { kind: 'directory', size: 0 }
    const entry = this.entries.get(p)
    return entry ? { kind: entry.kind, size: entry.size } : undefined
  }

  async read(path: string, maxBytes: number, options: ReadOptions = {}): Promise<Uint8Array> {
    const entry = this.entries.get(normalizeRepoPath(path))
    if (!entry) throw new Error(`no such file: ${path}`)
    if (entry.kind === 'symlink') throw new Error(`refusing to follow symbolic link: ${path}`)
    if (entry.kind !== 'file') throw new Error(`not a regular file: ${path}`)
    if (options.maxSize !== undefined && entry.size > options.maxSize)
      throw new FileTooLargeError(path, entry.size, options.maxSize)
    if (this.batchFailure) throw this.batchFailure
    return new Promise((resolve, reject) => {
      const proc = this.batch ?? this.startBatch()
      this.queue.push({ oid: entry.oid, maxBytes: Math.max(0, maxBytes), resolve, reject })
      proc.stdin.write(`${entry.oid}\n`)
    })
  }

  /** Stops the cat-file process; reads after this start a new one. */
  close(): void {
    const proc = this.batch
    this.batch = undefined
    if (!proc) return
    proc.stdin.end()
    const timer = setTimeout(() => proc.kill(), 5_000)
    timer.unref()
    proc.once('exit', () => clearTimeout(timer))
  }

  private startBatch(): ChildProcessWithoutNullStreams {
    const proc = spawn('git', [...SAFE_CONFIG, 'cat-file', '--batch'], {
      cwd: this.repoDir,
      env: gitEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    })
    this.batch = proc
    this.header = Buffer.alloc(0)
    this.body = undefined
    let stderr = ''
    proc.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8')
    })
    proc.stdout.on('data', (chunk: Buffer) => this.consume(chunk))
    const fail = (error: Error) => {
      this.batchFailure = error
      if (this.batch === proc) this.batch = undefined
      for (const pending of this.queue.splice(0)) pending.reject(error)
    }
    proc.on('error', (err) => fail(new GitError(`git cat-file could not start: ${err.message}`)))
    proc.stdin.on('error', () => undefined)
    proc.on('exit', (code, signal) => {
      if (this.queue.length > 0) {
        const why = signal ? `signal ${signal}` : `exit code ${code}`
        fail(new GitError(`git cat-file stopped (${why}) ${stderr.trim()}`.trim(), stderr))
      } else if (this.batch === proc) this.batch = undefined
    })
    return proc
  }

  private consume(chunk: Buffer): void {
    let offset = 0
    while (offset < chunk.length) {
      const pending = this.queue[0]
      if (!pending) return
      if (!this.body) {
        const newline = chunk.indexOf(0x0a, offset)
        if (newline < 0) {
          this.header = Buffer.concat([this.header, chunk.subarray(offset)])
          return
        }
        const line = Buffer.concat([this.header, chunk.subarray(offset, newline)]).toString('utf8')
        this.header = Buffer.alloc(0)
        offset = newline + 1
        const [, type, size] = line.split(' ')
        if (type === 'missing' || type === undefined || size === undefined) {
          this.queue.shift()
          pending.reject(new Error(`object ${pending.oid} is not in the local repository`))
          continue
        }
        const total = Number(size)
        this.body = {
          remaining: total + 1,
          keep: Math.min(total, pending.maxBytes),
          chunks: [],
          kept: 0,
        }
      }
      const body = this.body
      const take = Math.min(body.remaining, chunk.length - offset)
      const wanted = Math.min(take, body.keep - body.kept)
      if (wanted > 0) {
        body.chunks.push(Buffer.from(chunk.subarray(offset, offset + wanted)))
        body.kept += wanted
      }
      offset += take
      body.remaining -= take
      if (body.remaining === 0) {
        this.body = undefined
        this.queue.shift()
        pending.resolve(new Uint8Array(Buffer.concat(body.chunks)))
      }
    }
  }
}
