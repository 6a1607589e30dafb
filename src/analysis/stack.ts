// Which stack a component runs on, from its manifests and the languages of its files.
import type { Evidence, Stack, StackDetection } from '../model.js'
import { pathBelow } from '../scan/file-source.js'
import type { ComponentDraft } from './components.js'
import { coveredStackOfLanguage, fileKindOf } from './languages.js'
import { isTestPath } from './signals.js'
import {
  FIXTURE_DIR,
  PYTHON_MANIFESTS,
  STATIC_DIR,
  buildsSite,
  declaresNativeBuild,
  installsOnlyTooling,
  isAuxiliaryFileOf,
  isProjectManifest,
  isMarkerOnly,
  isToolingFile,
  isToolingOnly,
  shipsPrebuiltBinary,
} from './components.js'

const NATIVE_PROGRAM_FILES = 20
const NATIVE_PROGRAM_RATIO = 2
const VENDORED_DIR = /(^|\/)(?:lib|libs|vendor|vendored|third[-_]?party|external|extern|deps)\//

const NODE_IMAGE = /^(?:[\w.-]+\/)*node(?:js)?(?::|@|$)/i
const PYTHON_IMAGE = /^(?:[\w.-]+\/)*(?:python|pypy|miniconda\d?|anaconda\d?|micromamba)(?::|@|$)/i

/** Where each other stack's build takes web assets from: JavaScript there is not a Node.js app. */
const OTHER_STACK_ASSETS: Readonly<Record<string, RegExp>> = {
  // A Go program embeds its web assets, and a Hugo site bundles its assets/ (gohugoio/hugoDocs).
  Go: /(^|\/)(?:assets|static)\//,
  // A Hugo site's scripts sit in its assets/, static/, layouts/ and themes/ folders.
  Hugo: /(^|\/)(?:assets|static|layouts|themes)\//,
  Java: /(^|\/)src\/main\/(?:js|ts|javascript|typescript|webapp|resources|frontend)\//,
  PHP: /(^|\/)(?:resources\/(?:js|ts|assets|scripts)|assets|public)\//,
  // A Jekyll site keeps its scripts in assets/ (github/opensource.guide), as gems do.
  Ruby: /(^|\/)(?:app\/(?:javascript|assets)|vendor\/assets|assets|public)\//,
  'C#': /(^|\/)(?:wwwroot|ClientApp)\//,
  // A Phoenix app's (and Phoenix's own) scripts sit in assets/, bundled into priv/static.
  Elixir: /(^|\/)(?:assets|priv\/static)\//,
}

/**
 * Whether a manifest names a package the signal catalogue knows in its registry, with something
 * to say about the workload: the component is that published package (issue 10, item 2).
 */
export type KnownPackage = (manifest: ComponentDraft['manifests'][number]) => boolean

