import { readFile } from 'node:fs/promises'
import loader from '@assemblyscript/loader'

let instance

export async function loadFilters() {
  if (instance) return instance
  const bytes = await readFile(new URL('../build/filters.wasm', import.meta.url))
  const memory = new WebAssembly.Memory({ initial: 256, maximum: 4096 })
  const module = await WebAssembly.compile(bytes)
  instance = await loader.instantiate(module, { env: { memory } })
  return instance
}

export async function applyBlur(png, radius) {
  const { exports } = await loadFilters()
  const size = png.data.length
  const src = exports.__pin(exports.__new(size, 0))
  const dst = exports.__pin(exports.__new(size, 0))
  new Uint8Array(exports.memory.buffer, src, size).set(png.data)
  exports.boxBlur(src, dst, png.width, png.height, radius)
  png.data.set(new Uint8Array(exports.memory.buffer, dst, size))
  exports.__unpin(src)
  exports.__unpin(dst)
  return png
}
