// Reads one source file and keeps what the signals need: catalogued imports and code-pattern hits.
// The same function runs on the main thread and in scan workers, so both give the same facts.
import type { Knowledge } from '../knowledge/load.js'
import { type FileSource, FileTooLargeError } from '../scan/file-source.js'
import { decodeText } from '../scan/text.js'
import type { SourceLanguage } from './languages.js'
import { knownImport } from './signals.js'
import { type ModuleRef, type PatternHit, notebookCode, scanSource } from './source-scan.js'

/** Imports sit at the top and the patterns Stack Fit looks for are set-up code: the head is enough. */
export const SOURCE_READ_BYTES = 64 * 1024

export interface ScanJob {
  path: string
  language: SourceLanguage
  notebook: boolean
  /** Bytes to read from the start of the file (already within the byte budget). */
  cap: number
  /** Files larger than this are skipped unread. */
  maxSize: number
}

export type ScanOutcome =
  | {
      kind: 'facts'
      bytes: number
      imports: ModuleRef[]
      patterns: PatternHit[]
      /** Set when a notebook could not be read as one; its facts are then empty. */
      problem?: string
    }
  | { kind: 'binary'; bytes: number }
  | { kind: 'too-large'; detail: string }
  | { kind: 'error'; message: string }

/**
 * Scans one file. `scratch` is a buffer the read may reuse: the caller owns it, and no other read
 * may use it until this call has returned (the text is decoded out of it before that).
 */
export async function scanFile(
  source: FileSource,
  job: ScanJob,
  knowledge: Knowledge,
  scratch?: Uint8Array,
): Promise<ScanOutcome> {
  let bytes: Uint8Array
  try {
    bytes = await source.read(job.path, job.cap, { maxSize: job.maxSize, scratch })
  } catch (err) {
    if (err instanceof FileTooLargeError) return { kind: 'too-large', detail: err.message }
    return { kind: 'error', message: `could not be read: ${errorCode(err)}` }
  }
  const decoded = decodeText(bytes)
  if (!decoded.ok) return { kind: 'binary', bytes: bytes.byteLength }
  let text = decoded.text
  let problem: string | undefined
  if (job.notebook) {
    const code = notebookCode(text)
    if ('error' in code) {
      problem = code.error
      text = ''
    } else text = code.code
  }
  const facts = scanSource(text, job.language, knowledge.patterns)
  return {
    kind: 'facts',
    bytes: bytes.byteLength,
    // Only catalogued imports can become signals; keeping the rest would grow with the repository.
    imports: facts.imports
      .filter((ref) => knownImport(knowledge, job.language, ref.module))
      .map((ref) => ({ ...ref, module: detachedCopy(ref.module) })),
    patterns: facts.patterns,
    ...(problem ? { problem } : {}),
  }
}

/** A read buffer for one scanning loop: large enough for the head of any source file. */
export function scanScratch(): Uint8Array {
  return Buffer.allocUnsafe(SOURCE_READ_BYTES)
}

export function errorCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  if (code) return code
  return err instanceof Error ? err.name : 'unknown error'
}

/**
 * A copy of a string cut from a file's text. V8 keeps a substring as a slice of its parent, so a
 * kept module name would otherwise hold the whole 64 KiB head of every file in memory.
 */
function detachedCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8')
}