export function detectStack(draft: ComponentDraft, knownPackage?: KnownPackage): StackDetection {
  const evidence: Evidence[] = []
  const weight = { node: 0, python: 0 }
  const languageCounts = new Map<string, number>()
  const grammar = isTreeSitterGrammar(draft)
  let coveredImages = 0

  for (const m of draft.manifests) {
    if (grammar && PYTHON_MANIFESTS.has(m.kind)) {
      evidence.push({ file: m.file, detail: `${m.kind} (Python binding of a tree-sitter grammar)` })
    } else if (m.kind === 'package.json') {
      // A package.json that only holds development tools (a Python project's linters) says less.
      weight.node += isToolingOnly(m) ? 2 : 5
      evidence.push({ file: m.file, detail: 'package.json' })
    } else if (m.kind === 'Dockerfile') {
      for (const image of m.baseImages ?? []) {
        if (NODE_IMAGE.test(image.image)) weight.node += 1
        else if (PYTHON_IMAGE.test(image.image)) weight.python += 1
        else continue
        coveredImages++
        evidence.push({ file: m.file, line: image.line, detail: `base image ${image.image}` })
      }
    } else if (PYTHON_MANIFESTS.has(m.kind)) {
      weight.python += 5
      evidence.push({ file: m.file, detail: `${m.kind} (Python project)` })
    }
  }
  // JavaScript in a Python project without a package.json is browser assets the Python app serves
  // (Flask's and Django's static/ folders): no Node.js runs there. So it is when the package.json
  // only holds the tools that bundle those assets (isso's webpack and jest, no dependency at run time).
  const pythonProject = draft.manifests.some((m) => PYTHON_MANIFESTS.has(m.kind))
  const browserAssets =
    pythonProject && !draft.manifests.some((m) => m.kind === 'package.json' && !isToolingOnly(m))
  // The same in a static/ folder of a Python project that builds its assets with npm, and in the
  // folders where another stack's build takes its web assets from (Maven's src/main/js, Laravel's
  // resources/js, Rails' app/javascript, ASP.NET's wwwroot): Jenkins' root package.json bundles
  // them into the war, and no Node.js runs there either.
  const assets = draft.otherManifests
    .map((m) => OTHER_STACK_ASSETS[m.stack])
    .filter((re): re is RegExp => re !== undefined)
  // So is the JavaScript inside the Python package's own folder, which ships it as package data
  // (gdbgui's React UI in gdbgui/src/js, served by its Flask-SocketIO server).
  const packagePrefix = pythonProject && draft.packageDir ? `${draft.packageDir}/` : undefined
  // Folder names are read below the component: buildbot's www/base is a React app, not a www/.
  const isStaticAsset = (path: string) =>
    (pythonProject && STATIC_DIR.test(pathBelow(path, draft.path))) ||
    (packagePrefix !== undefined && path.startsWith(packagePrefix)) ||
    assets.some((re) => re.test(pathBelow(path, draft.path)))
  let otherFiles = 0
  let testDataFiles = 0
  let otherAside = 0
  let nativeFiles = 0
  let ownNativeFiles = 0
  let firstNative: string | undefined
  let assetFiles = 0
  let staticNode = 0
  // Tests, examples and tools count only when the component has no code of its own: a grammar's
  // Python test corpus does not make its Node.js package a Python one.
  const own = { node: 0, python: 0 }
  const auxiliary = { node: 0, python: 0 }
  let testCode = 0
  for (const path of draft.files) {
    const kind = fileKindOf(path)
    if (!kind || kind.native === 'build') continue
    languageCounts.set(kind.language, (languageCounts.get(kind.language) ?? 0) + 1)
    if (isToolingFile(path)) continue
    const covered = coveredStackOfLanguage(kind.language)
    if (covered === 'node' && (browserAssets || isStaticAsset(path))) {
      assetFiles++
      continue
    }
    if (covered) {
      const binding = grammar && covered === 'python'
      const into = binding || isAuxiliaryFileOf(draft, path) ? auxiliary : own
      const files = kind.notebook ? 2 : 1
      into[covered] += files
      // Counted only where shell programs are weighed against the code (below).
      if (draft.shellPrograms !== undefined && isTestPath(pathBelow(path, draft.path)))
        testCode += files
      if (covered === 'node' && into === own && STATIC_DIR.test(pathBelow(path, draft.path)))
        staticNode++
    } else if (kind.native) {
      nativeFiles++
      if (!VENDORED_DIR.test(path)) {
        ownNativeFiles++
        firstNative ??= path
      }
    } else if (FIXTURE_DIR.test(path)) testDataFiles++
    else if (isAuxiliaryFileOf(draft, path) || kind.infrastructure) otherAside++
    else otherFiles++
  }
  // So do another language's, and infrastructure declared as code: stripe-samples' Ruby specs and
  // Terraform file test and deploy the Node.js server beside them, and make no Ruby project of it.
  // Where there is nothing else, they are what there is.
  if (otherFiles + own.node + own.python === 0) otherFiles = otherAside
  // Another language's files kept as test inputs are data, not a project in that stack (vscode-go's
  // extension tests its TypeScript against Go sources in test/testdata); where there is nothing
  // else, they are what there is.
  if (otherFiles + own.node + own.python + auxiliary.node + auxiliary.python === 0)
    otherFiles = testDataFiles
  // A Python web app whose project file sits above it (pgadmin4's web/, under the repository's
  // requirements.txt) serves its static/ folders too: when its Python outnumbers the JavaScript
  // outside them, that JavaScript is browser assets as well.
  if (!pythonProject && staticNode > 0 && own.python > own.node - staticNode) {
    own.node -= staticNode
    assetFiles += staticNode
  }
  // With no code of its own, a project declared in one stack is not made the other's by the loose
  // samples below it: e2b-cookbook's package.json runs its examples, whose unclaimed notebooks are
  // Python.
  if (own.node + own.python === 0) {
    const runsNode = draft.manifests.some((m) => m.kind === 'package.json' && !isToolingOnly(m))
    if (runsNode && !pythonProject) auxiliary.python = 0
    else if (pythonProject && !runsNode) auxiliary.node = 0
  }
  const code = own.node + own.python > 0 ? own : auxiliary
  weight.node += code.node
  weight.python += code.python
  const languages = [...languageCounts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([language]) => language)

  const coveredCode = own.node + own.python + auxiliary.node + auxiliary.python
  const other = draft.otherManifests[0]
  // Made only of stray files, after every manifest, other-stack manifest and override had claimed
  // its folder: it has none of its own (a Dockerfile below may hint, it never decides).
  if (draft.looseFiles) return { stack: 'unknown', languages, mixed: false, evidence: [] }
  if (draft.forcedStack) {
    return {
      stack: draft.forcedStack,
      languages,
      otherName: draft.forcedStack === 'other' ? (other?.stack ?? languages[0]) : undefined,
      mixed: false,
      evidence: [{ file: '.github/stack-fit.yml', detail: 'stack set by configuration' }],
    }
  }
  // A published npm or PyPI package the catalogue knows is that stack's, whatever else sits beside
  // it (lamejs' JavaScript port beside the Java sources it was ported from).
  // Not when all its JavaScript sits in the other stack's asset folders: turbo-rails' npm package
  // republishes the app/javascript its Ruby gem serves.
  const published =
    knownPackage !== undefined &&
    !(assets.length > 0 && assetFiles > 0 && own.node === 0) &&
    draft.manifests.some((m) => !describesNothing(m) && knownPackage(m))
  if (other && !published) {
    // A Go or Ruby service may ship a little JavaScript; its own manifest decides.
    // Compiled sources count for the other stack here: a Rust crate's .rs files are its code.
    const coveredFiles = weight.node + weight.python
    if (
      coveredFiles <= (otherFiles + nativeFiles) * 2 + 5 ||
      (weight.node < 5 && weight.python < 5) ||
      draft.manifests.every(describesNothing) ||
      // Its package.json only bundles the other stack's assets: none of its JavaScript is elsewhere.
      (assets.length > 0 && assetFiles > 0 && own.node === 0 && weight.python < 5)
    ) {
      return {
        stack: 'other',
        languages,
        otherName: other.stack,
        mixed: weight.node >= 5 || weight.python >= 5,
        evidence: [
          ...draft.otherManifests.map((m) => ({ file: m.file, detail: `${m.stack} manifest` })),
          ...evidence,
        ],
      }
    }
  }
  // A C, C++ or CUDA program whose Python is its helpers (llm.c's PyTorch reference and data
  // preparation beside its C and CUDA training code): no manifest builds that code into a Python
  // package, and it outnumbers all the Python and JavaScript NATIVE_PROGRAM_RATIO times over (not
  // FILTER.js' JavaScript library, which loads its filters' WebAssembly builds). Vendored libraries
  // and headers are not counted: klipper's firmware SDKs bring hundreds of C files and thousands of
  // headers to a Python host program. A project built by a backend of its own builds that code into
  // its package (datatable's C++ core, compiled by its ci/ext.py).
  if (
    !other &&
    !draft.manifests.some((m) => m.kind === 'package.json' || m.inTreeBackend) &&
    ownNativeFiles >= NATIVE_PROGRAM_FILES &&
    ownNativeFiles >= NATIVE_PROGRAM_RATIO * coveredCode &&
    !declaresNativeBuild(draft)
  ) {
    return {
      stack: 'other',
      languages,
      otherName: languages.find((l) => !coveredStackOfLanguage(l)),
      mixed: false,
      evidence: [
        { file: firstNative ?? '', detail: `${ownNativeFiles} compiled source files` },
        ...evidence,
      ],
    }
  }
  // A repository with no project whose shell programs outnumber its other code (webpro's dotfiles:
  // install scripts and a bin/ of commands beside one Python settings file) is a shell project.
  // A Python or Node.js base image counts with that code: the scripts start the container's program
  // (etl-project-cron's start.sh and wait_for_etl.sh around the Python job its cron runs), unless
  // the scripts are all the code (s3-sync-action's entrypoint.sh runs the AWS CLI its python image
  // installs). Tests do not count: python-lint's Docker action runs its entrypoint.sh on the sample
  // its tests lint.
  const runCode = coveredCode - testCode
  const imaged = runCode > 0 ? coveredImages : 0
  if (draft.shellPrograms !== undefined && draft.shellPrograms > runCode + imaged) {
    return {
      stack: 'other',
      languages: [...languages, 'Shell'],
      otherName: 'Shell',
      mixed: false,
      evidence: [
        { file: draft.shellScript ?? '', detail: `${draft.shellPrograms} shell programs` },
      ],
    }
  }
  const shell = shellProgram(draft, languageCounts)
  if (shell) {
    // Named after its compiled code when it has some (squoosh's codec packages build Rust).
    const name = languages.find((l) => !coveredStackOfLanguage(l)) ?? 'Shell'
    return {
      stack: 'other',
      languages: [...languages, 'Shell'],
      otherName: name,
      mixed: false,
      evidence: [{ file: shell, detail: 'shell script' }, ...evidence],
    }
  }
  if (weight.node === 0 && weight.python === 0) {
    const name =
      otherFiles + nativeFiles > 0 ? languages.find((l) => !coveredStackOfLanguage(l)) : undefined
    return name
      ? { stack: 'other', languages, otherName: name, mixed: false, evidence }
      : { stack: 'unknown', languages, mixed: false, evidence }
  }
  // A folder with no project file of its own whose code in other languages and shell outweighs its
  // Node.js and Python, base images included (kubernetes/examples: Go and PHP samples and thirty
  // shell scripts beside three archived Python scripts and their python base images), is no
  // Node.js or Python project.
  const projectFile = draft.manifests.some(isProjectManifest)
  const foreign = otherFiles + ownNativeFiles + (draft.strayShellFiles ?? 0)
  if (!projectFile && !draft.sphinxSite && foreign > weight.node + weight.python) {
    const name = languages.find((l) => !coveredStackOfLanguage(l)) ?? 'Shell'
    return { stack: 'other', languages, otherName: name, mixed: false, evidence }
  }
  const stack = weight.node >= weight.python ? 'node' : 'python'
  const minority = Math.min(weight.node, weight.python)
  return {
    stack,
    languages,
    // A few helper scripts in the other language do not make a component mixed.
    mixed: minority >= 5 || (minority >= 3 && minority >= Math.max(weight.node, weight.python) / 3),
    evidence,
  }
}

