// pyproject.toml in its three forms: PEP 621 [project], Poetry [tool.poetry] with groups, and
// PEP 735 [dependency-groups] with include-group.

import type {
  Dependency,
  DependencyScope,
  Manifest,
  ManifestParseResult,
  Problem,
} from '../../model.js'
import {
  descriptionOf,
  dependency,
  COMMAND_ENTRY_GROUPS,
  isRecord,
  isSafeName,
  lineOfName,
  lineOfSection,
  pep508Name,
  safeEntries,
  specOfTable,
  scopeOfGroup,
  shownName,
  tableAt,
} from './common.js'
import { dirnameOf, joinRepoPath } from '../file-source.js'
import { specOf } from './requirements.js'
import { parseToml } from './toml.js'

const MAX_GROUP_DEPTH = 20

export function parsePyproject(file: string, text: string): ManifestParseResult {
  const parsed = parseToml(file, text)
  if (!parsed.value) return { problems: parsed.problems }
  const data = parsed.value
  const lines = text.split('\n')
  const problems: Problem[] = []
  const dependencies: Dependency[] = []
  const manifest: Manifest = { file, kind: 'pyproject.toml', dependencies }

  const requirement = (
    req: unknown,
    scope: DependencyScope,
    from: number | undefined,
    where: string,
  ) => {
    if (typeof req !== 'string') {
      problems.push({
        file,
        line: from,
        message: `${where}: each entry must be a requirement string`,
      })
      return
    }
    const name = pep508Name(req)
    if (!name) {
      problems.push({ file, line: from, message: `${where}: not a PEP 508 requirement; skipped` })
      return
    }
    dependencies.push(
      dependency(
        name,
        'pypi',
        scope,
        file,
        lineOfName(lines, name, from),
        specOf(req.slice(name.length)),
      ),
    )
  }
  const requirementList = (
    list: unknown,
    scope: DependencyScope,
    from: number | undefined,
    where: string,
  ) => {
    if (list === undefined) return
    if (!Array.isArray(list)) {
      problems.push({ file, line: from, message: `${where} must be a list of requirement strings` })
      return
    }
    for (const req of list) requirement(req, scope, from, where)
  }

  // PEP 621
  const project = data.project
  if (project !== undefined) {
    if (!isRecord(project)) problems.push({ file, message: '[project] must be a table' })
    else {
      const from = lineOfSection(lines, '[project]')
      if (typeof project.name === 'string') manifest.name = project.name
      const description = descriptionOf(project.description, lines)
      if (description) manifest.description = description
      if (typeof project['requires-python'] === 'string')
        manifest.engines = { python: project['requires-python'] }
      requirementList(project.dependencies, 'runtime', from, 'project.dependencies')
      if (declaresScripts(project.scripts))
        manifest.command = {
          line: lineOfSection(lines, '[project.scripts]') ?? from,
          names: Object.keys(project.scripts),
        }
      addEntryGroups(manifest, project['entry-points'], lines, '[project.entry-points.')
      const optional = project['optional-dependencies']
      if (optional !== undefined && !isRecord(optional))
        problems.push({ file, message: 'project.optional-dependencies must be a table' })
      for (const [group, list] of safeEntries(optional)) {
        requirementList(
          list,
          scopeOfGroup(group, 'optional'),
          lineOfSection(lines, '[project.optional-dependencies]') ?? from,
          `project.optional-dependencies.${shownName(group)}`,
        )
      }
    }
  }

  const build = data['build-system']
  if (isRecord(build)) {
    const from = lineOfSection(lines, '[build-system]')
    requirementList(build.requires, 'build', from, 'build-system.requires')
    const backend = typeof build['build-backend'] === 'string' ? build['build-backend'] : ''
    const compiled = NATIVE_BACKENDS.find((b) => backend === b || backend.startsWith(`${b}.`))
    if (compiled) manifest.native = [{ detail: `build backend ${compiled}`, line: from }]
    // A backend of the project's own (`backend-path`) builds what no standard backend names:
    // datatable's ci/ext.py compiles its C++ core into the wheel.
    else if (Array.isArray(build['backend-path'])) manifest.inTreeBackend = true
  }
  const maturin = tableAt(data, 'tool', 'maturin')
  if (maturin?.bindings === 'bin') {
    // The wheel is a way to install a Rust program (ruff, uv): no compiled code for Python to call.
    manifest.shipsBinary = true
    delete manifest.native
  } else if (maturin && !manifest.native) {
    manifest.native = [{ detail: 'maturin build', line: lineOfSection(lines, '[tool.maturin]') }]
  }

  // uv and PDM keep development dependencies under [tool.*] as requirement strings.
  const uv = tableAt(data, 'tool', 'uv')
  if (uv) {
    const from = lineOfSection(lines, '[tool.uv]')
    requirementList(uv['dev-dependencies'], 'dev', from, 'tool.uv.dev-dependencies')
  }
  const pdm = tableAt(data, 'tool', 'pdm')
  if (pdm && pdm['dev-dependencies'] !== undefined) {
    const from = lineOfSection(lines, '[tool.pdm.dev-dependencies]')
    if (!isRecord(pdm['dev-dependencies'])) {
      problems.push({ file, line: from, message: 'tool.pdm.dev-dependencies must be a table' })
    }
    for (const [group, list] of safeEntries(pdm['dev-dependencies'])) {
      const where = `tool.pdm.dev-dependencies.${shownName(group)}`
      requirementList(list, scopeOfGroup(group, 'dev'), from, where)
    }
  }

  // Tables of `name = spec` (Poetry's, and the Frappe apps a bench installs); `python` names the
  // interpreter, not a package.
  const dependencyTable = (table: unknown, scope: DependencyScope, header: string) => {
    if (table === undefined) return
    if (!isRecord(table)) {
      problems.push({ file, message: `${header} must be a table` })
      return
    }
    const from = lineOfSection(lines, header)
    for (const [name, spec] of safeEntries(table)) {
      if (!isSafeName(name)) continue
      if (name.toLowerCase() === 'python') {
        if (typeof spec === 'string' && scope === 'runtime')
          manifest.engines = { ...manifest.engines, python: spec }
        continue
      }
      // `optional = true` installs it only with an extra (open-interpreter's torch for [local]).
      const own =
        scope === 'runtime' && isRecord(spec) && spec.optional === true ? 'optional' : scope
      dependencies.push(
        dependency(name, 'pypi', own, file, lineOfName(lines, name, from), specOfTable(spec)),
      )
    }
  }

  // Poetry
  const tool = tableAt(data, 'tool')
  const poetry = tableAt(tool, 'poetry')
  if (poetry) {
    if (!manifest.name && typeof poetry.name === 'string') manifest.name = poetry.name
    if (!manifest.command && declaresScripts(poetry.scripts))
      manifest.command = {
        line: lineOfSection(lines, '[tool.poetry.scripts]'),
        names: Object.keys(poetry.scripts),
      }
    addEntryGroups(manifest, poetry.plugins, lines, '[tool.poetry.plugins.')
    if (!manifest.description) {
      const description = descriptionOf(poetry.description, lines)
      if (description) manifest.description = description
    }
    dependencyTable(poetry.dependencies, 'runtime', '[tool.poetry.dependencies]')
    dependencyTable(poetry['dev-dependencies'], 'dev', '[tool.poetry.dev-dependencies]')
    for (const [group, body] of safeEntries(poetry.group)) {
      if (!isRecord(body)) continue
      dependencyTable(
        body.dependencies,
        scopeOfGroup(group, group === 'main' ? 'runtime' : 'optional'),
        `[tool.poetry.group.${group}.dependencies]`,
      )
    }
  }

  // A Frappe app names the Frappe apps it runs in (frappe itself among them) for its bench, which
  // installs them: they are what it runs on, as a [project] dependency would be.
  dependencyTable(
    tableAt(data, 'tool', 'bench', 'frappe-dependencies'),
    'runtime',
    '[tool.bench.frappe-dependencies]',
  )

  // PEP 735
  const groups = data['dependency-groups']
  if (groups !== undefined) {
    if (!isRecord(groups)) problems.push({ file, message: '[dependency-groups] must be a table' })
    else {
      const from = lineOfSection(lines, '[dependency-groups]')
      for (const [group] of safeEntries(groups)) {
        const scope = scopeOfGroup(group, 'dev')
        for (const req of expandGroup(groups, group, [], problems, file))
          requirement(req, scope, from, `dependency-groups.${shownName(group)}`)
      }
    }
  }

  const roots = packageRootsOf(tool, file)
  if (roots.length) manifest.packageRoots = roots
  const { files, optional } = dependencyFilesOf(tool, file, problems)
  if (files.length) manifest.dependencyFiles = files
  if (optional.length) manifest.optionalDependencyFiles = optional

  return { manifest, problems: [...parsed.problems, ...problems] }
}

