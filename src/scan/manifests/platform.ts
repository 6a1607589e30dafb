// Manifests of the platforms a folder's code is written for: a GitHub Action's action.yml and a
// Home Assistant custom integration's manifest.json. Each says what the folder is; the integration's
// also lists the Python packages Home Assistant installs for it.

import type { Dependency, ManifestParseResult, Problem } from '../../model.js'
import { dependency, isRecord, jsonProblem, lineOfName } from './common.js'
import { readRequirementLine } from './requirements.js'
import { parseYaml } from './yaml.js'

/** Where Home Assistant loads a custom integration from: `custom_components/<domain>/manifest.json`. */
export const HOME_ASSISTANT_MANIFEST = /(?:^|\/)custom_components\/[^/]+\/manifest\.json$/

/**
 * action.yml or action.yaml: a GitHub Action's metadata. A file of that name without `runs.using`
 * (an Ansible task list, a fixture) is not one, and is left alone without a problem.
 */
export function parseActionYml(file: string, text: string): ManifestParseResult {
  const parsed = parseYaml(file, text)
  if (parsed.value === undefined) return { problems: parsed.problems }
  if (!isRecord(parsed.value)) return { problems: [] }
  const runs = parsed.value.runs
  const using = isRecord(runs) && typeof runs.using === 'string' ? runs.using.trim() : ''
  if (!/^(?:docker|composite|node\d+)$/.test(using)) return { problems: [] }
  const lines = text.split('\n')
  const name = typeof parsed.value.name === 'string' ? parsed.value.name.trim() : ''
  return {
    manifest: {
      file,
      kind: 'action.yml',
      dependencies: [],
      ...(name ? { name: name.slice(0, 100) } : {}),
      platform: {
        kind: 'github-action',
        detail: `a GitHub Action (runs ${using === 'composite' ? 'composite steps' : `on ${using}`})`,
        ...lineOf(lines, 'using'),
      },
    },
    problems: [],
  }
}

/**
 * A Home Assistant custom integration's manifest.json: its `domain`, the PyPI `requirements` Home
 * Assistant installs for it (its runtime dependencies) and its `iot_class`. The domain is no
 * package name: it names the integration inside Home Assistant, not on PyPI.
 */
export function parseHomeAssistantManifest(file: string, text: string): ManifestParseResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { problems: [jsonProblem(file, text, error)] }
  }
  // A manifest.json that names no domain (a web app manifest kept there) is not an integration's.
  if (!isRecord(data) || typeof data.domain !== 'string' || data.domain.trim() === '')
    return { problems: [] }
  const lines = text.split('\n')
  const problems: Problem[] = []
  const dependencies: Dependency[] = []
  const requirements = data.requirements
  if (requirements !== undefined && !Array.isArray(requirements))
    problems.push({ file, message: '"requirements" must be a list' })
  const from = lineOfName(lines, 'requirements') ?? 1
  for (const entry of Array.isArray(requirements) ? requirements : []) {
    // Entries are pip requirement strings: `zigpy>=0.52.3`, `name @ git+https://…`, a bare URL.
    const read = typeof entry === 'string' ? readRequirementLine(entry.trim()) : undefined
    if (read?.kind !== 'dependency') {
      if (read?.kind !== 'skip')
        problems.push({ file, message: 'a requirement is not a pip requirement string; skipped' })
      continue
    }
    dependencies.push(
      dependency(read.name, 'pypi', 'runtime', file, lineOfName(lines, read.name, from), read.spec),
    )
  }
  const iotClass = typeof data.iot_class === 'string' ? data.iot_class.trim().slice(0, 40) : ''
  return {
    manifest: {
      file,
      kind: 'home-assistant',
      dependencies,
      platform: {
        kind: 'home-assistant',
        detail: `a Home Assistant integration${iotClass ? ` (iot_class ${iotClass})` : ''}`,
        ...lineOf(lines, iotClass ? 'iot_class' : 'domain'),
      },
    },
    problems,
  }
}

function lineOf(lines: readonly string[], key: string): { line?: number } {
  const line = lineOfName(lines, key)
  return line === undefined ? {} : { line }
}
