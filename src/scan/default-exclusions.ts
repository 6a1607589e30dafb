// Paths a reviewer never reads: installed packages, caches, build output, editor state, docs.
// The list follows the spirit of GitHub Linguist's vendor.yml and documentation.yml, so that
// `.gitattributes` overrides users already write for GitHub also work here.

import type { SkipReason } from '../model.js'

/** The Linguist attributes that decide whether a path counts. */
export const LINGUIST_ATTRIBUTES = [
  'linguist-vendored',
  'linguist-generated',
  'linguist-documentation',
] as const
export type LinguistAttribute = (typeof LINGUIST_ATTRIBUTES)[number]

export interface DirectoryExclusion {
  /** Directory names matched exactly (case-sensitive), at any depth unless `rootOnly`. */
  names?: readonly string[]
  /** Name endings, e.g. `.egg-info`. */
  suffixes?: readonly string[]
  /** A directory holding an entry of one of these names is excluded whatever its own name. */
  containing?: readonly string[]
  rootOnly?: boolean
  reason: Extract<SkipReason, 'excluded-directory' | 'documentation'>
  /** Shown in the skip detail. */
  why: string
  /** Attributes whose negation (`-attr` or `attr=false`) lifts the exclusion; empty when nothing can. */
  liftedBy: readonly LinguistAttribute[]
}

const VENDORED: readonly LinguistAttribute[] = ['linguist-vendored', 'linguist-generated']

export const DEFAULT_EXCLUDED_DIRECTORIES: readonly DirectoryExclusion[] = [
  {
    names: ['.git', '.hg', '.svn'],
    reason: 'excluded-directory',
    why: 'version control metadata',
    liftedBy: [],
  },
  {
    names: ['node_modules', 'bower_components', 'jspm_packages', '.pnpm-store', '.yarn'],
    reason: 'excluded-directory',
    why: 'installed JavaScript packages',
    liftedBy: VENDORED,
  },
  {
    names: ['.venv', 'venv', 'site-packages', '.eggs', '.tox', '.nox'],
    suffixes: ['.egg-info'],
    reason: 'excluded-directory',
    why: 'Python environment or packaging output',
    liftedBy: VENDORED,
  },
  {
    containing: ['pyvenv.cfg', 'conda-meta'],
    reason: 'excluded-directory',
    why: 'Python virtual environment',
    liftedBy: VENDORED,
  },
  {
    names: [
      '__pycache__',
      '.mypy_cache',
      '.pytest_cache',
      '.ruff_cache',
      '.ipynb_checkpoints',
      '.cache',
      '.parcel-cache',
      '.turbo',
      '.gradle',
      '.terraform',
    ],
    reason: 'excluded-directory',
    why: 'tool cache',
    liftedBy: VENDORED,
  },
  {
    names: ['dist', 'build', 'out', 'target', '.next', '.nuxt', '.svelte-kit'],
    reason: 'excluded-directory',
    why: 'build output',
    liftedBy: VENDORED,
  },
  {
    names: ['coverage', '.nyc_output'],
    reason: 'excluded-directory',
    why: 'test coverage output',
    liftedBy: VENDORED,
  },
  {
    names: ['.idea', '.vscode'],
    reason: 'excluded-directory',
    why: 'editor settings',
    liftedBy: VENDORED,
  },
  {
    names: ['vendor', 'third_party', 'third-party', 'Pods'],
    reason: 'excluded-directory',
    why: 'vendored third-party code',
    liftedBy: VENDORED,
  },
  {
    names: ['docs', 'doc', 'Docs', 'Doc', 'Documentation'],
    reason: 'documentation',
    why: 'documentation',
    liftedBy: ['linguist-documentation'],
  },
  {
    names: ['man'],
    rootOnly: true,
    reason: 'documentation',
    why: 'manual pages',
    liftedBy: ['linguist-documentation'],
  },
]

export interface DirectoryExclusionMatch {
  rule: DirectoryExclusion
  /** A short human detail, e.g. `node_modules/: installed JavaScript packages`. */
  detail: string
}

export interface DirectoryExclusionMatcher {
  /** The rule that excludes a directory by its name; `atRoot` when its parent is the root. */
  byName(name: string, atRoot: boolean): DirectoryExclusionMatch | undefined
  /** The rule that excludes a directory because of an entry inside it. */
  byContents(entryNames: Iterable<string>): DirectoryExclusionMatch | undefined
}

