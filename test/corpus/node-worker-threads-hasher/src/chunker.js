// Rolling-hash content-defined chunking (buzhash); runs inside worker threads.
const WINDOW = 48
const MASK = (1 << 13) - 1
const TABLE = Uint32Array.from({ length: 256 }, (_, i) => (Math.imul(i + 1, 2654435761) >>> 0))

export function chunkBoundaries(bytes, minSize = 2048, maxSize = 65536) {
  const boundaries = []
  let start = 0
  let hash = 0
  for (let i = 0; i < bytes.length; i++) {
    hash = ((hash << 1) | (hash >>> 31)) ^ TABLE[bytes[i]]
    if (i - start >= WINDOW) {
      const out = TABLE[bytes[i - WINDOW]]
      hash ^= (out << WINDOW % 32) | (out >>> (32 - (WINDOW % 32)))
    }
    const size = i - start + 1
    if ((size >= minSize && (hash & MASK) === 0) || size >= maxSize) {
      boundaries.push(i + 1)
      start = i + 1
      hash = 0
    }
  }
  if (start < bytes.length) boundaries.push(bytes.length)
  return boundaries
}
