// Caps the main thread's young generation, the largest share of a large scan's memory on Node 24.
import type * as V8 from 'node:v8'

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
/** node:v8, loaded only once the heap is large enough to matter (never on a small run). */
let v8: typeof V8 | undefined

/** True once the growth factor is 1. */
export function youngGenerationCapped(): boolean {
  return capped
}

/** node:v8 without a static import, which would load it (and perf_hooks) on every start. */
function loadV8(): typeof V8 | undefined {
  // Node 20.16 and later; an older Node 20 loads it on the timer instead (watchYoungGeneration).
  v8 ??= process.getBuiltinModule?.('node:v8')
  return v8
}

/**
 * Stops the young generation's growth once it reaches the cap. Cheap enough for a loop: it looks
 * at the heap at most every 20 ms, and at the new space only once the whole heap is that large.
 * Long synchronous stretches (discovery walks with synchronous reads) call it themselves; a timer
 * started by watchYoungGeneration covers the rest.
 */
export function capYoungGeneration(cap = YOUNG_GENERATION_CAP_BYTES): void {
  if (capped) return
  const now = Date.now()
  if (now < nextCheck) return
  nextCheck = now + CHECK_INTERVAL_MS
  // The new space is part of the heap: below the cap in all, it is below the cap.
  if (process.memoryUsage().heapTotal < cap) return
  const heap = loadV8()
  if (!heap) return
  const newSpace = heap.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')
  if (!newSpace || newSpace.space_size < cap) return
  capped = true
  try {
    heap.setFlagsFromString('--semi-space-growth-factor=1')
  } catch {
    // A Node without the flag grows as it always did.
  }
}

/** Checks the young generation on a timer that never keeps the process alive. */
export function watchYoungGeneration(): void {
  let importing = false
  const timer = setInterval(() => {
    if (!importing && !process.getBuiltinModule) {
      importing = true
      void import('node:v8').then((loaded) => (v8 ??= loaded))
    }
    capYoungGeneration()
    if (capped) clearInterval(timer)
  }, CHECK_INTERVAL_MS)
  timer.unref()
}
