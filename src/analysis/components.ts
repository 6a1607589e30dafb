// Splits a repository into components: one per package or service, nested correctly.
import { normalizePypiName } from '../knowledge/assemble.js'
import type { Dependency, Manifest, Stack } from '../model.js'
import { basenameOf, dirnameOf, joinRepoPath, pathBelow } from '../scan/file-source.js'
import {
  coveredStackOfFile,
  coveredStackOfLanguage,
  fileKindOf,
  otherStackManifest,
  type SourceLanguage,
} from './languages.js'
import { isAuxiliaryPath, isTestPath } from './signals.js'

export interface ComponentDraft {
  path: string
  name: string
  manifests: Manifest[]
  /** Manifests of stacks the guidance does not cover (go.mod, Gemfile…), with the stack name. */
  otherManifests: { file: string; stack: string }[]
  /**
   * Crates (Cargo.toml) that build compiled code for this Node.js or Python package rather than
   * being a Rust project of their own: beside its manifest, or below one that declares the build.
   */
  nativeCrates: string[]
  /**
   * Paths of the source files of a known language (`fileKindOf` says which) that belong to this
   * component. Plain strings, not records: a large monorepo has hundreds of thousands.
   */
  files: string[]
  /** The first shell script of the component (`*.sh`, `*.bash`, an executable in bin/ or libexec/), if any. */
  shellScript?: string
  /**
   * For a root made of files no manifest claims: how many of them are shell programs. A repository
   * of shell scripts and configuration (a dotfiles repository) is a shell project.
   */
  shellPrograms?: number
  /** For a root made of files no manifest claims: its shell programs, whatever components are beside it. */
  strayShellFiles?: number
  /** Set by a config override. */
  forcedStack?: Stack
  /** Set by a config override; otherwise `supportingRole` decides. */
  forcedSupporting?: boolean
  /**
   * The root of a collection of packages (see `isCollectionRoot`): code no nested package claims
   * is its samples, scripts and archives, and weighs like a package's examples.
   */
  collectionRoot?: boolean
  /** A collection root whose projects run on several stacks alike (markManyStackCollections). */
  manyStacks?: boolean
  /**
   * The collection root this component is a sample of, when that collection holds the same tasks
   * written in several languages (markManyStackCollections): its stack is the language the sample
   * shows, not a choice made for its work.
   */
  sampleOf?: string
  /**
   * A root made of a few files no package claims, spread over several folders beside other
   * components (awesome-compose's three loose sample files): no project, so no stack of its own.
   */
  looseFiles?: boolean
  /**
   * A root with no manifest and no code of its own, made for the collection of projects below it:
   * listed only when what most of them do names it (see analyze.ts' nameCollections).
   */
  bare?: boolean
  /**
   * A root made for a Sphinx site no project claims (nix.dev's source/conf.py and its pages, built
   * by Nix): a documentation site, nothing to judge.
   */
  sphinxSite?: boolean
  /**
   * The directory of the Python package the component's project is named after (`voila/` or
   * `src/voila/` for the voila project), when there is one: notebooks outside it are its samples.
   */
  packageDir?: string
  /**
   * The component's code is its `scripts/` folder (see scriptsAreCode): pypsa-eur's Snakemake
   * workflow runs its 160 scripts, and next to nothing else is code.
   */
  scriptsAreCode?: boolean
  /**
   * Folders inside the component holding copies of its own dependencies (Tautulli's `lib/` with
   * cherrypy, apscheduler, mako… beside the requirements.txt that pins them): their files are left out.
   */
  vendored?: { path: string; packages: string[] }[]
}

export interface ComponentOverrideInput {
  path: string
  name?: string
  stack?: Stack
  supporting?: boolean
}

export const PYTHON_MANIFESTS: ReadonlySet<Manifest['kind']> = new Set<Manifest['kind']>([
  'requirements.txt',
  'pyproject.toml',
  'Pipfile',
  'setup.cfg',
  'setup.py',
  'environment.yml',
])

// Directories of test data: their manifests are not parts of the product, and another language's
// files in them are inputs to tests, not a project in that stack (see detectStack).
export const FIXTURE_DIR = /(^|\/)(fixtures?|__fixtures__|testdata|test[-_]data|__mocks__)(\/|$)/

// Build and lint configuration: tooling, not the component's own code. (A setup.py that is a
// packaging script is a manifest; one that is not is a module like any other.)
const TOOLING_FILE =
  /^(\.?[\w-]+rc\.[cm]?[jt]s|[\w.-]+\.config\.[cm]?[jt]s|(?:webpack|rollup|vite|babel|karma|jest|postcss|esbuild)\.[\w.-]+\.[cm]?[jt]s|gruntfile\.js|gulpfile\.[cm]?js|noxfile\.py|conftest\.py|fabfile\.py)$/i

/**
 * A package.json that declares nothing (no name, dependencies, scripts or workspaces), such as the
 * `{"type": "module"}` files build output and test folders carry: it marks a module format, not a package.
 */
export function isMarkerOnly(manifest: Manifest): boolean {
  return (
    manifest.kind === 'package.json' &&
    !manifest.name &&
    manifest.dependencies.length === 0 &&
    Object.keys(manifest.scripts ?? {}).length === 0 &&
    (manifest.workspaces?.length ?? 0) === 0
  )
}

// Packages and script tools that build a Rust crate into a Node.js addon or a Python extension.
const RUST_BINDING_PACKAGES = new Set([
  '@napi-rs/cli',
  'napi-rs',
  'neon-cli',
  '@neon-rs/cli',
  'cargo-cp-artifact',
  'wasm-pack',
  'maturin',
  'setuptools-rust',
])

/** Whether the component's manifests say it builds compiled code (and so owns crates below it). */
export function declaresNativeBuild(draft: Pick<ComponentDraft, 'manifests'>): boolean {
  return draft.manifests.some(
    (m) =>
      (m.native?.length ?? 0) > 0 ||
      (!m.shipsBinary &&
        m.dependencies.some((d) => RUST_BINDING_PACKAGES.has(d.name.toLowerCase()))),
  )
}

/**
 * A crate right beside a package.json that is a package (napi-rs: a `name`, `main` and a
 * Cargo.toml) is its compiled code; beside a package.json of development tools only (Biome's
 * workspace root running cargo), one that names no package (mdBook's, installing eslint for its
 * front-end scripts) or one with no entry point for others to load (crates.io's private root
 * package.json, which lints and end-to-end tests the site of its Rust server) it is a Rust project.
 * So it is beside a Tauri plug-in's package.json, the bindings a Tauri app's web view calls the
 * crate through (tauri-plugin-blec's guest-js/). A Python project builds its crate only through a
 * build backend (`declaresNativeBuild`).
 */
function buildsBeside(host: ComponentDraft, dir: string): boolean {
  return (
    host.path === dir &&
    host.manifests.some(
      (m) =>
        m.kind === 'package.json' &&
        m.name !== undefined &&
        m.entryPoint === true &&
        !isToolingOnly(m) &&
        !shipsPrebuiltBinary(m) &&
        !m.dependencies.some((d) => d.name === TAURI_GUEST_API),
    )
  )
}
const TAURI_GUEST_API = '@tauri-apps/api'

/**
 * A package.json whose only dependencies at install are prebuilt programs for each platform
 * (jscpd's Rust port: `jscpd-linux-x64-gnu`, `jscpd-darwin-arm64`… as optional dependencies) and a
 * launcher script: npm delivers a compiled program, like a wheel that carries one (`shipsBinary`).
 * Not a native addon that builds its own binding (a napi-rs package lists its platform builds the
 * same way, but declares the build).
 */
export function shipsPrebuiltBinary(m: Manifest): boolean {
  if (m.kind !== 'package.json' || (m.native?.length ?? 0) > 0) return false
  const installed = m.dependencies.filter((d) => d.scope === 'runtime' || d.scope === 'optional')
  return (
    installed.length > 0 &&
    installed.every((d) => d.scope === 'optional' && PLATFORM_PACKAGE.test(d.name))
  )
}
const PLATFORM_PACKAGE =
  /[-/](?:linux|darwin|win32|windows|freebsd|android|openbsd|sunos)-(?:x64|arm64|ia32|arm|x86_64|aarch64|ppc64|s390x|riscv64|loong64|universal)(?:-[\w]+)*$/

