import { Jimp } from 'jimp'
import { writeFile } from 'node:fs/promises'

const SIZES = [
  { name: 'thumb', width: 160 },
  { name: 'card', width: 480 },
  { name: 'detail', width: 1200 },
  { name: 'zoom', width: 2400 },
]

// Jimp decodes, resizes and encodes in plain JavaScript, on the event loop of the request.
export async function renditions(buffer) {
  const results = []
  for (const size of SIZES) {
    const image = await Jimp.read(buffer)
    image.resize({ w: Math.min(size.width, image.bitmap.width) })
    image.convolute([
      [0, -1, 0],
      [-1, 5, -1],
      [0, -1, 0],
    ])
    const data = await image.getBuffer('image/jpeg', { quality: 82 })
    await writeFile(`/tmp/${size.name}-${Date.now()}.jpg`, data)
    results.push({ name: size.name, width: image.bitmap.width, height: image.bitmap.height })
  }
  const placeholder = (await Jimp.read(buffer)).resize({ w: 32 }).blur(8)
  results.push({ name: 'placeholder', width: placeholder.bitmap.width })
  return results
}
