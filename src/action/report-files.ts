// Writes the JSON and SARIF reports. Their paths may come from the repository's config file, so
// they must stay inside the workspace (outside .git) or RUNNER_TEMP, and links are never followed.
import { constants, promises as fs } from 'node:fs'
import * as nodePath from 'node:path'
import { ConfigError } from '../config/settings.js'
import { writeChunks } from '../report/write-chunks.js'

export interface OutputRoots {
  workspace: string
  runnerTemp: string
}

function isInside(root: string, path: string): boolean {
  const relative = nodePath.relative(root, path)
  return relative === '' || (!relative.startsWith('..') && !nodePath.isAbsolute(relative))
}

/** Absolute path for a `*-file` setting; relative values are taken from the workspace. */
export function resolveOutputPath(key: string, value: string, roots: OutputRoots): string {
  const absolute = nodePath.resolve(roots.workspace, value)
  const inWorkspace = isInside(roots.workspace, absolute)
  const inTemp = isInside(roots.runnerTemp, absolute)
  if (absolute === roots.workspace || absolute === roots.runnerTemp || (!inWorkspace && !inTemp)) {
    throw new ConfigError(
      `Invalid '${key}': ${value} must name a file inside the workspace or RUNNER_TEMP`,
    )
  }
  if (
    inWorkspace &&
    nodePath.relative(roots.workspace, absolute).split(nodePath.sep).includes('.git')
  ) {
    throw new ConfigError(`Invalid '${key}': ${value} is inside .git`)
  }
  return absolute
}

/** Creates or replaces the file; refuses when the file or a parent directory is a link leading elsewhere. */
export async function writeOutputFile(
  path: string,
  text: string | Iterable<string>,
  roots: OutputRoots,
): Promise<void> {
  const dir = nodePath.dirname(path)
  await fs.mkdir(dir, { recursive: true })
  const realDir = await fs.realpath(dir)
  const realRoots = await Promise.all(
    [roots.workspace, roots.runnerTemp].map((root) => fs.realpath(root).catch(() => root)),
  )
  if (!realRoots.some((root) => isInside(root, realDir))) {
    throw new Error(`refusing to write ${path}: its directory leads outside the workspace`)
  }
  const handle = await fs.open(
    nodePath.join(realDir, nodePath.basename(path)),
    constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
    0o644,
  )
  try {
    await writeChunks(handle, typeof text === 'string' ? [text] : text)
  } finally {
    await handle.close()
  }
}
