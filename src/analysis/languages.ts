// What a file is, judged from its name alone (cheap: runs once per discovered file).

export type SourceLanguage = 'javascript' | 'python'

export interface FileKind {
  /** Display language, e.g. 'TypeScript', 'Go'. */
  language: string
  /** Set for languages whose imports and code patterns Stack Fit reads. */
  scan?: SourceLanguage
  notebook?: boolean
  /**
   * Compiled code (C, C++, Rust, Cython, WebAssembly) or its build set-up: in a Node.js or Python
   * component it is evidence of CPU-heavy work done outside the interpreter.
   */
  native?: 'source' | 'build'
  /**
   * Infrastructure declared as code (Terraform's HCL): another stack's files, which make a root
   * component of their own only where nothing else makes one.
   */
  infrastructure?: boolean
}

const BY_EXTENSION: Record<string, FileKind> = {
  js: { language: 'JavaScript', scan: 'javascript' },
  mjs: { language: 'JavaScript', scan: 'javascript' },
  cjs: { language: 'JavaScript', scan: 'javascript' },
  jsx: { language: 'JavaScript', scan: 'javascript' },
  ts: { language: 'TypeScript', scan: 'javascript' },
  mts: { language: 'TypeScript', scan: 'javascript' },
  cts: { language: 'TypeScript', scan: 'javascript' },
  tsx: { language: 'TypeScript', scan: 'javascript' },
  vue: { language: 'Vue', scan: 'javascript' },
  svelte: { language: 'Svelte', scan: 'javascript' },
  astro: { language: 'Astro', scan: 'javascript' },
  py: { language: 'Python', scan: 'python' },
  ipynb: { language: 'Jupyter Notebook', scan: 'python', notebook: true },
  go: { language: 'Go' },
  rb: { language: 'Ruby' },
  java: { language: 'Java' },
  kt: { language: 'Kotlin' },
  scala: { language: 'Scala' },
  rs: { language: 'Rust', native: 'source' },
  c: { language: 'C', native: 'source' },
  cc: { language: 'C++', native: 'source' },
  cpp: { language: 'C++', native: 'source' },
  cxx: { language: 'C++', native: 'source' },
  cu: { language: 'CUDA', native: 'source' },
  cuh: { language: 'CUDA', native: 'source' },
  pyx: { language: 'Cython', native: 'source' },
  pxd: { language: 'Cython', native: 'source' },
  wasm: { language: 'WebAssembly', native: 'source' },
  wat: { language: 'WebAssembly', native: 'source' },
  php: { language: 'PHP' },
  cs: { language: 'C#' },
  ex: { language: 'Elixir' },
  exs: { language: 'Elixir' },
  swift: { language: 'Swift' },
  dart: { language: 'Dart' },
  lua: { language: 'Lua' },
  tf: { language: 'HCL', infrastructure: true },
  hcl: { language: 'HCL', infrastructure: true },
}

// Build set-ups for compiled code, known by name.
const BY_NAME: Record<string, FileKind> = {
  'binding.gyp': { language: 'GYP', native: 'build' },
  'CMakeLists.txt': { language: 'CMake', native: 'build' },
}

const EXTENSIONS = new Map(Object.entries(BY_EXTENSION))
const NAMES = new Map(Object.entries(BY_NAME))
/** The extensions of the names in BY_NAME: only a path with one of them can be one of those names. */
const NAME_EXTENSIONS: ReadonlySet<string> = new Set(
  Object.keys(BY_NAME).map((name) => name.slice(name.lastIndexOf('.') + 1)),
)

// Runs several times per discovered file, so it takes the extension from the path without
// slicing out the name first.
export function fileKindOf(path: string): FileKind | undefined {
  const slash = path.lastIndexOf('/')
  const dot = path.lastIndexOf('.')
  // No dot in the name, or only a leading one (`.py`, a dot-file).
  if (dot <= slash + 1) return undefined
  const extension = path.slice(dot + 1)
  if (NAME_EXTENSIONS.has(extension)) {
    const byName = NAMES.get(path.slice(slash + 1))
    if (byName) return byName
  }
  if (path.endsWith('.d.ts')) return undefined
  return EXTENSIONS.get(extension) ?? EXTENSIONS.get(extension.toLowerCase())
}

/** The covered stack of a file's language (a .py file's Python), if it is a code file of one. */
export function coveredStackOfFile(path: string): 'node' | 'python' | undefined {
  const kind = fileKindOf(path)
  return kind ? coveredStackOfLanguage(kind.language) : undefined
}

/** The stack that a language belongs to, for the two stacks the guidance covers. */
export function coveredStackOfLanguage(language: string): 'node' | 'python' | undefined {
  switch (language) {
    case 'JavaScript':
    case 'TypeScript':
    case 'Vue':
    case 'Svelte':
    case 'Astro':
      return 'node'
    case 'Python':
    case 'Jupyter Notebook':
      return 'python'
    default:
      return undefined
  }
}

/** Manifests of stacks the guidance does not cover; their directory becomes a component. */
export function otherStackManifest(name: string): string | undefined {
  switch (name) {
    // go.work: a Go workspace's root (dokku's, over its plugins' modules), as a .sln is .NET's.
    case 'go.mod':
    case 'go.work':
      return 'Go'
    case 'Cargo.toml':
      return 'Rust'
    case 'Gemfile':
      return 'Ruby'
    case 'pom.xml':
    case 'build.gradle':
    case 'build.gradle.kts':
      return 'Java'
    case 'composer.json':
      return 'PHP'
    case 'mix.exs':
      return 'Elixir'
    case 'Package.swift':
      return 'Swift'
    case 'pubspec.yaml':
      return 'Dart'
    // A Hugo site (see components.ts' hugoSites for its older config.toml).
    case 'hugo.toml':
    case 'hugo.yaml':
    case 'hugo.json':
      return 'Hugo'
  }
  if (name.endsWith('.csproj') || name.endsWith('.fsproj')) return 'C#'
  // A Visual Studio solution: the root of a .NET repository, its projects in folders below.
  if (name.endsWith('.sln') || name.endsWith('.slnx')) return '.NET'
  // LuaRocks' package spec (APISIX, Kong): `name-version.rockspec`.
  if (name.endsWith('.rockspec')) return 'Lua'
  return undefined
}
