// Which files the scanner looks at. Walks the tree through the FileSource, pruning what a reviewer
// would never read (installed packages, virtualenvs, build output, ignored, vendored, generated and
// documentation paths) before listing it, and never following a symbolic link.

import type { ManifestKind, Problem, SkipReason, SkippedPath } from '../model.js'
import {
  compileDirectoryExclusions,
  type DirectoryExclusionMatch,
  type DirectoryExclusionMatcher,
  judgeFileName,
  LINGUIST_ATTRIBUTES,
  type LinguistAttribute,
} from './default-exclusions.js'
import type { DirEntry, FileSource } from './file-source.js'
import {
  type AttributeLevel,
  type AttributeStates,
  attributesOf,
  loadAttributeGlobs,
  mayBeFalseBelow,
  parseGitattributes,
  withoutFileTypeVendoring,
} from './gitattributes.js'
import {
  compileIgnoreFile,
  compileIgnoreGlobs,
  type IgnoreLevel,
  loadIgnoreRules,
  matchIgnored,
  scopedToDirectory,
} from './gitignore.js'
import { manifestKindOf, parseManifest } from './manifests/index.js'
import { decodeText } from './text.js'
import { capYoungGeneration } from '../young-generation.js'

// Manifests that make a documentation site a package of its own, and how deep below the documentation
// folder they are looked for (docs/package.json, docs/website/package.json).
const DOCS_SITE_MANIFESTS: ReadonlySet<string> = new Set([
  'package.json',
  'requirements.txt',
  'pyproject.toml',
])
const DOCS_PROBE_DEPTH = 2

export interface DiscoveryOptions {
  /** Stop accepting files after this many; the result is then partial. */
  maxFiles: number
  /** A clock value after which the walk stops; the result is then partial. */
  deadline?: number
  /** The clock `deadline` is measured on; Date.now by default. */
  now?: () => number
  /** User globs with gitignore semantics, relative to the root: 'user-ignored'. */
  ignore?: readonly string[]
  signal?: AbortSignal
}

export interface Discovery {
  /** Paths of the accepted files, sorted. Plain strings: a large tree has hundreds of thousands. */
  files: string[]
  /** Every skipped path with its reason; a skipped directory appears once, its contents unlisted. */
  skipped: SkippedPath[]
  partial?: { reason: string; limit: 'maxFiles' | 'timeoutMs' }
  problems: Problem[]
}

/** How many listDir/stat calls may be in flight at once. */
const IO_CONCURRENCY = 32
const IGNORE_FILE_MAX_BYTES = 256 * 1024

/** Manifests that declare a project rather than pin what an install resolved. */
const DECLARES_PROJECT: ReadonlySet<ManifestKind> = new Set([
  'package.json',
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'Pipfile',
])

function declaresProject(path: string): boolean {
  const kind = manifestKindOf(path)
  return kind !== undefined && DECLARES_PROJECT.has(kind)
}

const ATTRIBUTE_REASON: Record<LinguistAttribute, SkipReason> = {
  'linguist-vendored': 'vendored',
  'linguist-generated': 'generated',
  'linguist-documentation': 'documentation',
}

/** A default exclusion that a negated attribute somewhere below might lift, carried down the walk. */
interface PendingExclusion {
  match: DirectoryExclusionMatch
  path: string
}

interface DirectoryTask {
  dir: string
  ignores: readonly IgnoreLevel[]
  attributes: readonly AttributeLevel[]
  /** Attribute states set on an ancestor directory, inherited by everything below. */
  inherited: AttributeStates
  pending?: PendingExclusion
  /** Set inside a gitignored directory walked only for its tracked files: why the rest is ignored. */
  ignoredBy?: string
  /** Set below a private package.json marked vendored: the repository's own code, kept. */
  ownPackage?: true
  /**
   * Set on a folder marked vendored as a whole: skipped, as recorded here, unless it holds a
   * private package.json (image-quantization marks its own `packages/demo/**`).
   */
  unlessOwn?: SkippedPath
}

/**
 * Runs jobs, including those jobs add while running, with at most `concurrency` at once; resolves
 * when none is left. One queue for the whole walk, so a wide tree does not pile up waiting promises.
 */
