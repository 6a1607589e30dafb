// Reads one source file and keeps what the signals need: catalogued imports and code-pattern hits.
// The same function runs on the main thread and in scan workers, so both give the same facts.
import type { Knowledge } from '../knowledge/load.js'
import { type FileSource, FileTooLargeError, type ReadOptions } from '../scan/file-source.js'
import { decodeText } from '../scan/text.js'
import type { SourceLanguage } from './languages.js'
import { resolveImport } from './signals.js'
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

/** A file's head as text, or why it could not be had. */
export type ReadText =
  | {
      kind: 'text'
      text: string
      bytes: number
      /** The UTF-8 bytes the text came from, when it was UTF-8 (they may be the read buffer). */
      utf8?: Uint8Array
    }
  | { kind: 'binary'; bytes: number }
  | { kind: 'too-large'; detail: string }
  | { kind: 'error'; message: string }

export type Unread = Exclude<ReadText, { kind: 'text' }>

export type ScanOutcome =
  | {
      kind: 'facts'
      bytes: number
      imports: ModuleRef[]
      patterns: PatternHit[]
      /** Set when a notebook could not be read as one; its facts are then empty. */
      problem?: string
    }
  | Unread

/** Reads at most `maxBytes` of a file and decodes them. Never throws: failures are results. */
export async function readText(
  source: FileSource,
  path: string,
  maxBytes: number,
  options: ReadOptions,
): Promise<ReadText> {
  let bytes: Uint8Array
  try {
    bytes = await source.read(path, maxBytes, options)
  } catch (err) {
    if (err instanceof FileTooLargeError) return { kind: 'too-large', detail: err.message }
    return { kind: 'error', message: `could not be read: ${errorCode(err)}` }
  }
  const decoded = decodeText(bytes)
  if (!decoded.ok) return { kind: 'binary', bytes: bytes.byteLength }
  return decoded.utf8
    ? { kind: 'text', text: decoded.text, bytes: bytes.byteLength, utf8: decoded.utf8 }
    : { kind: 'text', text: decoded.text, bytes: bytes.byteLength }
}

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
  const read = await readText(source, job.path, job.cap, { maxSize: job.maxSize, scratch })
  if (read.kind !== 'text') return read
  let text = read.text
  // The pass over the file reads its bytes when they line up with the text (scanSource checks).
  let utf8 = read.utf8
  let problem: string | undefined
  if (job.notebook) {
    utf8 = undefined
    const code = notebookCode(text)
    if ('error' in code) {
      problem = code.error
      text = ''
    } else text = code.code
  }
  const facts = scanSource(text, job.language, knowledge.patterns, utf8)
  return {
    kind: 'facts',
    bytes: read.bytes,
    // Only catalogued imports can become signals; keeping the rest would grow with the repository.
    imports: facts.imports.flatMap((ref) => {
      const resolved = resolveImport(knowledge, job.language, ref)
      return resolved ? [{ module: detachedCopy(resolved.module), line: ref.line }] : []
    }),
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
  let copy = detachedCopies.get(text)
  if (copy === undefined) {
    copy = Buffer.from(text, 'utf8').toString('utf8')
    // Keyed by the copy itself: a key cut from the text would keep the text alive.
    detachedCopies.set(copy, copy)
  }
  return copy
}

/** Catalogued module names already copied: files import the same few names again and again. */
const detachedCopies = new Map<string, string>()
