// Caps the main thread's young generation, the largest share of a large scan's memory on Node 24.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'

/**
 * V8 doubles the young generation whenever many young objects survive a scavenge, as they do while
 * discovery lists the files, while a scan collects their facts and while the report is built: on
 * Node 24 it reached 134 MB of a 280 MB peak at 200,000 files. Started with
 * --max-semi-space-size=8 the same scan peaked at 176 MB and ran faster (0.82x), but an Action or
 * a command cannot pass Node flags, and V8 reads that maximum only when the heap is set up. It
 * reads the growth factor each time it would grow, though: once the new space reaches this size
 * (two 8 MB semi-spaces), a factor of 1 stops it there.
 */
export const YOUNG_GENERATION_CAP_BYTES = 16 * 1024 * 1024

/** Between two looks at the heap: a look costs microseconds, a doubling takes many scavenges. */
const CHECK_INTERVAL_MS = 20

let capped = false
let nextCheck = 0

/** True once the growth factor is 1. */
export function youngGenerationCapped(): boolean {
  return capped
}

/**
 * Stops the young generation's growth once it reaches the cap. Cheap enough for a loop: it looks
 * at the heap at most every 20 ms. Long synchronous stretches (discovery walks with synchronous
 * reads) call it themselves; a timer started by watchYoungGeneration covers the rest.
 */
export function capYoungGeneration(cap = YOUNG_GENERATION_CAP_BYTES): void {
  if (capped) return
  const now = performance.now()
  if (now < nextCheck) return
  nextCheck = now + CHECK_INTERVAL_MS
  const newSpace = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')
  if (!newSpace || newSpace.space_size < cap) return
  capped = true
  try {
    setFlagsFromString('--semi-space-growth-factor=1')
  } catch {
    // A Node without the flag grows as it always did.
  }
}

/** Checks the young generation on a timer that never keeps the process alive. */
export function watchYoungGeneration(): void {
  const timer = setInterval(() => {
    capYoungGeneration()
    if (capped) clearInterval(timer)
  }, CHECK_INTERVAL_MS)
  timer.unref()
}
