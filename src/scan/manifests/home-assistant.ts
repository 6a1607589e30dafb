// A Home Assistant custom integration's manifest.json: what the integration is, and the Python
// packages Home Assistant installs for it.

import type { Dependency, ManifestParseResult, Problem } from '../../model.js'
import { dependency, isRecord, jsonProblem, lineOfKey, lineOfName } from './common.js'
import { readRequirementLine } from './requirements.js'

/** Where Home Assistant loads a custom integration from: `custom_components/<domain>/manifest.json`. */
export const HOME_ASSISTANT_MANIFEST = /(?:^|\/)custom_components\/[^/]+\/manifest\.json$/

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
        ...lineOfKey(lines, iotClass ? 'iot_class' : 'domain'),
      },
    },
    problems,
  }
}
