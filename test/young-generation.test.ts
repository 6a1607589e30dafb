// The main thread's young generation stops growing at the cap (the Node flag itself is V8's; what is
// tested here is when Stack Fit sets it).
import { getHeapSpaceStatistics } from 'node:v8'
import { describe, expect, it } from 'vitest'
import {
  YOUNG_GENERATION_CAP_BYTES,
  capYoungGeneration,
  youngGenerationCapped,
} from '../src/young-generation.js'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('capYoungGeneration', () => {
  it('leaves a young generation below the cap alone, and stops one at the cap', async () => {
    const newSpace = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!
    expect(YOUNG_GENERATION_CAP_BYTES).toBe(16 * 1024 * 1024)
    capYoungGeneration(newSpace.space_size + 1024 * 1024 * 1024)
    expect(youngGenerationCapped()).toBe(false)
    // At most one look every 20 ms: a second call at once does not look.
    capYoungGeneration(0)
    expect(youngGenerationCapped()).toBe(false)
    await pause(25)
    capYoungGeneration(0)
    expect(youngGenerationCapped()).toBe(true)
  })
})