function jobPool<Job>(
  concurrency: number,
  run: (job: Job) => Promise<void>,
): { add: (job: Job) => void; idle: () => Promise<void> } {
  let queue: Job[] = []
  let head = 0
  let active = 0
  let resolveIdle: (() => void) | undefined
  const idle = new Promise<void>((resolve) => (resolveIdle = resolve))
  const pump = (): void => {
    while (active < concurrency && head < queue.length) {
      const job = queue[head++]!
      if (head >= 4096 && head * 2 >= queue.length) {
        queue = queue.slice(head)
        head = 0
      }
      active++
      void run(job).finally(() => {
        active--
        pump()
      })
    }
    if (active === 0 && head === queue.length) resolveIdle?.()
  }
  return {
    add: (job) => {
      queue.push(job)
      pump()
    },
    idle: () => {
      pump()
      return idle
    },
  }
}

function childPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`
}

export async function discoverFiles(
  source: FileSource,
  options: DiscoveryOptions,
): Promise<Discovery> {
  const now = options.now ?? Date.now
  const files: string[] = []
  const skipped: SkippedPath[] = []
  const problems: Problem[] = []
  const exclusions = compileDirectoryExclusions()
  if (options.ignore?.length) await loadIgnoreRules()
  const userLevel = options.ignore?.length
    ? compileIgnoreGlobs('ignore input', options.ignore)
    : undefined
  let partial: Discovery['partial']
  // On a git work tree .gitignore keeps only untracked files out: every tracked file is the repository's.
  const tracked = await source.trackedFiles?.()

  const fileLimitReached = (): void => {
    partial ??= {
      reason: `stopped after ${options.maxFiles.toLocaleString('en-US')} files (the file limit)`,
      limit: 'maxFiles',
    }
  }

  /** Whether the walk must stop: already partial, cancelled or past the deadline. */
  const stopped = (): boolean => {
    if (partial) return true
    if (options.signal?.aborted) {
      partial = { reason: 'the scan was cancelled', limit: 'timeoutMs' }
    } else if (options.deadline !== undefined && now() > options.deadline) {
      partial = { reason: 'stopped at the time limit while listing files', limit: 'timeoutMs' }
    }
    return partial !== undefined
  }

  /**
   * The text of an ignore or attributes file; a file that cannot be used becomes a problem. A
   * manifest is read `quiet`: its own parser reports what is wrong with it, not the walk.
   */
  const readSmallText = async (
    path: string,
    { mayBeMissing = false, quiet = false } = {},
  ): Promise<string | undefined> => {
    try {
      const decoded = decodeText(await source.read(path, IGNORE_FILE_MAX_BYTES))
      if (decoded.ok) return decoded.text
      if (!quiet)
        problems.push({ file: path, message: 'binary content; its rules are not applied' })
    } catch (err) {
      if (mayBeMissing || quiet) return undefined
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).name
      problems.push({
        file: path,
        message: `could not be read (${code}); its rules are not applied`,
      })
    }
    return undefined
  }

  /** A manifest's text: its own parser reports what is wrong with it, not the walk. */
  const readQuietly = (path: string) => readSmallText(path, { quiet: true })
  const inWorkspaces = await workspacesOf(readQuietly)

  // A documentation folder's pages and code are not read, but its own manifest is (docs/package.json
  // for VitePress, docs/requirements.txt for Sphinx): the site is listed as a supporting package.
  const docsSites: string[] = []
  // Nor is a folder marked generated as a whole, but the project files at its top are: a project
  // file a tool wrote still declares the project (polar's `sdk/python/**`, a generated client).
  const generatedFolders: string[] = []
  /** Manifests `keeps` accepts in a skipped folder, and in its folders down to `maxDepth`. */
  const probeManifests = async (
    dir: string,
    depth: number,
    keeps: (path: string) => boolean,
    maxDepth: number,
  ): Promise<void> => {
    let entries: DirEntry[]
    try {
      entries = await source.listDir(dir)
    } catch {
      return
    }
    for (const entry of entries) {
      const path = childPath(dir, entry.name)
      if (entry.kind === 'file' && keeps(path)) {
        if (files.length >= options.maxFiles) return fileLimitReached()
        files.push(path)
      } else if (
        entry.kind === 'directory' &&
        depth < maxDepth &&
        !entry.name.startsWith('.') &&
        !exclusions.byName(entry.name, false)
      )
        await probeManifests(path, depth + 1, keeps, maxDepth)
    }
  }

  const walk = async (task: DirectoryTask): Promise<void> => {
    if (stopped()) return
    // More to walk once the limit is full: the result cannot be complete.
    if (files.length >= options.maxFiles) return fileLimitReached()
    // The walk can run for seconds without a turn of the event loop, where the timer would look.
    capYoungGeneration()
    let entries: DirEntry[]
    try {
      entries = await source.listDir(task.dir)
    } catch (err) {
      problems.push({
        file: task.dir || '.',
        message: `could not list the directory (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      })
      skipped.push({ path: task.dir || '.', reason: 'unreadable', directory: true })
      return
    }
    if (task.dir !== '' && !task.pending) {
      // Content markers (a virtualenv's pyvenv.cfg) exclude a directory whatever its name.
      const marker = exclusions.byContents(entries.map((e) => e.name))
      if (marker && !lifts(task.inherited, marker)) {
        skipped.push({
          path: task.dir,
          reason: marker.rule.reason,
          detail: marker.detail,
          directory: true,
        })
        return
      }
    }
    // A folder marked vendored whole is walked only as a private package (and then read as one).
    const ownFolder = task.unlessOwn
      ? await isOwnVendoredPackage(task, entries, task.attributes, readQuietly)
      : undefined
    if (task.unlessOwn && !ownFolder) {
      skipped.push(task.unlessOwn)
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    // The matchers' packages, loaded while the root is walked alone (so no other directory's walk
    // runs meanwhile and the order of the results stays the same) unless the root is empty.
    if (task.dir === '' && entries.length > 0)
      await Promise.all([loadIgnoreRules(), loadAttributeGlobs()])

    let { ignores, attributes } = task
    const hasFile = (name: string) => entries.some((e) => e.name === name && e.kind === 'file')
    const hasGitDirectory =
      task.dir === '' && entries.some((e) => e.name === '.git' && e.kind === 'directory')
    if (hasGitDirectory) {
      // Read without a stat first: read refuses links on the way, where a stat would pass through them.
      const text = await readSmallText('.git/info/exclude', { mayBeMissing: true })
      if (text !== undefined)
        ignores = [...ignores, compileIgnoreFile('', '.git/info/exclude', text)]
    }
    if (hasFile('.gitignore')) {
      const label = childPath(task.dir, '.gitignore')
      const text = await readSmallText(label)
      if (text !== undefined) ignores = [...ignores, compileIgnoreFile(task.dir, label, text)]
    }
    // The marks as written: a root package.json marked vendored by its file type (`*.json`) is
    // still marked so by its owner (see isOwnVendoredPackage).
    let marked = attributes
    if (hasFile('.gitattributes')) {
      const label = childPath(task.dir, '.gitattributes')
      const text = await readSmallText(label)
      if (text !== undefined) {
        const parsed = parseGitattributes(task.dir, label, text)
        problems.push(...parsed.problems)
        if (parsed.level.lines.length > 0) marked = [...attributes, parsed.level]
        const level = withoutFileTypeVendoring(parsed.level)
        if (level.lines.length > 0) attributes = [...attributes, level]
      }
    }

    // A private package.json is never a vendored copy (nothing private is published to copy): a
    // repository that marks its own front end linguist-vendored (listmonk's `frontend/*`) keeps it
    // out of GitHub's language bar, and it stays in the scan.
    const ownPackage =
      task.ownPackage ??
      ownFolder ??
      (await isOwnVendoredPackage(task, entries, marked, readQuietly))
    const subdirectories: DirectoryTask[] = []
    // Matchers whose result caches live only as long as this directory's loop.
    const ignoresHere = scopedToDirectory(ignores)
    const userHere = userLevel && scopedToDirectory([userLevel])
    for (const entry of entries) {
      const path = childPath(task.dir, entry.name)
      const isDirectory = entry.kind === 'directory'
      if (entry.kind === 'symlink') {
        skipped.push({ path, reason: 'symlink', detail: 'symbolic links are never followed' })
        continue
      }
      if (entry.kind === 'other') {
        skipped.push({ path, reason: 'unreadable', detail: 'not a regular file or directory' })
        continue
      }
      if (isDirectory && entry.name === '.git') {
        skipped.push({
          path,
          reason: 'excluded-directory',
          detail: '.git/: version control metadata',
          directory: true,
        })
        continue
      }
      const ignored = task.ignoredBy
        ? { detail: task.ignoredBy }
        : matchIgnored(ignoresHere, path, isDirectory)
      let ignoredBy: string | undefined
      if (ignored) {
        if (tracked && (isDirectory ? tracked.holds(path) : tracked.has(path))) {
          // Tracked, so part of the repository; below it, untracked files stay ignored.
          if (isDirectory) ignoredBy = ignored.detail
        } else {
          skipped.push({
            path,
            reason: 'gitignored',
            detail: ignored.detail,
            ...(isDirectory ? { directory: true } : {}),
          })
          continue
        }
      }
      const userIgnored = userHere && matchIgnored(userHere, path, isDirectory)
      if (userIgnored) {
        skipped.push({
          path,
          reason: 'user-ignored',
          detail: userIgnored.detail,
          ...(isDirectory ? { directory: true } : {}),
        })
        continue
      }
      const found = mergeStates(task.inherited, attributesOf(attributes, path, isDirectory))
      const states = ownPackage ? withoutVendored(found) : found
      const attributeSkip = skippingAttribute(states)
      if (isDirectory) {
        const next = decideDirectory(
          path,
          entry.name,
          task,
          states,
          attributeSkip,
          attributes,
          exclusions,
          inWorkspaces,
        )
        if ('skip' in next) {
          skipped.push(next.skip)
          if (next.skip.reason === 'documentation') docsSites.push(path)
          else if (next.skip.reason === 'generated') generatedFolders.push(path)
        } else {
          // Spelled out, not spread: one of these per directory of the tree.
          const subdirectory: DirectoryTask = {
            dir: next.task.dir,
            ignores,
            attributes,
            inherited: next.task.inherited,
          }
          if (next.task.pending) subdirectory.pending = next.task.pending
          if (next.task.unlessOwn) subdirectory.unlessOwn = next.task.unlessOwn
          if (ignoredBy) subdirectory.ignoredBy = ignoredBy
          if (ownPackage) subdirectory.ownPackage = true
          subdirectories.push(subdirectory)
        }
        continue
      }
      // A project file a tool wrote still declares the project (tree-sitter grammars mark their
      // package.json, pyproject.toml and setup.py linguist-generated): Linguist hides it from
      // diffs and language statistics, not from the build. A generated requirements file is an
      // export of the lock (Flexget's `uv export`), and stays out.
      if (attributeSkip && !(attributeSkip === 'linguist-generated' && declaresProject(path))) {
        skipped.push({
          path,
          reason: ATTRIBUTE_REASON[attributeSkip],
          detail: states[attributeSkip]!.detail,
        })
        continue
      }
      if (task.pending && !lifts(states, task.pending.match)) {
        skipped.push({
          path,
          reason: task.pending.match.rule.reason,
          detail: task.pending.match.detail,
        })
        continue
      }
      const byName = judgeFileName(entry.name)
      // Linguist counts minified and generated-by-name files as generated: the negation lifts both.
      if (
        byName &&
        !(byName.reason !== 'binary' && states['linguist-generated']?.value === false)
      ) {
        skipped.push({ path, reason: byName.reason, detail: byName.detail })
        continue
      }
      // The listing already says it is a regular file; its size is checked when it is read (on the
      // open file, so a file that grows after the walk is still caught), and only if it is read.
      if (files.length >= options.maxFiles) {
        fileLimitReached()
        return
      }
      files.push(path)
    }

    for (const subdirectory of subdirectories) jobs.add(subdirectory)
  }

  // Errors are caught inside walk; this only keeps a surprise from killing the pool.
  const jobs = jobPool<DirectoryTask>(IO_CONCURRENCY, (task) =>
    walk(task).catch((err: unknown) => {
      problems.push({
        file: task.dir || '.',
        message: `discovery failed here: ${err instanceof Error ? err.message : String(err)}`,
      })
    }),
  )
  jobs.add({ dir: '', ignores: [], attributes: [], inherited: {} })
  await jobs.idle()
  const docsManifest = (path: string) => DOCS_SITE_MANIFESTS.has(manifestKindOf(path) ?? '')
  for (const dir of docsSites) await probeManifests(dir, 1, docsManifest, DOCS_PROBE_DEPTH)
  for (const dir of generatedFolders) await probeManifests(dir, 1, declaresProject, 1)
  files.sort()
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files, skipped, problems, ...(partial ? { partial } : {}) }
}

/**
 * Whether a folder is one the root's workspaces name (package.json `workspaces`, pnpm-workspace.yaml
 * `packages`; negated patterns aside), read by the manifest parsers, whose problems the manifest
 * stage reports.
 */
async function workspacesOf(
  read: (path: string) => Promise<string | undefined>,
): Promise<(path: string) => boolean> {
  const patterns: string[] = []
  for (const file of ['package.json', 'pnpm-workspace.yaml'] as const) {
    const text = await read(file)
    if (text === undefined) continue
    const { manifest } = await parseManifest(file, file, text)
    for (const p of manifest?.workspaces ?? []) {
      // `./` names the root itself (biome's website): no folder below it.
      const pattern = p.replace(/^\.\//, '').replace(/\/+$/, '')
      if (pattern !== '' && pattern !== '.' && !pattern.startsWith('!')) patterns.push(pattern)
    }
  }
  if (patterns.length === 0) return () => false
  // Loaded here, as loadAttributeGlobs does: a repository with no workspaces never needs it.
  const picomatch = (await import('picomatch')).default
  try {
    const matches = picomatch(patterns)
    return (path) => matches(path)
  } catch {
    // A glob picomatch cannot compile names no folder: the walk goes on by its own rules.
    return () => false
  }
}

/** Whether the directory holds a package.json marked linguist-vendored that declares itself private. */
async function isOwnVendoredPackage(
  task: DirectoryTask,
  entries: readonly DirEntry[],
  attributes: readonly AttributeLevel[],
  read: (path: string) => Promise<string | undefined>,
): Promise<true | undefined> {
  if (!entries.some((e) => e.name === 'package.json' && e.kind === 'file')) return undefined
  const path = childPath(task.dir, 'package.json')
  const states = mergeStates(task.inherited, attributesOf(attributes, path, false))
  if (states['linguist-vendored']?.value !== true) return undefined
  // No copy of anyone's package sits at a repository's root, published or not: marking it vendored
  // keeps it out of the language bar (tw93's Pake marks `*.json` and its CLI's `bin/**`), and the
  // tree below is the repository's own, as below a private package.
  if (task.dir === '') return true
  const text = await read(path)
  try {
    return (JSON.parse(text ?? '') as { private?: unknown }).private === true ? true : undefined
  } catch {
    // The manifest parser reports a malformed package.json; here it only stays vendored.
    return undefined
  }
}

function withoutVendored(states: AttributeStates): AttributeStates {
  if (states['linguist-vendored'] === undefined) return states
  const rest = { ...states }
  delete rest['linguist-vendored']
  return rest
}

function mergeStates(inherited: AttributeStates, own: AttributeStates): AttributeStates {
  return Object.keys(own).length === 0 ? inherited : { ...inherited, ...own }
}

function skippingAttribute(states: AttributeStates): LinguistAttribute | undefined {
  return LINGUIST_ATTRIBUTES.find((attribute) => states[attribute]?.value === true)
}

/** Whether the attribute states negate an attribute that lifts a default exclusion. */
function lifts(states: AttributeStates, match: DirectoryExclusionMatch): boolean {
  return match.rule.liftedBy.some((attribute) => states[attribute]?.value === false)
}

type DirectoryDecision =
  { skip: SkippedPath } | { task: Omit<DirectoryTask, 'ignores' | 'attributes'> }

function decideDirectory(
  path: string,
  name: string,
  parent: DirectoryTask,
  states: AttributeStates,
  attributeSkip: LinguistAttribute | undefined,
  attributes: readonly AttributeLevel[],
  exclusions: DirectoryExclusionMatcher,
  inWorkspaces: (path: string) => boolean,
): DirectoryDecision {
  if (attributeSkip) {
    // A negation further down (`dir/keep/** -linguist-vendored`) means the walk must go on.
    if (!mayBeFalseBelow(attributes, path, attributeSkip)) {
      const skip: SkippedPath = {
        path,
        reason: ATTRIBUTE_REASON[attributeSkip],
        detail: states[attributeSkip]!.detail,
        directory: true,
      }
      // A folder marked vendored is looked into for a private package.json only: no copy of anyone's
      // package is private (see isOwnVendoredPackage).
      if (attributeSkip === 'linguist-vendored')
        return { task: { dir: path, inherited: states, unlessOwn: skip } }
      return { skip }
    }
    return {
      task: {
        dir: path,
        inherited: states,
        ...(parent.pending ? { pending: parent.pending } : {}),
      },
    }
  }
  const named = parent.pending ? undefined : exclusions.byName(name, parent.dir === '')
  const match = named?.rule.yieldsToWorkspaces && inWorkspaces(path) ? undefined : named
  const pending = parent.pending ?? (match ? { match, path } : undefined)
  if (pending && !lifts(states, pending.match)) {
    const liftable = pending.match.rule.liftedBy.some((attribute) =>
      mayBeFalseBelow(attributes, path, attribute),
    )
    if (!liftable) {
      return {
        skip: {
          path,
          reason: pending.match.rule.reason,
          detail: pending.match.detail,
          directory: true,
        },
      }
    }
    return { task: { dir: path, inherited: states, pending } }
  }
  return { task: { dir: path, inherited: states } }
}