/**
 * A script in a static/ folder of a Python project (no package.json beside its project file) is
 * a page asset its server hands to browsers: what it does (a WebRTC call in docker-wyze-bridge's
 * static/webrtc.js, a socket client) is the browser's work, told as that of the code around it
 * (tests, examples) is, not the server's. (The stack detection counts a Python project's static/
 * scripts as assets even beside a package.json that bundles them.) `language` is the language the
 * file is scanned as, which the caller already knows.
 */
export function isServedAsset(
  draft: Pick<ComponentDraft, 'path' | 'manifests'>,
  path: string,
  language: SourceLanguage,
): boolean {
  return (
    language === 'javascript' &&
    draft.manifests.some((m) => PYTHON_MANIFESTS.has(m.kind)) &&
    !draft.manifests.some((m) => m.kind === 'package.json') &&
    STATIC_DIR.test(pathBelow(path, draft.path))
  )
}

/**
 * Whether a file of the component is outside its runtime code: tests, scripts, examples and the
 * like (`isAuxiliaryPath`), or any loose code of a collection root.
 */
export function isAuxiliaryFileOf(
  draft: Pick<ComponentDraft, 'path' | 'collectionRoot' | 'packageDir'> &
    Partial<Pick<ComponentDraft, 'otherManifests' | 'scriptsAreCode'>>,
  path: string,
): boolean {
  return (
    draft.collectionRoot === true ||
    (isAuxiliaryPath(path, draft.path) && !inOwnScripts(draft, path)) ||
    // Scripts beside the package a project is named after are its maintainers' (dateutil's
    // updatezinfo.py, python-rsa's create_timing_table.py): the package is what it ships. Its
    // setup.py builds that package, and an app.py or a server.py serves it (presidio's Flask API).
    (draft.packageDir !== undefined &&
      path.endsWith('.py') &&
      dirnameOf(path) === draft.path &&
      !PACKAGE_RUNNER.test(basenameOf(path))) ||
    // A Hugo site's content/ holds its pages: code there is shown on them (scipy.org's
    // getting-started example), not run.
    (draft.otherManifests?.some(
      (m) =>
        m.stack === 'Hugo' && path.startsWith(`${joinRepoPath(dirnameOf(m.file), 'content')}/`),
    ) ??
      false) ||
    (path.endsWith('.ipynb') &&
      ((draft.packageDir !== undefined && !path.startsWith(`${draft.packageDir}/`)) ||
        // A test suite's notebooks are the documents it opens in the browser it drives (a
        // Jupyter extension's ui-tests under Playwright): inputs, not its own work.
        (draft.path !== '' && isTestPath(`${draft.path}/`))))
  )
}

/** Scripts beside a Python package that build it or run it as a program or a service. */
const PACKAGE_RUNNER = /^(?:setup|app|main|server|serve|run|wsgi|asgi|manage|api|bot|__main__)\.py$/

/**
 * The directory of the Python package a component's project is named after (`name/` or
 * `src/name/`, holding an `__init__.py`), if any.
 */
export function pythonPackageDirOf(
  draft: Pick<ComponentDraft, 'path' | 'manifests' | 'files'>,
): string | undefined {
  const names = new Set<string>()
  for (const m of draft.manifests) {
    if (!m.name || !PYTHON_MANIFESTS.has(m.kind)) continue
    const name = normalizePypiName(m.name).replace(/-/g, '_')
    names.add(name)
    // The usual prefixes of a distribution's name: python-dateutil installs dateutil, pyserial
    // serial.
    const bare = name.replace(/^python_|_python$/, '')
    names.add(bare.startsWith('py') && bare.length > 4 ? bare.slice(2) : bare)
  }
  if (names.size === 0) return undefined
  const prefix = draft.path === '' ? '' : `${draft.path}/`
  for (const path of draft.files) {
    if (!path.endsWith('/__init__.py') || !path.startsWith(prefix)) continue
    const dir = path.slice(prefix.length, -'/__init__.py'.length)
    const top = dir.startsWith('src/') ? dir.slice(4) : dir
    if (!top.includes('/') && names.has(top.toLowerCase())) return prefix + dir
  }
  return undefined
}

/** A package.json with development dependencies alone: no runtime one, no entry point, no workspaces. */
export function isToolingOnly(m: Manifest): boolean {
  return m.dependencies.length > 0 && runsNothing(m)
}

/** A manifest with no runtime dependency, no entry point and no workspaces: nothing of it runs. */
function runsNothing(m: Manifest): boolean {
  return (
    !m.entryPoint &&
    (m.workspaces?.length ?? 0) === 0 &&
    m.dependencies.every((d) => d.scope !== 'runtime')
  )
}

export function isToolingFile(path: string): boolean {
  return TOOLING_FILE.test(basenameOf(path))
}

// Folders whose packages support the product rather than being part of it.
const SUPPORTING_DIR =
  /(^|\/)(tests?|doctests?|__tests__|specs?|fixtures?|__fixtures__|testdata|test-data|mocks?|__mocks__|e2e|[a-z\d]+[-_]tests?|docs?|documentation|website|examples?|samples?|demos?|playgrounds?|storybook|benchmarks?|bench|benches|scripts?|hack)(\/|$)/i

// npm generators of documentation sites: a package built on one is the docs, wherever it sits.
// The Python ones (PYTHON_DOCS_GENERATORS) are weighed against the project's own code (isDocsSite).
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
])

// Frameworks that build a whole site from the package's own pages, used as build tools.
const SITE_BUILDERS = new Set([
  ...DOCS_SITE_PACKAGES,
  'astro',
  'gatsby',
  'next',
  'nuxt',
  '@11ty/eleventy',
])

/**
 * The npm documentation generator a manifest runs (Docusaurus, VitePress…), if any. Runtime only:
 * a library often keeps its docs generator among its development dependencies.
 */
function docsGeneratorOf(m: Pick<Manifest, 'dependencies'>): Dependency | undefined {
  return m.dependencies.find(
    (d) =>
      d.scope === 'runtime' &&
      d.ecosystem === 'npm' &&
      DOCS_SITE_PACKAGES.has(d.name.toLowerCase()),
  )
}

/** A package.json that runs a documentation generator: the site, whatever name it takes. */
export function isDocsSitePackage(m: Pick<Manifest, 'kind' | 'dependencies'>): boolean {
  return m.kind === 'package.json' && docsGeneratorOf(m) !== undefined
}

/**
 * A package.json that builds a site (a docs generator or site framework, in any dependency scope,
 * and a build script): its pages are its code, even when every package is a development one
 * (biomejs/website's Astro site beside a codegen crate).
 */
export function buildsSite(m: Manifest): boolean {
  return (
    m.kind === 'package.json' &&
    m.scripts?.build !== undefined &&
    m.dependencies.some((d) => SITE_BUILDERS.has(d.name.toLowerCase()))
  )
}

/**
 * Why a component is a supporting package (tests, fixtures, examples, documentation sites,
 * playgrounds), or undefined for a part of the product.
 */
export function supportingRole(
  path: string,
  manifests: readonly Pick<Manifest, 'dependencies' | 'scripts'>[],
): string | undefined {
  const folder = SUPPORTING_DIR.exec(path)?.[2]
  if (folder) return `under ${folder}/`
  // A Python project's Sphinx or MkDocs is weighed against its own code by isDocsSite: PyWebIO's
  // requirements.txt installs Sphinx beside the package it documents.
  for (const m of manifests) {
    const site = docsGeneratorOf(m)
    // Not a package whose scripts build the site from a folder of its own (dozzle's `vitepress
    // build docs` beside the app it documents): that folder is the site.
    if (site && !Object.values(m.scripts ?? {}).some((s) => SITE_IN_FOLDER.test(s)))
      return `a documentation site (${site.name})`
  }
  return undefined
}
const SITE_IN_FOLDER =
  /\b(?:vitepress|vuepress|docusaurus|docsify)\s+(?:build|dev|serve|start)\s+(?:\.\/)?[A-Za-z_]/

