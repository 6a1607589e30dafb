// Splits a repository into components: one per package or service, nested correctly.
import type { Manifest, Stack } from '../model.js'
import { basenameOf, dirnameOf } from '../scan/file-source.js'
import { fileKindOf, otherStackManifest } from './languages.js'

export interface ComponentDraft {
  path: string
  name: string
  manifests: Manifest[]
  /** Manifests of stacks the guidance does not cover (go.mod, Gemfile…), with the stack name. */
  otherManifests: { file: string; stack: string }[]
  /**
   * Paths of the source files of a known language (`fileKindOf` says which) that belong to this
   * component. Plain strings, not records: a large monorepo has hundreds of thousands.
   */
  files: string[]
  /** Set by a config override. */
  forcedStack?: Stack
  /** Set by a config override; otherwise `supportingRole` decides. */
  forcedSupporting?: boolean
}

export interface ComponentOverrideInput {
  path: string
  name?: string
  stack?: Stack
  supporting?: boolean
}

const PYTHON_MANIFESTS = new Set<Manifest['kind']>([
  'requirements.txt',
  'pyproject.toml',
  'Pipfile',
  'setup.cfg',
  'setup.py',
  'environment.yml',
])

// Directories whose package manifests describe test data, not parts of the product.
const FIXTURE_DIR = /(^|\/)(fixtures?|__fixtures__|testdata|test-data|__mocks__)(\/|$)/

// Build and lint configuration: tooling, not the component's own code.
const TOOLING_FILE =
  /^(\.?[\w-]+rc\.[cm]?[jt]s|[\w.-]+\.config\.[cm]?[jt]s|gruntfile\.js|gulpfile\.[cm]?js|noxfile\.py|conftest\.py|setup\.py|fabfile\.py)$/i

export function isToolingFile(path: string): boolean {
  return TOOLING_FILE.test(basenameOf(path))
}

// Folders whose packages support the product rather than being part of it.
const SUPPORTING_DIR =
  /(^|\/)(tests?|__tests__|specs?|fixtures?|__fixtures__|testdata|test-data|mocks?|__mocks__|e2e|e2e-tests?|integration-tests?|docs?|documentation|website|examples?|samples?|demos?|playgrounds?|storybook|benchmarks?|bench)(\/|$)/i

// Generators of documentation sites: a package built on one is the docs, wherever it sits.
const DOCS_SITE_PACKAGES = new Set([
  '@docusaurus/core',
  'vitepress',
  'vuepress',
  '@vuepress/core',
  'docsify',
  'docsify-cli',
  'nextra',
  'nextra-theme-docs',
  '@astrojs/starlight',
  'mkdocs',
  'mkdocs-material',
  'sphinx',
  'jupyter-book',
])

/**
 * Why a component is a supporting package (tests, fixtures, examples, documentation sites,
 * playgrounds), or undefined for a part of the product.
 */
export function supportingRole(
  path: string,
  manifests: readonly Pick<Manifest, 'dependencies'>[],
): string | undefined {
  const folder = SUPPORTING_DIR.exec(path)?.[2]
  if (folder) return `under ${folder}/`
  // Runtime only: a library often keeps its docs generator among its development dependencies.
  for (const m of manifests) {
    const site = m.dependencies.find(
      (d) => d.scope === 'runtime' && DOCS_SITE_PACKAGES.has(d.name.toLowerCase()),
    )
    if (site) return `a documentation site (${site.name})`
  }
  return undefined
}

/** Where a manifest puts its component: its directory, or the parent of a `requirements/` folder. */
export function componentDirOf(manifest: Pick<Manifest, 'file' | 'kind'>): string {
  const dir = dirnameOf(manifest.file)
  if (manifest.kind === 'requirements.txt' && basenameOf(dir) === 'requirements') {
    return dirnameOf(dir)
  }
  return dir
}

function nameOf(path: string, manifests: Manifest[], repoName: string): string {
  return manifests.find((m) => m.name)?.name ?? (path === '' ? repoName : basenameOf(path))
}

