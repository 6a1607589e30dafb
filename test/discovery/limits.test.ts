import { describe, expect, it } from 'vitest'
import { discoverFiles } from '../../src/scan/discovery.js'
import type { DirEntry, EntryStat } from '../../src/scan/file-source.js'
import { MemoryFileSource } from '../../src/scan/memory-source.js'

/** A memory source whose calls take a moment, counting how many are in flight at once. */
class SlowSource extends MemoryFileSource {
  inFlight = 0
  maxInFlight = 0
  listed: string[] = []
  private async slowly<T>(work: () => Promise<T>): Promise<T> {
    this.inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    try {
      await new Promise((resolve) => setTimeout(resolve, 1))
      return await work()
    } finally {
      this.inFlight--
    }
  }
  override listDir(dir: string): Promise<DirEntry[]> {
    this.listed.push(dir)
    return this.slowly(() => super.listDir(dir))
  }
  override stat(path: string): Promise<EntryStat | undefined> {
    return this.slowly(() => super.stat(path))
  }
}

function wideTree(directories: number, filesEach: number): Record<string, string> {
  const tree: Record<string, string> = {}
  for (let d = 0; d < directories; d++)
    for (let f = 0; f < filesEach; f++) tree[`svc${d}/src/handler${f}.py`] = 'def handle(): ...\n'
  return tree
}

describe('discoverFiles limits', () => {
  it('keeps at most 32 listing and stat calls in flight, yet runs them in parallel', async () => {
    const source = new SlowSource(wideTree(40, 25))
    const d = await discoverFiles(source, { maxFiles: 10_000 })
    expect(d.files).toHaveLength(1000)
    expect(source.maxInFlight).toBeLessThanOrEqual(32)
    expect(source.maxInFlight).toBeGreaterThan(8)
  })

  it('stops listing directories once the file limit is full', async () => {
    const tree = wideTree(60, 5)
    for (let i = 0; i < 30; i++) tree[`script${i}.py`] = ''
    const source = new SlowSource(tree)
    const d = await discoverFiles(source, { maxFiles: 20 })
    expect(d.files).toHaveLength(20)
    expect(d.partial?.limit).toBe('maxFiles')
    // 121 directories exist (root, 60 services, 60 src); the root's files fill the limit, so only
    // the directories started while those were being checked get listed.
    expect(source.listed.length).toBeLessThan(40)
  })

  it('stops at a deadline reached in the middle of the walk', async () => {
    let clock = 0
    const d = await discoverFiles(new MemoryFileSource(wideTree(20, 20)), {
      maxFiles: 10_000,
      // The clock is read once per directory (41 here: the root, 20 services, 20 src folders),
      // so the deadline falls while the src folders are being listed.
      deadline: 30,
      now: () => clock++,
    })
    expect(d.partial).toEqual({
      limit: 'timeoutMs',
      reason: 'stopped at the time limit while listing files',
    })
    expect(d.files.length).toBeGreaterThan(0)
    expect(d.files.length).toBeLessThan(400)
  })

  it('walks a directory of 20,000 entries, keeping only the files and the totals straight', async () => {
    const tree: Record<string, string> = {}
    for (let i = 0; i < 20_000; i++) tree[`data/row${String(i).padStart(5, '0')}.json`] = '{}'
    tree['data/big.min.js'] = ''
    const d = await discoverFiles(new MemoryFileSource(tree), {
      maxFiles: 50_000,
    })
    expect(d.files).toHaveLength(20_000)
    expect(d.files[0]).toBe('data/row00000.json')
    expect(d.files.at(-1)).toBe('data/row19999.json')
    expect(d.skipped).toEqual([
      { path: 'data/big.min.js', reason: 'minified', detail: '*.min.js: minified JavaScript' },
    ])
  })
})