/** Build backends that compile extension code (Rust through maturin, C/C++ through Meson or CMake). */
const NATIVE_BACKENDS = ['maturin', 'mesonpy', 'scikit_build_core', 'setuptools_rust']

/** Entry-point groups other than the commands, each with the line of its table when it has one. */
function addEntryGroups(
  manifest: Manifest,
  groups: unknown,
  lines: readonly string[],
  tablePrefix: string,
): void {
  if (!isRecord(groups)) return
  for (const [group, entries] of Object.entries(groups)) {
    if (COMMAND_ENTRY_GROUPS.has(group) || !isRecord(entries) || Object.keys(entries).length === 0)
      continue
    const line =
      lineOfSection(lines, `${tablePrefix}"${group}"]`) ??
      lineOfSection(lines, `${tablePrefix}${group}]`)
    ;(manifest.entryGroups ??= []).push({ group, ...(line === undefined ? {} : { line }) })
  }
}

/** `[project.scripts]` or `[tool.poetry.scripts]` naming at least one console command. */
function declaresScripts(scripts: unknown): scripts is Record<string, unknown> {
  return isRecord(scripts) && Object.keys(scripts).length > 0
}

/** The requirement strings of a group with its `{ include-group = ... }` entries expanded, cycle-safe. */
function expandGroup(
  groups: Record<string, unknown>,
  name: string,
  path: string[],
  problems: Problem[],
  file: string,
): unknown[] {
  if (path.includes(name)) {
    problems.push({
      file,
      message: `dependency-groups: include-group cycle through "${shownName(name)}"`,
    })
    return []
  }
  if (path.length >= MAX_GROUP_DEPTH) return []
  const list = Object.hasOwn(groups, name) ? groups[name] : undefined
  if (!Array.isArray(list)) {
    problems.push({ file, message: `dependency-groups.${shownName(name)} must be a list` })
    return []
  }
  const out: unknown[] = []
  for (const entry of list) {
    if (isRecord(entry) && typeof entry['include-group'] === 'string') {
      const included = entry['include-group']
      if (!Object.hasOwn(groups, included)) {
        problems.push({
          file,
          message: `dependency-groups.${shownName(name)}: included group "${shownName(included)}" does not exist`,
        })
        continue
      }
      out.push(...expandGroup(groups, included, [...path, name], problems, file))
    } else out.push(entry)
  }
  return out
}