/**
 * A requirements file that installs for the project above it, which it belongs to:
 * - one in a `docker/` folder with no code of its own installs what the image built there runs, the
 *   code above it (decluttarr's docker/requirements.txt, beside the Dockerfile that copies the
 *   repository's main.py and src/);
 * - one inside the Python package holding most of the code of a folder that has a Python project
 *   file or a Dockerfile of its own: the package is that project's code (claude-quickstarts'
 *   computer-use-demo/computer_use_demo/, installed by the Dockerfile above it; yeti's src/, run by
 *   the root's Dockerfiles). A package beside as much code again (DiffDock's app/, a Gradio app
 *   beside the model's scripts) is a project of its own.
 */
function installsForParent(
  manifest: Pick<Manifest, 'file' | 'kind'>,
  files: readonly string[],
  hasFile: (path: string) => boolean,
  manifests: readonly Pick<Manifest, 'file' | 'kind'>[],
): boolean {
  const dir = dirnameOf(manifest.file)
  if (manifest.kind !== 'requirements.txt' || dir === '') return false
  if (basenameOf(dir) === 'docker')
    return !files.some((file) => dirnameOf(file) === dir && fileKindOf(file) !== undefined)
  const parent = dirnameOf(dir)
  // Not the project's tests or docs (a package named for a demo, computer_use_demo, is the demo).
  const checks = (path: string) => CHECKS_THE_PACKAGE.test(pathBelow(path, parent))
  if (checks(dir) || !hasFile(`${dir}/__init__.py`)) return false
  const projectAbove = manifests.some(
    (m) =>
      componentDirOf(m) === parent && (m.kind === 'Dockerfile' || PYTHON_MANIFESTS.has(m.kind)),
  )
  if (!projectAbove) return false
  const above = parent === '' ? '' : `${parent}/`
  const code = files.filter(
    (f) => f.startsWith(above) && coveredStackOfFile(f) !== undefined && !checks(f),
  )
  // The package holds 80% of that code, as mostlyInOnePackage asks of a product's package.
  return dominantEntry(parent, code) === basenameOf(dir)
}

/**
 * A Python project file kept in a Django app's folder (its `apps.py`) right below the project's
 * `manage.py` belongs to that project: the app is one part of the site, run by its manage.py
 * (BoardGames' Pipfile in src/Site/chess/, the chess app of the site in src/Site/).
 */
