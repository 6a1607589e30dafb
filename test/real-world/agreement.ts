// `npx tsx test/real-world/agreement.ts`: how far two independent readings of the same repositories
// agree. second-reading.json holds a second labeler's reading of blind15's 63 repositories (main
// component at the same path, labeled without seeing the first labels or the tool). A reading's
// best answer is its first stack, workload and verdict; it is accepted by the other reading when
// that label lists all three. This bounds what strict accuracy against one reading can mean.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { loadLabels, secondReadingSchema } from './eval.js'

type Reading = Pick<z.infer<typeof secondReadingSchema>[number], 'repo' | 'main'>

export interface Agreement {
  repositories: number
  /** The second reading's best answer is one the first label accepts. */
  secondAcceptedByFirst: number
  /** The first label's best answer is one the second reading accepts. */
  firstAcceptedBySecond: number
  /** Some answer (stack, workload and verdict) is acceptable to both. */
  someCommonAnswer: number
  /** Repositories where the two readings share no acceptable answer. */
  disagreements: string[]
}

function accepts(label: Reading['main'], answer: Reading['main']): boolean {
  return (
    label.stack === answer.stack &&
    label.workloads.includes(answer.workloads[0]!) &&
    label.verdicts.includes(answer.verdicts[0]!)
  )
}

export function agreement(first: readonly Reading[], second: readonly Reading[]): Agreement {
  const byRepo = new Map(first.map((l) => [l.repo, l.main]))
  const result: Agreement = {
    repositories: 0,
    secondAcceptedByFirst: 0,
    firstAcceptedBySecond: 0,
    someCommonAnswer: 0,
    disagreements: [],
  }
  for (const { repo, main: b } of second) {
    const a = byRepo.get(repo)
    if (!a) continue
    result.repositories++
    if (accepts(a, b)) result.secondAcceptedByFirst++
    if (accepts(b, a)) result.firstAcceptedBySecond++
    const common =
      a.stack === b.stack &&
      a.workloads.some((w) => b.workloads.includes(w)) &&
      a.verdicts.some((v) => b.verdicts.includes(v))
    if (common) result.someCommonAnswer++
    else result.disagreements.push(repo)
  }
  return result
}

export function loadSecondReading(
  file = join(dirname(fileURLToPath(import.meta.url)), 'second-reading.json'),
) {
  return secondReadingSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const a = agreement(loadLabels(), loadSecondReading())
  const pct = (n: number) => `${n}/${a.repositories} (${((100 * n) / a.repositories).toFixed(1)}%)`
  console.log(
    `second reading's best answer accepted by the first label: ${pct(a.secondAcceptedByFirst)}`,
  )
  console.log(
    `first label's best answer accepted by the second reading: ${pct(a.firstAcceptedBySecond)}`,
  )
  console.log(
    `some answer acceptable to both:                           ${pct(a.someCommonAnswer)}`,
  )
  for (const repo of a.disagreements) console.log(`  no common answer: ${repo}`)
}