/**
 * A tree-sitter grammar: the grammar.js it defines, beside a package.json that builds the parser
 * with the tree-sitter CLI (an npm package). Its pyproject.toml, setup.py and bindings/python are
 * one of the bindings it ships for other languages (with Rust, Go and Swift), not a Python
 * project that does the work.
 */
function isTreeSitterGrammar(draft: ComponentDraft): boolean {
  const prefix = draft.path === '' ? '' : `${draft.path}/`
  return (
    draft.manifests.some(
      (m) => m.kind === 'package.json' && m.dependencies.some((d) => d.name === 'tree-sitter-cli'),
    ) && draft.files.some((f) => f === `${prefix}grammar.js` || f === `${prefix}grammar.ts`)
  )
}

/**
 * A manifest that runs nothing of its stack beside another stack's: a package.json of development
 * tools (Biome's changesets beside its Cargo workspace), a Python project file declaring no
 * dependency at all (dbt's pyproject.toml that only names the package its Rust binary ships in) or
 * one whose wheel carries a compiled program (ruff's maturin `bindings = "bin"`).
 */
function describesNothing(m: ComponentDraft['manifests'][number]): boolean {
  if (m.kind === 'package.json')
    return (isToolingOnly(m) && !buildsSite(m)) || isMarkerOnly(m) || shipsPrebuiltBinary(m)
  if (PYTHON_MANIFESTS.has(m.kind))
    return m.shipsBinary === true || m.dependencies.length === 0 || installsOnlyTooling(m)
  return true
}