function inDjangoApp(dir: string, hasFile: (path: string) => boolean): boolean {
  if (dir === '') return false
  const parent = dirnameOf(dir)
  return hasFile(`${dir}/apps.py`) && hasFile(joinRepoPath(parent, 'manage.py'))
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

// Linters, formatters, type checkers and test runners: a requirements.txt of nothing else (the
// root of realpython/materials pins ruff) sets up development, it runs nothing.
const PYTHON_DEV_TOOLS = new Set([
  'ruff',
  'black',
  'flake8',
  'pylint',
  'mypy',
  'isort',
  'autopep8',
  'yapf',
  'pyright',
  'bandit',
  'codespell',
  'pre-commit',
  'pytest',
  'tox',
  'nox',
  'coverage',
  'pip',
  'pip-tools',
  'setuptools',
  'wheel',
  'build',
  'twine',
])

// Static-site generators for documentation. A folder that installs one and is no named project
// (python/devguide, python/peps: reStructuredText built with Sphinx) is a documentation site.
const PYTHON_DOCS_GENERATORS = new Set(['sphinx', 'mkdocs', 'mkdocs-material', 'jupyter-book'])

/** A static-site generator for documentation (Sphinx, MkDocs, Jupyter Book). */
export function isDocsGenerator(dep: Dependency): boolean {
  return dep.ecosystem === 'pypi' && PYTHON_DOCS_GENERATORS.has(normalizePypiName(dep.name))
}

/** A documentation site built with a Python generator: its helper scripts are not its work. */
export function isDocsSite(
  draft: Pick<ComponentDraft, 'manifests' | 'files' | 'path' | 'sphinxSite'>,
): boolean {
  if (draft.sphinxSite) return true
  const python = draft.manifests.filter((m) => PYTHON_MANIFESTS.has(m.kind))
  if (python.length === 0) return false
  if (draft.manifests.some((m) => m.kind === 'package.json' && !isToolingOnly(m))) return false
  const runtime = python.flatMap((m) =>
    m.dependencies.filter((d) => d.scope === 'runtime').map((d) => normalizePypiName(d.name)),
  )
  if (!runtime.some((name) => PYTHON_DOCS_GENERATORS.has(name))) return false
  // A named project is a package, unless all it installs is documentation tooling: a Sphinx or
  // MkDocs extension (ros2_documentation's root setup.py packages sphinx-multiversion).
  const docs = runtime.filter((name) => isDocsTooling(name) || PYTHON_DEV_TOOLS.has(name))
  // Or one with no code of its own beyond the site's build (conf.py, _ext/ extensions, scripts):
  // pyOpenSci's packaging guide installs plotly to draw a chart on one of its pages. Not a Jupyter
  // Book, whose pages are notebooks run when it is built (QuantEcon's MyST lectures).
  if (python.some((m) => m.name !== undefined))
    return (
      docs.length === runtime.length ||
      (!runtime.includes('jupyter-book') && !hasOwnPythonCode(draft))
    )
  // Most of what it installs builds pages: an ML course whose requirements add mkdocs to forty
  // training and serving packages is the course, with its docs beside it.
  return docs.length * 2 >= runtime.length
}

/** A Sphinx site's conf.py: one with the site's index page beside it. */
function isSphinxConf(path: string, files: readonly string[]): boolean {
  if (basenameOf(path) !== 'conf.py') return false
  const dir = dirnameOf(path)
  return (
    files.includes(joinRepoPath(dir, 'index.rst')) || files.includes(joinRepoPath(dir, 'index.md'))
  )
}

// A Sphinx site's configuration and the extensions and scripts it builds with (`_ext/`, `_scripts/`).
const SITE_BUILD_FILE = /(^|\/)(conf\.py$|_[\w-]+\/)/

function hasOwnPythonCode(draft: Pick<ComponentDraft, 'files' | 'path'>): boolean {
  return draft.files.some((file) => {
    if (!file.endsWith('.py') && !file.endsWith('.ipynb')) return false
    const relative = pathBelow(file, draft.path)
    return (
      !isAuxiliaryPath(file, draft.path) && !SITE_BUILD_FILE.test(relative) && !isToolingFile(file)
    )
  })
}

// The generators, their plugins and themes, and the markup they read.
function isDocsTooling(name: string): boolean {
  return (
    PYTHON_DOCS_GENERATORS.has(name) ||
    /^(sphinx|sphinxcontrib|mkdocs|mkdocstrings|myst|jupyter-book|furo|pydata-sphinx|docutils|pygments|pagefind|mike|griffe|numpydoc|nbsphinx|recommonmark|breathe|ablog|rstcheck|doc8|antsibull)(-|$)|-theme$/.test(
      name,
    )
  )
}

function isPythonDevTool(dep: Dependency): boolean {
  return dep.ecosystem === 'pypi' && PYTHON_DEV_TOOLS.has(normalizePypiName(dep.name))
}

/**
 * A Python project file that installs only documentation and development tools (conductor's root
 * requirements.txt of mkdocs and its theme, beside the Gradle build of its Java server): it builds
 * the docs or checks the code, it runs nothing of its own.
 */
export function installsOnlyTooling(m: Manifest): boolean {
  const runtime = m.dependencies.filter((d) => d.scope === 'runtime')
  return (
    m.name === undefined &&
    runtime.length > 0 &&
    runtime.every((d) => isPythonDevTool(d) || isDocsTooling(normalizePypiName(d.name)))
  )
}

/** Whether a file sits in the `scripts/` folder that is the component's code, and is no test there. */
function inOwnScripts(
  draft: Pick<ComponentDraft, 'path'> & Partial<Pick<ComponentDraft, 'scriptsAreCode'>>,
  path: string,
): boolean {
  if (!draft.scriptsAreCode) return false
  const scripts = joinRepoPath(draft.path, 'scripts')
  return path.startsWith(`${scripts}/`) && !isAuxiliaryPath(path, scripts)
}

/**
 * A component whose `scripts/` folder holds at least SCRIPTS_AS_CODE files of code and
 * SCRIPTS_LEAD times as many as the rest of its own code runs those scripts: a workflow's steps
 * (pypsa-eur's Snakemake rules call its scripts/), not its maintainers' tools beside a package.
 */
const SCRIPTS_AS_CODE = 10
const SCRIPTS_LEAD = 10

function scriptsAreCode(draft: ComponentDraft): boolean {
  const scripts = `${joinRepoPath(draft.path, 'scripts')}/`
  const code = (path: string) => coveredStackOfFile(path) !== undefined
  const inScripts = draft.files.filter((path) => path.startsWith(scripts) && code(path)).length
  // Most components have no such folder: the rest of their code is not read for it.
  if (inScripts < SCRIPTS_AS_CODE) return false
  let elsewhere = 0
  for (const path of draft.files) {
    if (path.startsWith(scripts) || !code(path) || isAuxiliaryPath(path, draft.path)) continue
    if (++elsewhere * SCRIPTS_LEAD > inScripts) return false
  }
  return true
}

/** A package.json or a Python project file: a manifest that makes a component. */
export function isProjectManifest(m: Pick<Manifest, 'kind'>): boolean {
  return m.kind === 'package.json' || PYTHON_MANIFESTS.has(m.kind)
}

/** Files of code no project claims that make a root beside projects (a notebook counts for this many). */
const MIN_STRAY_FILES = 3

/** A collection's root holds a few loose samples at most; this many files of code are a product. */
export const COLLECTION_MAX_OWN_FILES = 50

/**
 * A Hugo site's configuration under its older name (`config.toml`, `config.yaml`), beside the
 * `layouts/` and `content/` folders Hugo builds the site from (kubeflow's website): a site built by
 * a Go program, like one configured in `hugo.toml`. Returns 'Hugo' for one. The folders are looked
 * up once per repository, and only when a file has such a name.
 */
function hugoSites(files: readonly string[]): (file: string) => string | undefined {
  let siteDirs: Set<string> | undefined
  return (file) => {
    if (!HUGO_CONFIG.test(basenameOf(file))) return undefined
    siteDirs ??= foldersHolding(files, 'layouts', 'content')
    return siteDirs.has(dirnameOf(file)) ? 'Hugo' : undefined
  }
}
const HUGO_CONFIG = /^config\.(?:toml|ya?ml)$/

/** The directories that hold a folder of each of the given names. */
function foldersHolding(files: readonly string[], ...names: string[]): Set<string> {
  const seen = new Map<string, Set<string>>()
  for (const file of files) {
    for (const name of names) {
      const inside = file.indexOf(`/${name}/`)
      const dir = file.startsWith(`${name}/`) ? '' : inside < 0 ? undefined : file.slice(0, inside)
      if (dir === undefined) continue
      let found = seen.get(dir)
      if (!found) seen.set(dir, (found = new Set()))
      found.add(name)
    }
  }
  return new Set([...seen].filter(([, found]) => found.size === names.length).map(([dir]) => dir))
}

/** Shell programs that make a repository with no project a shell project, at least. */
const MIN_SHELL_PROGRAMS = 2

/** Shell scripts, and executables without an extension in a bin/ or libexec/ folder (programs by convention). */
const SHELL_PROGRAM = /\.(?:sh|bash|bats|zsh|fish|ksh)$|(?:^|\/)(?:bin|libexec)\/[^./]+$/

/** Fewer stray files of code than this, spread over several folders, are loose files, no project. */
const LOOSE_FILES = 10

/**
 * The entry right below `path` (a folder, or '' for files directly in it) holding at least `share`
 * of the files (80% unless told), if one does.
 */
function dominantEntry(path: string, files: readonly string[], share = 0.8): string | undefined {
  const prefix = path === '' ? '' : `${path}/`
  const counts = new Map<string, number>()
  for (const file of files) {
    const slash = file.indexOf('/', prefix.length)
    const entry = slash < 0 ? '' : file.slice(prefix.length, slash)
    counts.set(entry, (counts.get(entry) ?? 0) + 1)
  }
  for (const [entry, count] of counts) if (count >= files.length * share) return entry
  return undefined
}

/**
 * Whether most of the files sit in one package right below `path`: a Python package (its
 * `__init__.py`) or a src/, lib/ or app/ folder, as a product keeps its code; not an archive of
 * old samples (chrome-extensions-samples' _archive/).
 */
function mostlyInOnePackage(path: string, files: readonly string[]): boolean {
  // A src/, lib/ or app/ folder with half the code is the product's (pdf.js' src/ beside its web/
  // viewer); a folder of any other name must hold most of it and be a Python package.
  const source = dominantEntry(path, files, OWN_SOURCE_SHARE)
  if (source !== undefined && /^(src|lib|app)$/.test(source)) return true
  const folder = dominantEntry(path, files)
  const prefix = path === '' ? '' : `${path}/`
  return folder !== undefined && files.includes(`${prefix}${folder}/__init__.py`)
}
const OWN_SOURCE_SHARE = 0.5

/**
 * A folder over several packages whose own manifest runs nothing: it declares no runtime
 * dependency and no entry point (`main`, `exports`, `bin`; a named Python project is a package), and
 * no Dockerfile or Procfile runs it.
 * A sample collection's or a monorepo's root package.json holding the linters is one; a library
 * with no dependencies is not (it declares its entry point).
 */
export function isCollectionRoot(
  draft: ComponentDraft,
  drafts: Iterable<Pick<ComponentDraft, 'path'>>,
): boolean {
  if (draft.otherManifests.length > 0) return false
  // A Dockerfile, Procfile or server configuration beside the manifest runs the folder; one in a
  // sample below it runs the sample.
  const runsHere = (m: Manifest) => isHint(m) && dirnameOf(m.file) === draft.path
  if (draft.manifests.some(runsHere)) return false
  const prefix = draft.path === '' ? '' : `${draft.path}/`
  // Projects below it, counted as far as the tests below need. Its own tests' and docs' projects
  // are no samples (pyscript's tests/ and docs/ beside its Home Assistant integration).
  let nested = 0
  let samples = 0
  for (const other of drafts) {
    if (other.path === draft.path || !other.path.startsWith(prefix)) continue
    nested++
    if (!CHECKS_THE_PACKAGE.test(other.path.slice(prefix.length))) samples++
    if (nested >= GRAB_BAG_PROJECTS && samples >= 2) break
  }
  if (nested >= GRAB_BAG_PROJECTS && isGrabBag(draft, prefix)) return true
  const own = draft.manifests.filter(isProjectManifest)
  // A course's root over its exercises keeps a notebook or a helper of its own at most
  // (nodejs-in-action: 835 projects under chapter folders, one loose notebook).
  if (own.length === 0) return nested >= GRAB_BAG_PROJECTS && samples >= 2 && isCourseRoot(draft)
  const runs = (m: Manifest) =>
    m.entryPoint ||
    (m.kind !== 'package.json' && m.name !== undefined) ||
    m.dependencies.some((d) => d.scope === 'runtime' && !isPythonDevTool(d))
  if (own.some(runs)) return false
  // A package that builds compiled code is one (tokenizers' napi-rs binding, whose npm/ folder
  // holds a package per platform for its prebuilt binaries).
  if (declaresNativeBuild(draft) || draft.nativeCrates.length > 0) return false
  if (samples < 2) return false
  // Frigate's root pyproject.toml only configures ruff, beside the docker/ and web/ packages: the
  // hundreds of modules of its own frigate/ package are the product, not loose samples.
  const ownCode = draft.files.filter(
    (path) => coveredStackOfFile(path) !== undefined && !isAuxiliaryPath(path),
  )
  return ownCode.length < COLLECTION_MAX_OWN_FILES || !mostlyInOnePackage(draft.path, ownCode)
}

/** Files of code a root with no project file keeps, at most, to be the collection of the projects below it. */
export const COURSE_ROOT_FILES = 5

/**
 * A root with no project file and COURSE_ROOT_FILES files of code at most: below many projects
 * (isCollectionRoot), their collection, whose few loose files say nothing of its stack.
 */
export function isCourseRoot(draft: Pick<ComponentDraft, 'files' | 'manifests'>): boolean {
  if (draft.manifests.some(isProjectManifest)) return false
  let code = 0
  for (const path of draft.files)
    if (coveredStackOfFile(path) !== undefined && ++code > COURSE_ROOT_FILES) return false
  return true
}

/** The folders of a package's own tests, documentation and benchmarks. */
const CHECKS_THE_PACKAGE =
  /^(?:tests?|doctests?|__tests__|specs?|e2e|[a-z\d]+[-_]tests?|docs?|documentation|benchmarks?|bench|benches)(?:\/|$)/i

/**
 * A grab-bag of scripts: a folder over at least GRAB_BAG_PROJECTS projects of its own (counted by
 * isCollectionRoot) whose loose code is spread over at least GRAB_BAG_FOLDERS folders
 * (Amazing-Python-Scripts' 500 script folders, geekcomputers/Python's), or over as many subfolders
 * of one projects/, scripts/, examples/... folder (python-mini-projects). Whatever its shared
 * requirements file installs, no one workload is the folder's: its scripts are samples, listed and
 * not judged. A product keeps its code in a few folders; a notebook course's chapters are fewer
 * and have no projects of their own.
 */
export const GRAB_BAG_PROJECTS = 20
export const GRAB_BAG_FOLDERS = 30
/** The fewest projects below a collection's root that can name what it is about. */
export const COLLECTION_PROJECTS = 3

function isGrabBag(draft: ComponentDraft, prefix: string): boolean {
  const folders = new Set<string>()
  // The same one level down, per top folder (python-mini-projects' projects/<name>/ scripts).
  const below = new Map<string, Set<string>>()
  for (const path of draft.files) {
    if (!coveredStackOfFile(path)) continue
    const slash = path.indexOf('/', prefix.length)
    if (slash < 0) continue
    const top = path.slice(prefix.length, slash)
    folders.add(top)
    const next = path.indexOf('/', slash + 1)
    if (next < 0 || !SAMPLES_PARENT.test(top)) continue
    let set = below.get(top)
    if (!set) below.set(top, (set = new Set()))
    set.add(path.slice(slash + 1, next))
  }
  return (
    folders.size >= GRAB_BAG_FOLDERS ||
    [...below.values()].some((set) => set.size >= GRAB_BAG_FOLDERS)
  )
}

// Folders that hold one sample or script per subfolder in a grab-bag, or a year's worth of them
// (ArjanCodes/examples' 2022/ to 2026/, a channel's videos).
const SAMPLES_PARENT =
  /^(?:projects|scripts|examples|samples|snippets|programs|apps|mini[-_]?projects|(?:19|20)\d\d)$/i

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
      draft = { path, name: '', manifests: [], otherManifests: [], nativeCrates: [], files: [] }
      drafts.set(path, draft)
    }
    return draft
  }

  // Requirement files a pyproject reads its dependencies from (fiduswriter/requirements.txt for the
  // root project) are that project's, wherever they sit, and so is the folder keeping them: its
  // other requirement files (dev-, test-requirements.txt) and the code below it.
  const projectOfDir = new Map<string, string>()
  for (const m of manifests) {
    if (m.kind !== 'pyproject.toml') continue
    const project = componentDirOf(m)
    for (const file of m.dependencyFiles ?? []) {
      const dir = componentDirOf({ file, kind: 'requirements.txt' })
      if (dir !== project && !projectOfDir.has(dir)) projectOfDir.set(dir, project)
    }
  }
  // So is the folder a named project builds its packages from (feast's root pyproject finds them
  // in sdk/python), with the tool settings kept there, unless a project of its own is declared in
  // it. Requirement files there pin what the project's own file declares (feast's per-Python
  // locks, sdist build tools among them): the declaration is the project's, the pins are left out.
  const packageRoots = new Set<string>()
  for (const m of manifests) {
    if (m.kind !== 'pyproject.toml' || !m.name) continue
    const project = componentDirOf(m)
    for (const root of m.packageRoots ?? []) {
      if (projectOfDir.has(root)) continue
      const own = manifests.some(
        (o) => componentDirOf(o) === root && (o.name !== undefined || o.kind === 'package.json'),
      )
      if (own) continue
      projectOfDir.set(root, project)
      packageRoots.add(root)
    }
  }

  let fileSet: Set<string> | undefined
  const hasFile = (path: string) => (fileSet ??= new Set(files)).has(path)
  const pnpmWorkspaceDirs = new Set<string>()
  for (const manifest of manifests) {
    if (FIXTURE_DIR.test(manifest.file)) continue
    if (manifest.kind === 'pnpm-workspace.yaml') {
      pnpmWorkspaceDirs.add(dirnameOf(manifest.file))
      continue
    }
    if (isHint(manifest)) continue
    if (isMarkerOnly(manifest)) continue
    if (isProjectManifest(manifest)) {
      const dir = componentDirOf(manifest)
      if (manifest.kind === 'requirements.txt' && packageRoots.has(dir)) continue
      const project =
        manifest.kind === 'package.json'
          ? undefined
          : (projectOfDir.get(dir) ??
            (installsForParent(manifest, files, hasFile, manifests) || inDjangoApp(dir, hasFile)
              ? dirnameOf(dir)
              : undefined))
      draftAt(project ?? dir).manifests.push(manifest)
    }
  }
  // Folders keeping a Node.js lockfile: a project there, even where its package.json is missing.
  // Asked only of a folder about to be split off a Python project, so found only then.
  let lockedDirs: Set<string> | undefined
  const hasLockfile = (dir: string) =>
    (lockedDirs ??= new Set(
      files.filter((file) => NODE_LOCKFILES.has(basenameOf(file))).map(dirnameOf),
    )).has(dir)
  // Folders with an index.html, gathered when a front end is looked for in a server's package.
  let pages: Set<string> | undefined
  const pageDirs = () =>
    (pages ??= new Set(files.filter((file) => basenameOf(file) === 'index.html').map(dirnameOf)))
  const hugoSite = hugoSites(files)
  for (const file of files) {
    const other = otherStackManifest(basenameOf(file)) ?? hugoSite(file)
    if (!other || FIXTURE_DIR.test(file)) continue
    const dir = dirnameOf(file)
    const host = other === 'Rust' ? nearest(drafts, dir) : undefined
    if (
      host &&
      host.manifests.length > 0 &&
      (declaresNativeBuild(host) || buildsBeside(host, dir))
    ) {
      host.nativeCrates.push(file)
      continue
    }
    draftAt(dir).otherManifests.push({ file, stack: other })
  }
  for (const override of overrides) {
    const draft = draftAt(override.path)
    if (override.stack) draft.forcedStack = override.stack
    if (override.supporting !== undefined) draft.forcedSupporting = override.supporting
  }

  const hints = manifests.filter(isHint)

  const stray: string[] = []
  const strayShell: string[] = []
  for (const file of files) {
    const code = fileKindOf(file) !== undefined
    if (!code && !SHELL_PROGRAM.test(file)) continue
    const owner = nearest(drafts, dirnameOf(file))
    if (!code) {
      if (owner) owner.shellScript ??= file
      else if (!isAuxiliaryPath(file)) strayShell.push(file)
    } else if (owner) owner.files.push(file)
    else stray.push(file)
  }
  // A Terraform module's .tf files are a root component where nothing else is one (terraform-aws-vpc);
  // beside projects they are how those are deployed.
  const strayCode = stray.filter(
    (path) => !isToolingFile(path) && (drafts.size === 0 || !fileKindOf(path)?.infrastructure),
  )
  // Only scripts, tests or docs and no project (free-programming-books' one lint script): nothing to judge.
  const ownStrayCode = strayCode.filter((path) => !isAuxiliaryPath(path))
  const ownStray = ownStrayCode.length > 0
  // Nothing but shell programs and configuration (holman's dotfiles): a shell project at the root.
  // One is enough when the root's action.yml runs it (s3-sync-action's Docker action, whose
  // entrypoint.sh is all its code; python-lint's beside the sample its tests lint).
  const actionAtRoot = hints.some((m) => m.kind === 'action.yml' && dirnameOf(m.file) === '')
  const shellOnly =
    drafts.size === 0 && strayShell.length >= (actionAtRoot && !ownStray ? 1 : MIN_SHELL_PROGRAMS)
  // A Sphinx configuration beside its index page that no project claims: the repository's docs.
  const sphinxSite = !drafts.has('') && stray.some((path) => isSphinxConf(path, files))
  // A notebook of its own is a whole analysis, as much as three loose scripts (nmf-clustering's
  // demo notebook beside the docs/ page that plots its results).
  const ownNotebooks = ownStrayCode.filter((p) => p.endsWith('.ipynb')).length
  // So is a Python program's entry point at the top (react-flask-example's run.py, serving the
  // React build of client/ beside it).
  const rootRunners = strayCode.filter((p) => !p.includes('/') && PACKAGE_RUNNER.test(p)).length
  const strayWeight = strayCode.length + (MIN_STRAY_FILES - 1) * (ownNotebooks + rootRunners)
  const strayComponent =
    !drafts.has('') &&
    (shellOnly || sphinxSite || (ownStray && (drafts.size === 0 || strayWeight >= MIN_STRAY_FILES)))
  // Beside another project or two, code of its own that all sits in one folder is that folder's
  // (django-vue-chat's backend/ Django site, with no requirements file, beside its ui/ front ends).
  // Among more, the root keeps it: a collection's or a course's own code.
  const beside = drafts.size > 0 && drafts.size < COLLECTION_PROJECTS
  const home = strayComponent && beside && !sphinxSite ? looseCodeHome(ownStrayCode) : ''
  if (home !== '') {
    const draft = draftAt(home)
    for (const file of stray) if (file.startsWith(`${home}/`)) draft.files.push(file)
  } else if (strayComponent) {
    // A loop, not push(...stray): spreading a few hundred thousand arguments overflows the stack.
    const root = draftAt('')
    // Nothing of its own but the site's build (conf.py, _ext/): the docs, and nothing to judge.
    if (sphinxSite && strayCode.every((p) => isAuxiliaryPath(p) || SITE_BUILD_FILE.test(p)))
      root.sphinxSite = true
    if (drafts.size === 1 && strayShell.length > 0) {
      root.shellScript = strayShell[0]
      root.shellPrograms = strayShell.length
    }
    root.strayShellFiles = strayShell.length
    for (const file of stray) root.files.push(file)
    if (
      drafts.size > 1 &&
      strayCode.length < LOOSE_FILES &&
      dominantEntry('', strayCode) === undefined
    )
      root.looseFiles = true
  }

  for (const draft of [...drafts.values()]) {
    if (draft.path === '' || draft.forcedStack || draft.forcedSupporting !== undefined) continue
    const host = nearest(drafts, dirnameOf(draft.path))
    // Its package.json builds the Python project's assets: neither a component nor a manifest of it.
    if (host && isPythonAssetBuild(draft, host)) {
      for (const file of draft.files) host.files.push(file)
      drafts.delete(draft.path)
    }
  }

  for (const draft of drafts.values()) {
    const host =
      draft.path === '' || draft.forcedStack ? undefined : nearest(drafts, dirnameOf(draft.path))
    if (host) returnPythonModules(draft, host)
  }

  for (const root of files.filter((file) => basenameOf(file) === 'nx.json').map(dirnameOf)) {
    const draft = drafts.get(root)
    if (!draft || draft.forcedStack) continue
    for (const dir of nxApplicationDirs(draft, files))
      if (!drafts.has(dir)) drafts.set(dir, moveFolderOut(draft, dir))
  }

  for (const draft of [...drafts.values()]) {
    if (draft.forcedStack) continue
    const part =
      splitByStack(draft) ?? splitForeignCode(draft, hasLockfile) ?? splitFrontEnd(draft, pageDirs)
    if (part && !drafts.has(part.path)) drafts.set(part.path, part)
  }

  // Projects and nothing at the root, not even code (node-express-course's chapters): the root is
  // a collection of them, listed as one when they name it (analyze.ts' nameCollections).
  if (!drafts.has('') && drafts.size >= COLLECTION_PROJECTS) {
    const root = draftAt('')
    root.collectionRoot = true
    root.bare = true
  }

  for (const hint of hints) nearest(drafts, dirnameOf(hint.file))?.manifests.push(hint)
  for (const draft of drafts.values()) dropVendoredCopies(draft)

  const forced = new Set(overrides.map((o) => o.path))
  const result: ComponentDraft[] = []
  for (const draft of drafts.values()) {
    if (!forced.has(draft.path) && isOrchestratingRoot(draft, pnpmWorkspaceDirs.has(draft.path))) {
      continue
    }
    const override = overrides.find((o) => o.path === draft.path)
    draft.name = override?.name ?? nameOf(draft.path, draft.manifests, repoName)
    if (!forced.has(draft.path) && isCollectionRoot(draft, drafts.values()))
      draft.collectionRoot = true
    draft.packageDir = pythonPackageDirOf(draft)
    if (!draft.collectionRoot && scriptsAreCode(draft)) draft.scriptsAreCode = true
    result.push(draft)
  }
  return result.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * Dockerfiles, Procfiles, WSGI servers' configurations, GitHub Actions' metadata and Home
 * Assistant integrations' manifests hint at a component but never make one. An integration in
 * custom_components/ is judged with the repository around it, as most labels have it (XiaomiGateway3,
 * localtuya, SonoffLAN): the manifest adds the requirements Home Assistant installs to its evidence.
 */
