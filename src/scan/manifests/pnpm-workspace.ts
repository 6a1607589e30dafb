// pnpm-workspace.yaml: the workspace package globs.

import type { ManifestParseResult } from '../../model.js'
import { isRecord } from './common.js'
import { parseYaml } from './yaml.js'

export function parsePnpmWorkspace(file: string, text: string): ManifestParseResult {
  const parsed = parseYaml(file, text)
  if (parsed.value === undefined) return { problems: parsed.problems }
  const packages = isRecord(parsed.value) ? parsed.value.packages : undefined
  if (packages !== undefined && !Array.isArray(packages)) {
    return {
      problems: [...parsed.problems, { file, message: '"packages" must be a list of globs' }],
    }
  }
  const workspaces = (packages ?? []).filter(
    (g): g is string => typeof g === 'string' && g.length > 0 && g.length < 500,
  )
  return {
    manifest: {
      file,
      kind: 'pnpm-workspace.yaml',
      dependencies: [],
      ...(workspaces.length ? { workspaces } : {}),
    },
    problems: parsed.problems,
  }
}