/**
 * A package.json that only lets npm install a shell program (bats-core, nodenv): no JavaScript or
 * Python file anywhere in the component, no runtime dependency, no workspaces, and shell scripts or
 * executables in bin/ or libexec/. No Node.js runs there. Returns the first shell file, as evidence.
 */
function shellProgram(
  draft: ComponentDraft,
  languageCounts: ReadonlyMap<string, number>,
): string | undefined {
  // A collection's root keeps its helpers' scripts for its projects (firebase's quickstart-js:
  // lerna and a test.sh over a dozen Node.js samples); it is named after them (nameCollections).
  if (!draft.shellScript || draft.otherManifests.length > 0 || draft.collectionRoot)
    return undefined
  const packages = draft.manifests.filter((m) => m.kind === 'package.json')
  if (packages.length === 0 || draft.manifests.some((m) => PYTHON_MANIFESTS.has(m.kind)))
    return undefined
  const runs = (m: (typeof packages)[number]) =>
    (m.workspaces?.length ?? 0) > 0 || m.dependencies.some((d) => d.scope === 'runtime')
  if (packages.some(runs)) return undefined
  for (const language of languageCounts.keys())
    if (coveredStackOfLanguage(language)) return undefined
  return draft.shellScript
}

/** Folder-name words that name a language or runtime: a sample's twin in another stack differs by one. */
const LANGUAGE_WORDS = new Set(
  (
    'c cpp cs csharp dotnet deno elixir go golang java javascript js kotlin kt node nodejs php py ' +
    'python python3 rb ruby rust rs scala swift ts typescript'
  ).split(' '),
)
/** Tasks written again in another language a collection holds, at least, to be one of samples. */
export const TWIN_TASKS = 3
/** The share of a collection's projects those twins make up, at least. */
export const TWIN_SHARE = 0.25