function isHint(m: Pick<Manifest, 'kind'>): boolean {
  return (
    m.kind === 'Dockerfile' ||
    m.kind === 'Procfile' ||
    m.kind === 'server-config' ||
    m.kind === 'action.yml' ||
    m.kind === 'home-assistant'
  )
}

const OWN_CODE_DIR = /^(src|lib|source)$/
const ROOT_CODE_DIR = /^(?:dags|custom_components)$/
const NEXT_ROUTE_DIR = /^(app|pages)$/
/** Node.js files outside the folder holding the rest of a mixed folder's Node.js code, at most. */
const STRAY_NODE_FILES = 2
/**
 * Folders a Python web app serves to browsers as they are: Django's static/, media/ in older apps,
 * www/ in Home Assistant integrations (AlexxIT/WebRTC's camera card) and Pando sites, assets/ in
 * themes (sphinx-immaterial's TypeScript, bundled into the Python package).
 */
export const STATIC_DIR = /(^|\/)(?:static|media|www|assets)\//

/**
 * A folder holding both a package.json and a Python project file is split where each stack's code
 * lives: the Node.js code in a folder of its own (a `client/` beside the Python package) becomes a
 * component with the package.json; or, the other way round, a Python package in a folder of its own
 * beside the Node.js code. Code of both stacks interleaved stays one component, judged as mixed.
 * Moves the files and manifests of the part it returns out of `draft`.
 */
