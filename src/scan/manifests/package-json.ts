// package.json: dependencies by scope, scripts, engines and npm/yarn workspaces.

import type {
  Dependency,
  DependencyScope,
  Manifest,
  ManifestParseResult,
  Problem,
} from '../../model.js'
import {
  dependency,
  isRecord,
  isSafeName,
  jsonProblem,
  lineOfName,
  safeEntries,
  stringRecord,
} from './common.js'

const DEPENDENCY_FIELDS: [string, DependencyScope][] = [
  ['dependencies', 'runtime'],
  ['devDependencies', 'dev'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
]

export function parsePackageJson(file: string, text: string): ManifestParseResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { problems: [jsonProblem(file, text, error)] }
  }
  if (!isRecord(data)) return { problems: [{ file, message: 'package.json must hold an object' }] }

  const problems: Problem[] = []
  const lines = text.split('\n')
  const dependencies: Dependency[] = []
  for (const [field, scope] of DEPENDENCY_FIELDS) {
    const value = data[field]
    if (value === undefined) continue
    if (!isRecord(value)) {
      problems.push({
        file,
        line: lineOfName(lines, field),
        message: `"${field}" must be an object of package names`,
      })
      continue
    }
    const from = lineOfName(lines, field) ?? 1
    for (const [name, spec] of safeEntries(value)) {
      if (!isSafeName(name) || typeof spec !== 'string') continue
      dependencies.push(dependency(name, 'npm', scope, file, lineOfName(lines, name, from), spec))
    }
  }

  const manifest: Manifest = { file, kind: 'package.json', dependencies }
  if (typeof data.name === 'string' && data.name.length <= 214) manifest.name = data.name
  const scripts = stringRecord(data.scripts)
  if (scripts) manifest.scripts = scripts
  const engines = stringRecord(data.engines)
  if (engines) manifest.engines = engines
  const workspaces = workspaceGlobs(data.workspaces)
  if (workspaces === 'invalid') {
    problems.push({
      file,
      line: lineOfName(lines, 'workspaces'),
      message: '"workspaces" must be an array of globs or { "packages": [...] }',
    })
  } else if (workspaces.length) manifest.workspaces = workspaces
  return { manifest, problems }
}

function workspaceGlobs(value: unknown): string[] | 'invalid' {
  if (value === undefined) return []
  const list = Array.isArray(value) ? value : isRecord(value) ? value.packages : undefined
  if (list === undefined && isRecord(value)) return []
  if (!Array.isArray(list)) return 'invalid'
  return list.filter((g): g is string => typeof g === 'string' && g.length > 0 && g.length < 500)
}
