import sharp from 'sharp'
import Jimp from 'jimp'
import ffmpeg from 'fluent-ffmpeg'

const WIDTHS = [128, 256, 512, 1024, 2048]

export async function thumbnails(input) {
  const image = sharp(input, { limitInputPixels: 268402689 }).rotate()
  const meta = await image.metadata()
  return Promise.all(
    WIDTHS.filter((w) => w <= (meta.width ?? 0)).map((width) =>
      image.clone().resize({ width }).avif({ quality: 55, effort: 6 }).toBuffer(),
    ),
  )
}

// Contact sheets are composed pixel by pixel on the main thread.
export async function contactSheet(paths, columns = 6, cell = 200) {
  const rows = Math.ceil(paths.length / columns)
  const sheet = new Jimp(columns * cell, rows * cell, 0xffffffff)
  for (const [i, path] of paths.entries()) {
    const img = await Jimp.read(path)
    img.cover(cell, cell).greyscale().contrast(0.1)
    sheet.composite(img, (i % columns) * cell, Math.floor(i / columns) * cell)
  }
  sheet.scan(0, 0, sheet.bitmap.width, sheet.bitmap.height, function (x, y, idx) {
    const v = this.bitmap.data[idx]
    this.bitmap.data[idx] = this.bitmap.data[idx + 1] = this.bitmap.data[idx + 2] = v > 250 ? 255 : v
  })
  return sheet.getBufferAsync(Jimp.MIME_JPEG)
}

export function gifPreview(video, output) {
  return new Promise((resolve, reject) => {
    ffmpeg(video)
      .outputOptions(['-vf', 'fps=8,scale=320:-1:flags=lanczos', '-t', '6'])
      .on('end', resolve)
      .on('error', reject)
      .save(output)
  })
}
