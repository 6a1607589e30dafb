// Reads every input of action.yml once and hands the raw strings to the pure config module.
import * as core from './runner.js'
import type { LoadedSettings, RawInputs } from '../config/load.js'
import { INPUT_KEYS, type InputKey, loadSettings } from '../config/settings.js'
import type { FileSource } from '../scan/file-source.js'

export function readRawInputs(): RawInputs {
  const raw: RawInputs = {}
  for (const key of INPUT_KEYS as readonly InputKey[]) raw[key] = core.getInput(key)
  return raw
}

/** Settings from the inputs merged over the config file found in the workspace. */
export async function getInputs(workspace: FileSource): Promise<LoadedSettings> {
  const raw = readRawInputs()
  if (raw['github-token']) core.setSecret(raw['github-token'])
  return loadSettings(raw, workspace)
}
