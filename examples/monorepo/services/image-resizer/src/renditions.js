import sharp from 'sharp'
import { writeFile } from 'node:fs/promises'

const SIZES = [
  { name: 'thumb', width: 160 },
  { name: 'card', width: 480 },
  { name: 'detail', width: 1200 },
  { name: 'zoom', width: 2400 },
]

export async function renditions(buffer) {
  const results = []
  for (const size of SIZES) {
    const { data, info } = await sharp(buffer)
      .rotate()
      .resize({ width: size.width, withoutEnlargement: true })
      .sharpen()
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true })
    await writeFile(`/tmp/${size.name}-${Date.now()}.webp`, data)
    results.push({ name: size.name, info })
  }
  const blurred = await sharp(buffer).resize(32).blur(8).png().toBuffer({ resolveWithObject: true })
  results.push({ name: 'placeholder', info: blurred.info })
  return results
}
