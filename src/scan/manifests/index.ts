// Which files are manifests, and the parser for each kind. Parsers are pure and never throw.

import type { ManifestKind, ManifestParseResult } from '../../model.js'
import { basenameOf, dirnameOf } from '../file-source.js'
import { parseDockerfile } from './dockerfile.js'
import { parseEnvironmentYml } from './environment-yml.js'
import { parsePackageJson } from './package-json.js'
import { parsePipfile } from './pipfile.js'
import { parsePnpmWorkspace } from './pnpm-workspace.js'
import { parseProcfile } from './procfile.js'
import { parsePyproject } from './pyproject.js'
import { parseRequirements } from './requirements.js'
import { parseSetupCfg } from './setup-cfg.js'
import { parseSetupPy } from './setup-py.js'

const BY_NAME: Record<string, ManifestKind> = {
  'package.json': 'package.json',
  'pnpm-workspace.yaml': 'pnpm-workspace.yaml',
  'pyproject.toml': 'pyproject.toml',
  Pipfile: 'Pipfile',
  'setup.cfg': 'setup.cfg',
  'setup.py': 'setup.py',
  'environment.yml': 'environment.yml',
  'environment.yaml': 'environment.yml',
  'conda.yml': 'environment.yml',
  'conda.yaml': 'environment.yml',
  Dockerfile: 'Dockerfile',
  Containerfile: 'Dockerfile',
  Procfile: 'Procfile',
}

const PARSERS: Record<ManifestKind, (file: string, text: string) => ManifestParseResult> = {
  'package.json': parsePackageJson,
  'pnpm-workspace.yaml': parsePnpmWorkspace,
  'requirements.txt': parseRequirements,
  'pyproject.toml': parsePyproject,
  Pipfile: parsePipfile,
  'setup.cfg': parseSetupCfg,
  'setup.py': parseSetupPy,
  'environment.yml': parseEnvironmentYml,
  Dockerfile: parseDockerfile,
  Procfile: parseProcfile,
}

/** `dockerfile.ts` is code about Dockerfiles, not a Dockerfile (`Dockerfile.dev`, `Dockerfile.prod` are). */
const SOURCE_EXTENSION = /\.(?:[cm]?[jt]sx?|py|md|txt|json|ya?ml|go|rs|rb|sh|snap|test\.[jt]s)$/i

export function manifestKindOf(path: string): ManifestKind | undefined {
  const name = basenameOf(path)
  if (Object.hasOwn(BY_NAME, name)) return BY_NAME[name]
  if (/^requirements[\w.-]*\.(txt|in)$/i.test(name) || /^[\w.-]*-requirements\.txt$/i.test(name))
    return 'requirements.txt'
  if (name.endsWith('.txt') && basenameOf(dirnameOf(path)).toLowerCase() === 'requirements')
    return 'requirements.txt'
  if (/\.dockerignore$/i.test(name)) return undefined
  if (/^(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?$/i.test(name) && !SOURCE_EXTENSION.test(name))
    return 'Dockerfile'
  if (/^[\w.-]+\.Dockerfile$/i.test(name)) return 'Dockerfile'
  return undefined
}

/** Parses one manifest; a parser bug becomes a problem for the file, never an exception. */
export function parseManifest(file: string, kind: ManifestKind, text: string): ManifestParseResult {
  try {
    return PARSERS[kind](file, text)
  } catch (error) {
    const reason = error instanceof RangeError ? 'nested too deeply to read' : 'could not be read'
    return { problems: [{ file, message: `${kind} ${reason}` }] }
  }
}
