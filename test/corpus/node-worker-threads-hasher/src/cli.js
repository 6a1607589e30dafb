#!/usr/bin/env node
import { mkdir, readFile, writeFile, access } from 'node:fs/promises'
import { join } from 'node:path'
import { ChunkPool } from './pool.js'

const [store, ...files] = process.argv.slice(2)
const pool = new ChunkPool()
let written = 0
let reused = 0
await mkdir(store, { recursive: true })
for (const file of files) {
  const { buffer } = await readFile(file)
  for (const chunk of await pool.chunk(buffer)) {
    const path = join(store, chunk.hash)
    try {
      await access(path)
      reused++
    } catch {
      await writeFile(path, chunk.data)
      written++
    }
  }
}
await pool.close()
console.log(`${written} new chunks, ${reused} already stored`)
