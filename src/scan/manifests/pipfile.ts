// Pipfile (TOML): [packages] at runtime, [dev-packages] for development, the Python version.

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
  lineOfName,
  lineOfSection,
  safeEntries,
  specOfTable,
} from './common.js'
import { parseToml } from './toml.js'

export function parsePipfile(file: string, text: string): ManifestParseResult {
  const parsed = parseToml(file, text)
  if (!parsed.value) return { problems: parsed.problems }
  const lines = text.split('\n')
  const problems: Problem[] = []
  const dependencies: Dependency[] = []
  const section = (key: string, scope: DependencyScope) => {
    const table = parsed.value![key]
    if (table === undefined) return
    if (!isRecord(table)) {
      problems.push({ file, message: `[${key}] must be a table` })
      return
    }
    const from = lineOfSection(lines, `[${key}]`)
    for (const [name, spec] of safeEntries(table)) {
      if (!isSafeName(name)) continue
      dependencies.push(
        dependency(name, 'pypi', scope, file, lineOfName(lines, name, from), specOfTable(spec)),
      )
    }
  }
  section('packages', 'runtime')
  section('dev-packages', 'dev')
  const manifest: Manifest = { file, kind: 'Pipfile', dependencies }
  const requires = parsed.value.requires
  if (isRecord(requires) && typeof requires.python_version === 'string')
    manifest.engines = { python: requires.python_version }
  return { manifest, problems }
}
