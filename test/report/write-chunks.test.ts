import { closeSync, openSync } from 'node:fs'
import { mkdtemp, open, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeChunks, writeChunksSync } from '../../src/report/write-chunks.js'

describe.each(['async', 'sync'] as const)('writeChunks (%s)', (how) => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-chunks-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  const written = async (chunks: Iterable<string>): Promise<string> => {
    const path = nodePath.join(dir, `out-${how}.txt`)
    if (how === 'sync') {
      const fd = openSync(path, 'w')
      try {
        writeChunksSync(fd, chunks)
      } finally {
        closeSync(fd)
      }
      return readFile(path, 'utf8')
    }
    const handle = await open(path, 'w')
    try {
      await writeChunks(handle, chunks)
    } finally {
      await handle.close()
    }
    return readFile(path, 'utf8')
  }

  it('writes many pieces, multi-byte characters included, in order and whole', async () => {
    const pieces = Array.from({ length: 5000 }, (_, i) => `${i}: ünïcødé ✓ ${'x'.repeat(i % 97)}\n`)
    expect(await written(pieces)).toBe(pieces.join(''))
  })

  it('writes one large piece and an empty text', async () => {
    const big = 'é'.repeat(300_000)
    expect(await written([big])).toBe(big)
    expect(await written([])).toBe('')
  })
})