export function splitByStack(draft: ComponentDraft): ComponentDraft | undefined {
  const pkg = draft.manifests.filter((m) => m.kind === 'package.json')
  const python = draft.manifests.filter((m) => PYTHON_MANIFESTS.has(m.kind))
  if (pkg.length === 0 || python.length === 0) return undefined
  // A setup.py that is the package's manifest is its packaging script, not its code.
  const manifestFiles = new Set(draft.manifests.map((m) => m.file))
  // Scripts in a static/ folder are browser assets the Python app serves, not Node.js code.
  const code = codeByStack(
    draft,
    (path, stack) => manifestFiles.has(path) || (stack === 'node' && STATIC_DIR.test(path)),
  )
  if (code.node.length === 0 || code.python.length === 0) return undefined
  const inside = (dir: string) => (path: string) => path.startsWith(`${dir}/`)
  const split = (dir: string, moved: Manifest[]): ComponentDraft => {
    const files = draft.files.filter(inside(dir))
    draft.files = draft.files.filter((path) => !inside(dir)(path))
    draft.manifests = draft.manifests.filter((m) => !moved.includes(m))
    return { path: dir, name: '', manifests: moved, otherManifests: [], nativeCrates: [], files }
  }
  // The folder right below this one that holds all of a stack's code ('client', not 'client/src'),
  // or all but `stray` files of it, when those are under a tenth.
  const topFolder = (paths: string[], stray = 0): string | undefined => {
    const first = dominantEntry(draft.path, paths, Math.max(0.9, 1 - stray / paths.length))
    if (!first) return undefined
    return draft.path === '' ? first : `${draft.path}/${first}`
  }
  // A package.json's own src/ or lib/ is where its code lives, not a client folder beside it.
  // A script or two elsewhere (treeherder's ui/ beside one statsd config in docker/) stays behind.
  const nodeDir = topFolder(code.node, STRAY_NODE_FILES)
  // So are a Next.js app's app/ and pages/, the folders its framework reads its routes from
  // (nextjs-fastapi's app/ beside the FastAPI function in api/, which is the part to split off).
  const frameworkDir =
    nodeDir !== undefined &&
    NEXT_ROUTE_DIR.test(basenameOf(nodeDir)) &&
    pkg.some((m) => m.dependencies.some((d) => d.name === 'next'))
  if (
    nodeDir &&
    !OWN_CODE_DIR.test(basenameOf(nodeDir)) &&
    !frameworkDir &&
    !code.python.some(inside(nodeDir))
  )
    return split(nodeDir, pkg)
  // Both stacks' code in the same src/, the Node.js part all in one folder of it with no Python
  // there (GGXRD-Animation-Rip-Aid's src/gui Electron window beside the src/*.py it starts,
  // litestar-vite's src/js beside src/py): that folder is the Node.js project's.
  if (nodeDir && OWN_CODE_DIR.test(basenameOf(nodeDir)) && code.python.some(inside(nodeDir))) {
    // The folder right below src/ holding all of it (litestar-vite's src/js, not src/js/src).
    const entry = dominantEntry(nodeDir, code.node, 1)
    const guiDir = entry ? `${nodeDir}/${entry}` : undefined
    if (guiDir && !code.python.some(inside(guiDir))) return split(guiDir, pkg)
  }
  // A Python package in a folder named after its project (jupyterhub/ for the jupyterhub project) or
  // in src/ is the project's own code, the standard layout, not a guest beside Node.js code. So is
  // the Python package holding a named project's code, whatever its name (nonebot/ of the nonebot2
  // project, as bs4/ of beautifulsoup4); only project files (pyproject, setup.py, setup.cfg) name one.
  const pythonDir = topFolder(code.python)
  const projectNames = new Set(python.map((m) => m.name && normalizePypiName(m.name)))
  const namedProjectPackage = (dir: string) =>
    python.some((m) => m.name !== undefined) && draft.files.includes(`${dir}/__init__.py`)
  if (
    pythonDir &&
    !OWN_CODE_DIR.test(basenameOf(pythonDir)) &&
    !projectNames.has(normalizePypiName(basenameOf(pythonDir))) &&
    !namedProjectPackage(pythonDir) &&
    !code.node.some(inside(pythonDir))
  )
    return split(pythonDir, python)
  return undefined
}