/** Indexes the rules once so each lookup is a map hit and a few suffix checks. */
export function compileDirectoryExclusions(
  rules: readonly DirectoryExclusion[] = DEFAULT_EXCLUDED_DIRECTORIES,
): DirectoryExclusionMatcher {
  const byName = new Map<string, DirectoryExclusion>()
  const bySuffix: [string, DirectoryExclusion][] = []
  const byMarker = new Map<string, DirectoryExclusion>()
  for (const rule of rules) {
    for (const name of rule.names ?? []) if (!byName.has(name)) byName.set(name, rule)
    for (const suffix of rule.suffixes ?? []) bySuffix.push([suffix, rule])
    for (const marker of rule.containing ?? []) if (!byMarker.has(marker)) byMarker.set(marker, rule)
  }
  return {
    byName(name, atRoot) {
      const rule = byName.get(name)
      if (rule && (!rule.rootOnly || atRoot)) return { rule, detail: `${name}/: ${rule.why}` }
      for (const [suffix, suffixRule] of bySuffix) {
        if (name.endsWith(suffix) && (!suffixRule.rootOnly || atRoot)) {
          return { rule: suffixRule, detail: `*${suffix}/: ${suffixRule.why}` }
        }
      }
      return undefined
    },
    byContents(entryNames) {
      if (byMarker.size === 0) return undefined
      for (const name of entryNames) {
        const rule = byMarker.get(name)
        if (rule) return { rule, detail: `holds ${name}: ${rule.why}` }
      }
      return undefined
    },
  }
}

/** Extensions of files that are never text worth reading (lower case, without the dot). */
export const BINARY_EXTENSIONS: ReadonlySet<string> = new Set([
  // images and fonts
  'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'icns', 'webp', 'tif', 'tiff', 'psd',
  'woff', 'woff2', 'ttf', 'otf', 'eot',
  // documents, archives, media
  'pdf', 'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tar', 'whl', 'jar', 'war', 'apk',
  'mp3', 'mp4', 'm4a', 'mov', 'avi', 'mkv', 'webm', 'wav', 'ogg', 'flac',
  // compiled code and native libraries
  'so', 'dll', 'dylib', 'exe', 'o', 'a', 'lib', 'class', 'pyc', 'pyo', 'pyd', 'wasm', 'node',
  // data and model files
  'sqlite', 'sqlite3', 'db', 'npy', 'npz', 'pkl', 'pickle', 'pt', 'pth', 'h5', 'onnx',
  'parquet', 'safetensors', 'tflite',
]) // prettier-ignore

export interface FileNameRule {
  /** File name ending, matched case-insensitively. */
  suffix: string
  reason: Extract<SkipReason, 'minified' | 'generated'>
  why: string
}

/** Minified, bundled and generated files recognisable by name (Linguist's generated.rb in small). */
export const GENERATED_FILE_NAMES: readonly FileNameRule[] = [
  { suffix: '.min.js', reason: 'minified', why: 'minified JavaScript' },
  { suffix: '.min.mjs', reason: 'minified', why: 'minified JavaScript' },
  { suffix: '.min.cjs', reason: 'minified', why: 'minified JavaScript' },
  { suffix: '.min.css', reason: 'minified', why: 'minified CSS' },
  { suffix: '-bundle.js', reason: 'minified', why: 'bundled JavaScript' },
  { suffix: '.bundle.js', reason: 'minified', why: 'bundled JavaScript' },
  { suffix: '.map', reason: 'generated', why: 'source map' },
  { suffix: '_pb2.py', reason: 'generated', why: 'protobuf output' },
  { suffix: '_pb2_grpc.py', reason: 'generated', why: 'protobuf output' },
  { suffix: '.pb.go', reason: 'generated', why: 'protobuf output' },
]

export type FileNameVerdict =
  | { reason: 'binary'; detail: string }
  | { reason: FileNameRule['reason']; detail: string }

/** Why a file is skipped by its name alone, or undefined when its name says nothing. */
export function judgeFileName(name: string): FileNameVerdict | undefined {
  const lower = name.toLowerCase()
  const dot = lower.lastIndexOf('.')
  if (dot > 0) {
    const extension = lower.slice(dot + 1)
    if (BINARY_EXTENSIONS.has(extension)) return { reason: 'binary', detail: `.${extension} file` }
  }
  for (const rule of GENERATED_FILE_NAMES) {
    if (lower.endsWith(rule.suffix) && lower.length > rule.suffix.length) {
      return { reason: rule.reason, detail: `*${rule.suffix}: ${rule.why}` }
    }
  }
  return undefined
}