/**
 * Folders below this file that the build back end finds the project's packages in: setuptools'
 * `packages.find.where` (feast's root pyproject builds the package in sdk/python) and the targets
 * of its `package-dir`, and the `from` of Poetry's `packages` (anki-sync-server's ankisyncd, from
 * src). Relative to the repository root, confined to it; the project's own folder is left out.
 */
function packageRootsOf(tool: Record<string, unknown> | undefined, file: string): string[] {
  const named: unknown[] = []
  const setuptools = tableAt(tool, 'setuptools')
  if (setuptools) {
    const where = tableAt(setuptools, 'packages', 'find')?.where
    if (Array.isArray(where)) named.push(...where)
    for (const [, target] of safeEntries(setuptools['package-dir'])) named.push(target)
  }
  const poetryPackages = tableAt(tool, 'poetry')?.packages
  if (Array.isArray(poetryPackages))
    for (const entry of poetryPackages) if (isRecord(entry)) named.push(entry.from)
  // A folder outside the repository holds nothing of it.
  return repoPathsOf(named, file).filter((root) => root !== dirnameOf(file))
}

/**
 * Requirement files a build back end reads the project's dependencies from: setuptools'
 * `[tool.setuptools.dynamic] dependencies = {file = ...}` and its optional dependencies, and
 * hatch-requirements-txt's `files` and `optional-dependencies`. Relative to the repository root,
 * confined to it. `optional` holds those of the extras alone (aider's requirements-help.txt, the
 * extra that installs PyTorch for its offline help).
 */
function dependencyFilesOf(
  tool: Record<string, unknown> | undefined,
  file: string,
  problems: Problem[],
): { files: string[]; optional: string[] } {
  // In the order they are declared: the project's own, then its extras, per back end.
  const named: { value: unknown; extra: boolean }[] = []
  const dynamic = tableAt(tool, 'setuptools', 'dynamic')
  const fileOf = (value: unknown) => (isRecord(value) ? value.file : undefined)
  if (dynamic) {
    named.push({ value: fileOf(dynamic.dependencies), extra: false })
    for (const [, value] of safeEntries(dynamic['optional-dependencies']))
      named.push({ value: fileOf(value), extra: true })
  }
  const requirementsTxt = tableAt(tool, 'hatch', 'metadata', 'hooks', 'requirements_txt')
  if (requirementsTxt) {
    named.push({ value: requirementsTxt.files, extra: false })
    for (const [, value] of safeEntries(requirementsTxt['optional-dependencies']))
      named.push({ value, extra: true })
  }
  const outside = (value: string) =>
    problems.push({ file, message: `dependency file leaves the repository: ${shownName(value)}` })
  const files = new Set<string>()
  const optional = new Set<string>()
  for (const { value, extra } of named)
    for (const path of repoPathsOf([value], file, outside)) {
      files.add(path)
      if (extra) optional.add(path)
    }
  return { files: [...files], optional: [...optional] }
}

/** The paths named beside `file`, relative to the repository root; `outside` hears of those that leave it. */
function repoPathsOf(values: unknown[], file: string, outside?: (value: string) => void): string[] {
  const paths = new Set<string>()
  for (const value of values.flat()) {
    if (typeof value !== 'string' || value.trim() === '') continue
    try {
      paths.add(joinRepoPath(dirnameOf(file), value.trim()))
    } catch {
      outside?.(value)
    }
  }
  return [...paths]
}
