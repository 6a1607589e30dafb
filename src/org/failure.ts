// What stands in for a report when a repository could not be scanned: the organisation workflow
// writes one per repository it could not list, clone or scan, and `aggregate` reads them.

export const FAILURE_KIND = 'stack-fit-scan-failure'

export interface ScanFailureRecord {
  kind: typeof FAILURE_KIND
  /** `owner/name`. */
  repository: string
  /** Why, in one line: an HTTP status, git's last line of error, the CLI's message. */
  error: string
}

export function failureRecord(repository: string, error: string): ScanFailureRecord {
  return { kind: FAILURE_KIND, repository, error: error.split('\n', 1)[0] ?? '' }
}

/** A file name for a repository's report or failure record: `owner__name.json`. */
export function reportFileName(repository: string): string {
  return `${repository.replace(/[^A-Za-z0-9._-]/g, '__')}.json`
}
