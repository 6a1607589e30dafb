// V8's compiled code of the bundle, kept between runs by Node 22.1 and later.
import * as nodeModule from 'node:module'

/**
 * Turns on Node's compile cache (module.enableCompileCache, in the system's temporary directory),
 * so a later run skips parsing and compiling the bundle; Node 20 has none and loads as before.
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off. A cache that cannot be written only costs the saving.
 */
export function enableCompileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache
  try {
    enable?.()
  } catch {
    // Never a reason to fail a run.
  }
}
