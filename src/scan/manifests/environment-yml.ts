// conda environment.yml: conda packages and the nested pip list.

import type { Dependency, ManifestParseResult, Problem } from '../../model.js'
import { basenameOf } from '../file-source.js'
import { dependency, isRecord, lineOfName, scopeOfGroup } from './common.js'
import { parseRequirements } from './requirements.js'
import { parseYaml } from './yaml.js'

const NOT_PACKAGES = new Set(['python', 'pip'])

export function parseEnvironmentYml(file: string, text: string): ManifestParseResult {
  const parsed = parseYaml(file, text)
  if (parsed.value === undefined) return { problems: parsed.problems }
  if (!isRecord(parsed.value))
    return { problems: [{ file, message: 'environment file must be a mapping' }] }
  const lines = text.split('\n')
  const problems: Problem[] = []
  const dependencies: Dependency[] = []
  const list = parsed.value.dependencies
  if (list !== undefined && !Array.isArray(list))
    problems.push({ file, message: '"dependencies" must be a list' })
  const from = lineOfName(lines, 'dependencies') ?? 1
  const envName = typeof parsed.value.name === 'string' ? parsed.value.name : undefined
  const scope = scopeOfEnvironment(file, envName, lines)
  for (const entry of Array.isArray(list) ? list : []) {
    if (typeof entry === 'string') {
      // `conda-forge::pandas=2.2`, `numpy>=1.26`, `python=3.12`
      const spec = entry.includes('::') ? entry.slice(entry.lastIndexOf('::') + 2) : entry
      const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]{0,200})/.exec(spec)?.[1]
      if (name && !NOT_PACKAGES.has(name.toLowerCase())) {
        dependencies.push(
          dependency(
            name,
            'pypi',
            scope,
            file,
            findListItem(lines, name, from) ?? lineOfName(lines, name, from),
          ),
        )
      }
    } else if (isRecord(entry) && Array.isArray(entry.pip)) {
      const pipLines = entry.pip.filter((p): p is string => typeof p === 'string')
      const pip = parseRequirements(file, pipLines.join('\n'))
      for (const dep of pip.manifest?.dependencies ?? []) {
        const line = findListItem(lines, dep.name, from)
        dependencies.push(dependency(dep.name, 'pypi', scope, file, line, dep.spec))
      }
    }
  }
  return {
    manifest: {
      file,
      kind: 'environment.yml',
      dependencies,
      ...(envName ? { name: envName } : {}),
    },
    problems,
  }
}

function findListItem(lines: readonly string[], name: string, from: number): number | undefined {
  for (let i = from - 1; i < lines.length; i++) {
    const item = /^\s*-\s*(?:[\w-]+::)?(.*)$/.exec(lines[i]!)
    if (item && item[1]!.startsWith(name)) return i + 1
  }
  return undefined
}

/**
 * An environment made to develop, test or document the project, not to run it: named so
 * (environment-dev.yml, `name: geopandas-dev`, `name: geopandas_docs`) or saying so in the comment
 * it opens with (tqdm's "# development environment", over the extras its tests import).
 */
function scopeOfEnvironment(
  file: string,
  name: string | undefined,
  lines: readonly string[],
): Dependency['scope'] {
  for (const label of [basenameOf(file).replace(/\.ya?ml$/i, ''), name ?? '']) {
    const scope = scopeOfGroup(label, 'runtime')
    if (scope !== 'runtime') return scope
  }
  for (const line of lines) {
    const comment = /^\s*#(.*)$/.exec(line)
    if (!comment) break
    if (/\b(?:development|testing|test|documentation|docs)\s+environment\b/i.test(comment[1]!))
      return 'dev'
  }
  return 'runtime'
}