function isOrchestratingRoot(draft: ComponentDraft, hasPnpmWorkspace: boolean): boolean {
  const pkg = draft.manifests.find((m) => m.kind === 'package.json')
  if (!pkg) return false
  const declaresWorkspaces = (pkg.workspaces?.length ?? 0) > 0 || hasPnpmWorkspace
  if (!declaresWorkspaces) return false
  const runtime = draft.manifests.some((m) => m.dependencies.some((d) => d.scope === 'runtime'))
  const ownCode = draft.files.some((path) => !isToolingFile(path))
  return !runtime && !ownCode && draft.otherManifests.length === 0
}

/**
 * Builds components from the discovered files and parsed manifests. Each source file belongs to
 * its nearest enclosing component; stray files at the top become a root component when there is
 * no other component or when there are enough of them to be a project of their own.
 */
export function buildComponents(
  files: readonly string[],
  manifests: readonly Manifest[],
  overrides: readonly ComponentOverrideInput[] = [],
  repoName = 'repository',
): ComponentDraft[] {
  const drafts = new Map<string, ComponentDraft>()
  const draftAt = (path: string): ComponentDraft => {
    let draft = drafts.get(path)
    if (!draft) {
      draft = { path, name: '', manifests: [], otherManifests: [], files: [] }
      drafts.set(path, draft)
    }
    return draft
  }

  const pnpmWorkspaceDirs = new Set<string>()
  for (const manifest of manifests) {
    if (FIXTURE_DIR.test(manifest.file)) continue
    if (manifest.kind === 'pnpm-workspace.yaml') {
      pnpmWorkspaceDirs.add(dirnameOf(manifest.file))
      continue
    }
    if (manifest.kind === 'Dockerfile' || manifest.kind === 'Procfile') continue
    if (manifest.kind === 'package.json' || PYTHON_MANIFESTS.has(manifest.kind)) {
      draftAt(componentDirOf(manifest)).manifests.push(manifest)
    }
  }
  for (const file of files) {
    const other = otherStackManifest(basenameOf(file))
    if (other && !FIXTURE_DIR.test(file)) {
      draftAt(dirnameOf(file)).otherManifests.push({ file, stack: other })
    }
  }
  for (const override of overrides) {
    const draft = draftAt(override.path)
    if (override.stack) draft.forcedStack = override.stack
    if (override.supporting !== undefined) draft.forcedSupporting = override.supporting
  }

  // Dockerfiles and Procfiles hint at a component but never make one.
  const hints = manifests.filter((m) => m.kind === 'Dockerfile' || m.kind === 'Procfile')

  const stray: string[] = []
  for (const file of files) {
    if (!fileKindOf(file)) continue
    const owner = nearest(drafts, dirnameOf(file))
    if (owner) owner.files.push(file)
    else stray.push(file)
  }
  const strayCode = stray.filter((path) => !isToolingFile(path))
  if (!drafts.has('') && strayCode.length > 0 && (drafts.size === 0 || strayCode.length >= 3)) {
    // A loop, not push(...stray): spreading a few hundred thousand arguments overflows the stack.
    const root = draftAt('')
    for (const file of stray) root.files.push(file)
  }

  for (const hint of hints) nearest(drafts, dirnameOf(hint.file))?.manifests.push(hint)

  const forced = new Set(overrides.map((o) => o.path))
  const result: ComponentDraft[] = []
  for (const draft of drafts.values()) {
    if (!forced.has(draft.path) && isOrchestratingRoot(draft, pnpmWorkspaceDirs.has(draft.path))) {
      continue
    }
    const override = overrides.find((o) => o.path === draft.path)
    draft.name = override?.name ?? nameOf(draft.path, draft.manifests, repoName)
    result.push(draft)
  }
  return result.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

function nearest<T>(byPath: Map<string, T>, dir: string): T | undefined {
  for (let d = dir; ; d = dirnameOf(d)) {
    const hit = byPath.get(d)
    if (hit) return hit
    if (d === '') return undefined
  }
}
