// Repositories into a job matrix within GitHub's limit: at most 256 jobs a matrix, so several
// repositories share a job when there are more, spread as evenly as the count allows.

/** GitHub's limit on the jobs one matrix may generate. */
export const MAX_MATRIX_JOBS = 256

export interface MatrixEntry {
  /** 1-based; names the job and its artifact. */
  batch: number
  repositories: string[]
}

/** The shape `strategy.matrix` takes through `fromJSON`. */
export interface JobMatrix {
  include: MatrixEntry[]
}

export interface BatchOptions {
  /** At most this many jobs (1..256). */
  maxJobs?: number
  /** At least this many repositories a job, to spare the per-job set-up time on small repositories. */
  perJob?: number
}

export function batchRepositories(
  repositories: readonly string[],
  options: BatchOptions = {},
): JobMatrix {
  const maxJobs = options.maxJobs ?? MAX_MATRIX_JOBS
  const perJob = options.perJob ?? 1
  if (!Number.isInteger(maxJobs) || maxJobs < 1 || maxJobs > MAX_MATRIX_JOBS)
    throw new RangeError(`at most 1 to ${MAX_MATRIX_JOBS} jobs a matrix (got ${maxJobs})`)
  if (!Number.isInteger(perJob) || perJob < 1)
    throw new RangeError(`at least 1 repository a job (got ${perJob})`)
  const n = repositories.length
  if (n === 0) return { include: [] }
  const size = Math.max(perJob, Math.ceil(n / maxJobs))
  const jobs = Math.ceil(n / size)
  // Even spread: the first `n % jobs` jobs take one more, so no job exceeds `size`.
  const base = Math.floor(n / jobs)
  const extra = n % jobs
  const include: MatrixEntry[] = []
  let start = 0
  for (let i = 0; i < jobs; i++) {
    const count = base + (i < extra ? 1 : 0)
    include.push({ batch: i + 1, repositories: repositories.slice(start, start + count) })
    start += count
  }
  return { include }
}