/**
 * A component's runtime code files of each covered stack: tests, examples, tools and build
 * configuration aside, and whatever `skip` leaves out.
 */
function codeByStack(
  draft: Pick<ComponentDraft, 'files' | 'path'>,
  skip: (path: string, stack: 'node' | 'python') => boolean,
): { node: string[]; python: string[] } {
  const code = { node: [] as string[], python: [] as string[] }
  for (const path of draft.files) {
    const kind = fileKindOf(path)
    if (!kind || isToolingFile(path) || isAuxiliaryPath(path, draft.path)) continue
    const stack = coveredStackOfLanguage(kind.language)
    if (stack && !skip(path, stack)) code[stack].push(path)
  }
  return code
}

/** Files of the other stack's code a folder needs to be a component of its own without a manifest. */
const MIN_FOREIGN_FILES = 2
const NODE_LOCKFILES = new Set(['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb'])

/**
 * A project of one stack whose other-stack code all sits in one folder of its own, with no project
 * file there, holds a second component in that folder: the Python model training beside a Node.js
 * API (ChestXRay's covidScanModel/), a Node.js worker with only its lockfile inside a Python app's
 * tree (services/node_worker/). The folder is the deepest one holding all of that code; it takes
 * its files, and leaves the project its own stack's. A Python project's scripts with no lockfile
 * beside them are the pages it serves (Fooocus' javascript/, a site's _static/), and a package.json
 * that runs nothing (the Serverless Framework's, beside a Python function) is no project of the
 * folder's; nor is another stack's site (dapr's Hugo docs) a project of either. Moves the files out
 * of `draft`.
 */
export function splitForeignCode(
  draft: ComponentDraft,
  hasLockfile: (dir: string) => boolean,
): ComponentDraft | undefined {
  if (draft.otherManifests.length > 0) return undefined
  const projects = draft.manifests.filter(
    (m) => isProjectManifest(m) && !(m.kind === 'package.json' && runsNothing(m)),
  )
  if (projects.length === 0) return undefined
  const node = projects.some((m) => m.kind === 'package.json')
  if (node && projects.some((m) => PYTHON_MANIFESTS.has(m.kind))) return undefined
  const own = node ? 'node' : 'python'
  // A static/ folder holds what the project serves: browser scripts, sample code to download.
  const code = codeByStack(draft, (path) => STATIC_DIR.test(path))
  const foreign = code[own === 'node' ? 'python' : 'node']
  if (foreign.length < MIN_FOREIGN_FILES) return undefined
  const dir = deepestFolderOf(foreign)
  if (dir === draft.path || !dir.startsWith(draft.path === '' ? '' : `${draft.path}/`))
    return undefined
  if (own === 'python' && !hasLockfile(dir)) return undefined
  if (code[own].some((path) => path.startsWith(`${dir}/`))) return undefined
  return moveFolderOut(draft, dir)
}

/**
 * The one folder below the root holding all of `own`, the loose code of its own that no project
 * claims (tests, scripts and docs aside), or '' for the root: where that code is a component.
 */
function looseCodeHome(own: readonly string[]): string {
  if (own.length === 0) return ''
  const dir = deepestFolderOf(own)
  // A package's own src/ or lib/ is the root project's code, with or without its manifest, and so
  // is an Airflow project's dags/, which the scheduler its root deploys runs (airflow-demo), and a
  // Home Assistant integration, judged with the repository around it (see isHint).
  const top = dir.split('/')[0]!
  return OWN_CODE_DIR.test(top) || ROOT_CODE_DIR.test(top) ? '' : dir
}

/** The deepest folder holding all of `paths` (at least one). */
function deepestFolderOf(paths: readonly string[]): string {
  let dir = dirnameOf(paths[0]!)
  for (const path of paths) while (dir !== '' && !path.startsWith(`${dir}/`)) dir = dirnameOf(dir)
  return dir
}

/** A component of `draft`'s files in `dir`, with no manifest of its own; moves them out of `draft`. */
function moveFolderOut(draft: ComponentDraft, dir: string): ComponentDraft {
  const inside = (path: string) => path.startsWith(`${dir}/`)
  const files = draft.files.filter(inside)
  draft.files = draft.files.filter((path) => !inside(path))
  return { path: dir, name: '', manifests: [], otherManifests: [], nativeCrates: [], files }
}

/**
 * The applications of an Nx workspace rooted at the component (nx.json beside it): folders under an
 * `apps/` folder holding a project.json and no package.json, which Nx builds and serves one by
 * one from the root's single package.json (reduced.to's apps/backend NestJS API, apps/tracker
 * Kafka consumer and apps/frontend Qwik site).
 */
function nxApplicationDirs(draft: ComponentDraft, files: readonly string[]): string[] {
  const prefix = draft.path === '' ? '' : `${draft.path}/`
  const inside = files.filter((path) => path.startsWith(prefix))
  const packages = new Set(
    inside.filter((path) => basenameOf(path) === 'package.json').map(dirnameOf),
  )
  return inside
    .filter((path) => basenameOf(path) === 'project.json')
    .map(dirnameOf)
    .filter((dir) => basenameOf(dirnameOf(dir)) === 'apps' && !packages.has(dir))
}

/** Files of code a front end in a folder of its own holds, at least, to be a component. */
const MIN_FRONT_END_FILES = 10
/** Single-file components (Vue, Svelte) that show a folder is a front end, at least… */
const MIN_SFC_FILES = 3
/** …and the share of the folder's code they make, at least. */
const SFC_SHARE = 0.3
/** Server frameworks whose package.json, with a front end's code beside it, makes a server host. */
const SERVER_PACKAGES = new Set([
  'express',
  'fastify',
  'koa',
  '@hapi/hapi',
  'hapi',
  'restify',
  '@nestjs/core',
  'hono',
  'polka',
  'socket.io',
  '@feathersjs/feathers',
  '@adonisjs/core',
])

