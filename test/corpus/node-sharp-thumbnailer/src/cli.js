#!/usr/bin/env node
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import pLimit from 'p-limit'
import { thumbnails } from './thumbnails.js'

const [dir = '.', out = 'thumbs'] = process.argv.slice(2)
const limit = pLimit(4)
const files = (await readdir(dir)).filter((f) => /\.(jpe?g|png|tiff?)$/i.test(f))
await Promise.all(
  files.map((f) =>
    limit(async () => {
      const outputs = await thumbnails(await readFile(join(dir, f)))
      await Promise.all(outputs.map((b, i) => writeFile(join(out, `${f}.${i}.avif`), b)))
    }),
  ),
)
console.log(`thumbnailed ${files.length} images`)
