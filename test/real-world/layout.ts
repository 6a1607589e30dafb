// `npm run eval:layout -- MIRROR_DIR CORPUS_DIR [--half a,b] [--missing FILE]`: lays out every
// labeled repository whose fetched snapshot sits in MIRROR_DIR (as `owner+name/repo`, the way the
// fetch tool leaves it) as a work tree of the labeled commit in CORPUS_DIR/owner__name, through
// checkout.sh. A tree already at that commit is left alone. The labels whose snapshot is missing are
// counted per set and, with --missing, written one `owner/name` a line, held-out sets first, so a
// session with a limited number of fetches knows what to fetch next. Nothing of a repository is run.
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, promisify } from 'node:util'
import { HALVES, type Label, corpusDirName, loadLabels } from './eval.js'

const HERE = fileURLToPath(new URL('.', import.meta.url))
const run = promisify(execFile)

/** Where the fetch tool put a repository's git directory, if it did. */
export function snapshotOf(mirror: string, repo: string): string | undefined {
  const base = join(mirror, repo.replace('/', '+'), 'repo')
  for (const dir of [join(base, '.git'), base])
    if (existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'))) return dir
  return undefined
}

/** Sets in the order to fetch them: the newest held-out set first, then the others newest first. */
export function fetchOrder(labels: readonly Label[]): Label[] {
  const rank = (l: Label) => -HALVES.indexOf(l.half)
  return [...labels].sort((a, b) => rank(a) - rank(b) || a.repo.localeCompare(b.repo))
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { half: { type: 'string' }, missing: { type: 'string' } },
  })
  const [mirror, corpus] = positionals
  if (!mirror || !corpus) {
    console.error(
      'usage: npm run eval:layout -- MIRROR_DIR CORPUS_DIR [--half a,b] [--missing FILE]',
    )
    process.exit(2)
  }
  const halves = values.half?.split(',')
  const labels = loadLabels().filter((l) => !halves || halves.includes(l.half))
  const counts = { laidOut: 0, already: 0, failed: 0 }
  const missing: Label[] = []
  for (const label of labels) {
    const snapshot = snapshotOf(mirror, label.repo)
    if (!snapshot) {
      missing.push(label)
      continue
    }
    const dest = join(corpus, corpusDirName(label.repo))
    const marker = join(dest, '.git', 'stack-fit-commit')
    if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === label.commit) {
      counts.already++
      continue
    }
    try {
      await run('bash', [join(HERE, 'checkout.sh'), snapshot, dest, label.commit])
      writeFileSync(marker, `${label.commit}\n`)
      counts.laidOut++
    } catch (err) {
      counts.failed++
      console.error(`${label.repo}: ${(err as Error).message.split('\n')[0]}`)
    }
  }
  const bySet = new Map<string, number>()
  for (const l of missing) bySet.set(l.half, (bySet.get(l.half) ?? 0) + 1)
  console.log(
    `${counts.laidOut} laid out, ${counts.already} already there, ${counts.failed} failed, ` +
      `${missing.length} without a snapshot in ${mirror}` +
      (missing.length ? ` (${[...bySet].map(([h, n]) => `${h} ${n}`).join(', ')})` : ''),
  )
  if (values.missing)
    writeFileSync(
      values.missing,
      fetchOrder(missing)
        .map((l) => `${l.repo}\n`)
        .join(''),
    )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(2)
  })
}
