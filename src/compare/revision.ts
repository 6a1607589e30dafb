// Reads another commit of the scanned repository (the pull request's base, a ref the workflow
// names, or `stack-fit --base`) without a checkout, fetching just that commit when the clone is shallow.
import { type AnalyzeOptions, analyzeRepository } from '../analysis/analyze.js'
import type { Report } from '../model.js'
import type { FileSource } from '../scan/file-source.js'
import { GitError, GitTreeSource, runGit } from '../scan/git-tree-source.js'
import { MemoryFileSource } from '../scan/memory-source.js'

export const FETCH_TIMEOUT_MS = 120_000
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/
// Ref names and the ~ and ^ of a revision (main~1); it reaches git as one argument, never a shell.
const SAFE_REF = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/@+~^-]{1,255}$/

export type RevisionReport =
  { kind: 'report'; sha: string; report: Report } | { kind: 'unavailable'; reason: string }

/** Where `dir` sits inside its repository ('' at the top); undefined outside any repository. */
export async function repositoryPrefix(dir: string): Promise<string | undefined> {
  try {
    const prefix = (await runGit(dir, ['rev-parse', '--show-prefix'])).trim()
    return prefix.replace(/\/$/, '')
  } catch {
    return undefined
  }
}

async function localCommit(dir: string, rev: string): Promise<string | undefined> {
  try {
    return (
      await runGit(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])
    ).trim()
  } catch {
    return undefined
  }
}

/**
 * The commit `ref` names, fetched from `origin` (one commit deep, no tags) when it is not
 * here yet; actions/checkout leaves the token in the clone's config for exactly this.
 */
export async function resolveCommit(dir: string, ref: string): Promise<string> {
  if (!SAFE_REF.test(ref))
    throw new GitError(`'${ref}' is not a commit or ref name Stack Fit accepts`)
  const local = await localCommit(dir, ref)
  if (local) return local
  await runGit(
    dir,
    [
      'fetch',
      '--no-tags',
      '--no-recurse-submodules',
      '--depth=1',
      'origin',
      '--end-of-options',
      ref,
    ],
    { timeoutMs: FETCH_TIMEOUT_MS },
  )
  const fetched = await localCommit(dir, FULL_SHA.test(ref) ? ref : 'FETCH_HEAD')
  if (!fetched) throw new GitError(`git fetch did not bring ${ref}`)
  return fetched
}

/** A source over `sha`'s version of the directory at `prefix`; empty when it did not exist then. */
export async function openRevision(
  dir: string,
  sha: string,
  prefix: string,
): Promise<FileSource & { close(): void }> {
  const treeish = prefix ? `${sha}:${prefix}` : sha
  const type = await runGit(dir, ['cat-file', '-t', '--end-of-options', treeish]).then(
    (out) => out.trim(),
    () => 'missing',
  )
  if (type !== 'tree' && type !== 'commit') {
    return Object.assign(new MemoryFileSource({}), { close: () => undefined })
  }
  return GitTreeSource.open(dir, treeish, { description: `${sha.slice(0, 12)}:${prefix || '.'}` })
}

/** Analyses `ref`'s version of the scanned directory with the same options as the head. */
export async function analyzeRevision(
  scanDir: string,
  ref: string,
  options: AnalyzeOptions,
): Promise<RevisionReport> {
  const prefix = await repositoryPrefix(scanDir)
  if (prefix === undefined) {
    return { kind: 'unavailable', reason: 'the scanned directory is not inside a git repository' }
  }
  let sha: string
  try {
    sha = await resolveCommit(scanDir, ref)
  } catch (err) {
    return { kind: 'unavailable', reason: `${ref} could not be read: ${(err as Error).message}` }
  }
  const source = await openRevision(scanDir, sha, prefix).catch((err: Error) => err)
  if (source instanceof Error) {
    return {
      kind: 'unavailable',
      reason: `${sha.slice(0, 12)} could not be listed: ${source.message}`,
    }
  }
  try {
    return { kind: 'report', sha, report: await analyzeRepository(source, options) }
  } finally {
    source.close()
  }
}
