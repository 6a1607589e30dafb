// A GitHub Action's action.yml: how the action runs. Its own chunk, as it needs the YAML parser.

import type { ManifestParseResult } from '../../model.js'
import { isRecord, lineOfKey } from './common.js'
import { parseYaml } from './yaml.js'

/**
 * action.yml or action.yaml: a GitHub Action's metadata. A file of that name without `runs.using`
 * (an Ansible task list, a fixture) is not one, and is left alone without a problem. Its `name` is
 * a title for the Marketplace, no package's: the component keeps the name its project gives it.
 */
export function parseActionYml(file: string, text: string): ManifestParseResult {
  const parsed = parseYaml(file, text)
  if (parsed.value === undefined) return { problems: parsed.problems }
  if (!isRecord(parsed.value)) return { problems: [] }
  const runs = parsed.value.runs
  const using = isRecord(runs) && typeof runs.using === 'string' ? runs.using.trim() : ''
  if (!/^(?:docker|composite|node\d+)$/.test(using)) return { problems: [] }
  const lines = text.split('\n')
  return {
    manifest: {
      file,
      kind: 'action.yml',
      dependencies: [],
      platform: {
        kind: 'github-action',
        detail: `a GitHub Action (runs ${using === 'composite' ? 'composite steps' : `on ${using}`})`,
        ...lineOfKey(lines, 'using'),
      },
    },
    problems: [],
  }
}