/**
 * A browser front end in a folder of its own, with no package.json there, inside a server's
 * package or another stack's project: lemmy-federate's frontend/ (Vue) beside its Hono API under
 * one package.json, RTL's Angular src/ beside its Express server, dozzle's Vue assets/ beside its
 * Go program. The folder is the deepest one holding the single-file components (Vue, Svelte) when
 * they make a fair share of its code, or the folder of an index.html holding enough code; the
 * server's code stays where it is. Moves the files out of `draft`.
 */
export function splitFrontEnd(
  draft: ComponentDraft,
  pageDirs: () => ReadonlySet<string>,
): ComponentDraft | undefined {
  if (draft.manifests.some((m) => PYTHON_MANIFESTS.has(m.kind))) return undefined
  const own = draft.manifests.filter(
    (m) => m.kind === 'package.json' && m.file === joinRepoPath(draft.path, 'package.json'),
  )
  if (own.length === 0) return undefined
  const otherStack = draft.otherManifests.length > 0
  const server = own.some((m) =>
    m.dependencies.some((d) => d.scope === 'runtime' && SERVER_PACKAGES.has(d.name)),
  )
  if (!otherStack && !server) return undefined
  const code = codeByStack(draft, () => false).node
  const prefix = draft.path === '' ? '' : `${draft.path}/`
  const below = (dir: string) => (path: string) => path.startsWith(`${dir}/`)
  const sfc = code.filter((path) => /\.(?:vue|svelte)$/.test(path))
  let dir: string | undefined
  if (sfc.length >= MIN_SFC_FILES) {
    dir = deepestFolderOf(sfc)
    if (sfc.filter(below(dir)).length < SFC_SHARE * code.filter(below(dir)).length) dir = undefined
    // Up to the page that loads them (lemmy-federate's frontend/index.html over frontend/src).
    else if (dirnameOf(dir) !== draft.path && pageDirs().has(dirnameOf(dir))) dir = dirnameOf(dir)
  } else {
    // The page holding the most code below it, none of the component's own folder.
    let most = 0
    for (const page of pageDirs()) {
      if (
        page === draft.path ||
        !page.startsWith(prefix) ||
        isAuxiliaryPath(`${page}/`, draft.path)
      )
        continue
      const count = code.filter(below(page)).length
      if (count > most) [dir, most] = [page, count]
    }
    // A page at the package's root that a bundler builds from the app's entry module in a folder of
    // its own (Lunalytics' index.html and vite.config.js over app/main.tsx, its Express server in
    // server/): that folder is the front end.
    if (dir === undefined && pageDirs().has(draft.path)) dir = bundledEntryDir(draft, code)
  }
  if (dir === undefined || dir === draft.path || !dir.startsWith(prefix)) return undefined
  const inside = below(dir)
  if (code.filter(inside).length < MIN_FRONT_END_FILES) return undefined
  // A server package keeps its server's code outside the folder.
  if (!otherStack && code.every(inside)) return undefined
  return moveFolderOut(draft, dir)
}

/**
 * The one folder right below a component, with a bundler's configuration at its root, that holds
 * a browser app's entry module (main.tsx, index.jsx...) directly. An entry module in the
 * component's own folder makes the page its own, whatever the folders below hold.
 */
function bundledEntryDir(draft: ComponentDraft, code: readonly string[]): string | undefined {
  const bundled = draft.files.some(
    (path) => dirnameOf(path) === draft.path && BUNDLER_CONFIG.test(basenameOf(path)),
  )
  if (!bundled) return undefined
  // The component's folder itself, or one right below it.
  const near = (dir: string) => !pathBelow(dir, draft.path).includes('/') || dir === draft.path
  const dirs = new Set(
    code
      .filter((path) => APP_ENTRY.test(basenameOf(path)))
      .map(dirnameOf)
      .filter(near),
  )
  return dirs.size === 1 ? [...dirs][0] : undefined
}
const BUNDLER_CONFIG = /^(?:vite|webpack|rspack|rollup)\.config\.[cm]?[jt]s$/
const APP_ENTRY = /^(?:main|index)\.[jt]sx$|^main\.[jt]s$/

// A folder is a vendored copy of the dependencies when it holds at least this many of them, and
// is named as such folders are (`lib/`, `libs/`, `_vendor/`, `external/`…), anywhere in the component.
const MIN_VENDORED_PACKAGES = 3
const VENDORED_DIR =
  /^(_?lib|_?libs|_?vendored|_?vendor|_?extern(al)?|deps|bundled|site-packages|python_modules|pylib)$/i

/**
 * Leaves out the folders of a Python component that hold copies of its own declared dependencies:
 * Tautulli's `lib/`, with `cherrypy/`, `apscheduler/`, `mako/` and `requests/` beside a
 * requirements.txt pinning them, is those projects' code, not Tautulli's. A folder of one or two
 * (a `lib/redis/` adapter) stays: it takes three, and a folder named as vendored copies are.
 */
export function dropVendoredCopies(draft: ComponentDraft): void {
  const names = new Set<string>()
  for (const m of draft.manifests) {
    for (const d of m.dependencies) {
      if (d.ecosystem === 'pypi') names.add(normalizePypiName(d.name).replace(/-/g, '_'))
    }
  }
  if (names.size < MIN_VENDORED_PACKAGES) return
  const prefix = draft.path === '' ? '' : `${draft.path}/`
  const found = new Map<string, Set<string>>()
  for (const path of draft.files) {
    const parts = path.slice(prefix.length).split('/')
    // The deepest folder of the path named as vendored copies are, and the entry right below it.
    for (let depth = parts.length - 2; depth >= 0; depth--) {
      if (!VENDORED_DIR.test(parts[depth]!)) continue
      const child = parts[depth + 1]!.replace(/\.py$/, '').toLowerCase()
      if (!names.has(child)) continue
      const dir = prefix + parts.slice(0, depth + 1).join('/')
      let packages = found.get(dir)
      if (!packages) found.set(dir, (packages = new Set()))
      packages.add(child)
      break
    }
  }
  const vendored = [...found]
    .filter(([, packages]) => packages.size >= MIN_VENDORED_PACKAGES)
    .map(([path, packages]) => ({ path, packages: [...packages].sort() }))
    .sort((a, b) => (a.path < b.path ? -1 : 1))
  if (vendored.length === 0) return
  const inside = (path: string) => vendored.some((v) => path.startsWith(`${v.path}/`))
  draft.files = draft.files.filter((path) => !inside(path))
  draft.vendored = vendored
}

/**
 * A package.json inside a Python project's tree that only builds assets (no runtime dependency, no
 * entry point, no workspaces: pontoon's `pontoon/package.json` minifying its static files) over a
 * folder of mostly Python code is not a project of its own: that folder is the Python project's
 * package, and stays with it.
 */
function isPythonAssetBuild(draft: ComponentDraft, host: ComponentDraft): boolean {
  if (!host.manifests.some((m) => PYTHON_MANIFESTS.has(m.kind))) return false
  if (draft.otherManifests.length > 0) return false
  if (!draft.manifests.every((m) => m.kind === 'package.json' && runsNothing(m))) return false
  let python = 0
  let other = 0
  for (const file of draft.files) {
    const scan = fileKindOf(file)?.scan
    if (scan === 'python') python++
    else if (scan === 'javascript' && !STATIC_DIR.test(file)) other++
  }
  return python > other
}

/**
 * A package.json kept inside one of a Python project's packages (its folder holds an `__init__.py`:
 * snuba's `snuba/admin/`, panel's `panel/`) builds that package's browser code; the Python modules
 * around it are the package's own, and stay with the Python project that holds them.
 */
function returnPythonModules(draft: ComponentDraft, host: ComponentDraft): void {
  if (!draft.manifests.every((m) => m.kind === 'package.json')) return
  if (!host.manifests.some((m) => PYTHON_MANIFESTS.has(m.kind))) return
  if (!draft.files.includes(`${draft.path}/__init__.py`)) return
  const isPython = (path: string) => coveredStackOfFile(path) === 'python'
  for (const file of draft.files) if (isPython(file)) host.files.push(file)
  draft.files = draft.files.filter((file) => !isPython(file))
}

/** The entry at `dir` or at the nearest folder above it. */
export function nearest<T>(byPath: ReadonlyMap<string, T>, dir: string): T | undefined {
  for (let d = dir; ; d = dirnameOf(d)) {
    const hit = byPath.get(d)
    if (hit) return hit
    if (d === '') return undefined
  }
}