/**
 * A collection whose projects are the same tasks written in several languages, told apart by a
 * language word in their paths (telnyx-code-examples' `hold-music-python`, `hold-music-nodejs`,
 * `hold-music-go`…; pulumi/examples' `aws-py-…`, `aws-ts-…`): a collection of samples, each in the
 * language it shows. A service of a polyglot product is named for its work (`currencyservice`).
 */
export function languageTwins(rootPath: string, projects: readonly string[]): boolean {
  const prefix = rootPath === '' ? '' : `${rootPath}/`
  const languages = new Map<string, Set<string>>()
  const members = new Map<string, number>()
  let total = 0
  for (const path of projects) {
    if (path === rootPath || !path.startsWith(prefix)) continue
    total++
    const words = path
      .slice(prefix.length)
      .toLowerCase()
      .split(/[/_.-]+/)
    const named = words.filter((w) => LANGUAGE_WORDS.has(w))
    if (named.length === 0) continue
    const task = words.filter((w) => !LANGUAGE_WORDS.has(w)).join('-')
    const seen = languages.get(task) ?? new Set<string>()
    for (const w of named) seen.add(w)
    languages.set(task, seen)
    members.set(task, (members.get(task) ?? 0) + 1)
  }
  let tasks = 0
  let twins = 0
  for (const [task, seen] of languages) {
    if (seen.size < 2) continue
    tasks++
    twins += members.get(task)!
  }
  return tasks >= TWIN_TASKS && twins >= TWIN_SHARE * total
}

/** Projects a collection holds below it, at least, to be one of many stacks. */
export const MANY_STACKS_PROJECTS = 10
/** The share of those projects each of Node.js, Python and the other stacks holds, at least. */
export const MANY_STACKS_SHARE = 0.15

/** A bare root's projects are of several kinds when none holds this share of them. */
export const BARE_ONE_STACK_SHARE = 0.8

/**
 * The root of a collection whose projects run on Node.js, Python and other stacks alike
 * (pulumi/examples' TypeScript, Python, Go and C# programs; serverless-patterns; dapr's
 * quickstarts) has no stack of its own: the linters or loose helpers at its root say nothing of
 * the samples. Undefined when the collection's projects are mostly of one or two kinds.
 * A bare root (nothing at all of its own) asks less: no kind holding BARE_ONE_STACK_SHARE of its
 * projects (square's connect-api-examples: Node.js, Java, PHP, Ruby and C# samples, few in Python).
 */
export function manyStackCollection(
  root: StackDetection,
  rootPath: string,
  projects: readonly { path: string; stack: Stack }[],
  bare = false,
): StackDetection | undefined {
  const prefix = rootPath === '' ? '' : `${rootPath}/`
  const count = { node: 0, python: 0, other: 0 }
  let total = 0
  for (const p of projects) {
    if (p.path === rootPath || !p.path.startsWith(prefix) || p.stack === 'unknown') continue
    count[p.stack]++
    total++
  }
  if (total < MANY_STACKS_PROJECTS) return undefined
  const several = bare
    ? Object.values(count).every((n) => n < BARE_ONE_STACK_SHARE * total)
    : Object.values(count).every((n) => n >= MANY_STACKS_SHARE * total)
  if (!several) return undefined
  return {
    stack: 'unknown',
    languages: root.languages,
    mixed: false,
    evidence: [
      {
        file: rootPath === '' ? '.' : rootPath,
        detail: `a collection of ${count.node} Node.js, ${count.python} Python and ${count.other} other-stack projects`,
      },
    ],
  }
}
