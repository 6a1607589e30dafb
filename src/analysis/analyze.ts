// The whole analysis: file source in, Report out. The CLI and the Action both call this.
import type { FileSource } from '../scan/file-source.js'
import type { Report, ScanLimits, StackDetection } from '../model.js'

export const DEFAULT_LIMITS: ScanLimits = {
  maxFiles: 500_000,
  maxBytes: 2 * 1024 ** 3,
  maxFileSize: 1024 * 1024,
  timeoutMs: 5 * 60_000,
}

/** A component the user declares or re-labels through the config file. */
export interface ComponentOverride {
  /** Repository-relative directory. */
  path: string
  name?: string
  /** Forces the stack instead of detecting it. */
  stack?: StackDetection['stack']
}

export interface AcceptedDecision {
  /** Component path ('' or '.' for the root) or name. */
  component: string
  reason: string
}

export interface AnalyzeOptions {
  limits?: Partial<ScanLimits>
  /** Extra globs to skip, relative to the root (the `ignore` input and config). */
  ignore?: string[]
  overrides?: ComponentOverride[]
  /** Organisation guidance, same shape as knowledge/guidance.json; validated and merged over the base. */
  extraGuidance?: unknown
  accepted?: AcceptedDecision[]
  /** Shown as Report.root; defaults to the source's description. */
  rootLabel?: string
}

export async function analyzeRepository(
  _source: FileSource,
  _options: AnalyzeOptions = {},
): Promise<Report> {
  throw new Error('not implemented yet')
}
