// Filters work in place on RGBA pixels in linear memory.
export function grayscale(ptr: usize, len: i32): void {
  for (let i = 0; i < len; i += 4) {
    const r = load<u8>(ptr + i)
    const g = load<u8>(ptr + i + 1)
    const b = load<u8>(ptr + i + 2)
    const y = <u8>((r * 77 + g * 150 + b * 29) >> 8)
    store<u8>(ptr + i, y)
    store<u8>(ptr + i + 1, y)
    store<u8>(ptr + i + 2, y)
  }
}

export function boxBlur(src: usize, dst: usize, width: i32, height: i32, radius: i32): void {
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0, g = 0, b = 0, n = 0
      for (let dy = -radius; dy <= radius; dy++) {
        for (let dx = -radius; dx <= radius; dx++) {
          const sx = min(max(x + dx, 0), width - 1)
          const sy = min(max(y + dy, 0), height - 1)
          const p = src + ((sy * width + sx) << 2)
          r += load<u8>(p); g += load<u8>(p + 1); b += load<u8>(p + 2); n++
        }
      }
      const q = dst + ((y * width + x) << 2)
      store<u8>(q, <u8>(r / n)); store<u8>(q + 1, <u8>(g / n)); store<u8>(q + 2, <u8>(b / n)); store<u8>(q + 3, 255)
    }
  }
}
