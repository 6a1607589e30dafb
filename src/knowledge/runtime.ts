// The knowledge a run uses. Without organisation guidance it is the bundled, precompiled knowledge and
// no schema is loaded; guidance is validated by knowledge/load.ts, imported (with zod) only then.
import type { Knowledge } from './assemble.js'
import { bundledKnowledge } from './bundled.js'

export async function knowledgeFor(extraGuidance?: unknown): Promise<Knowledge> {
  if (extraGuidance === undefined) return bundledKnowledge()
  return (await import('./load.js')).loadKnowledge(extraGuidance)
}
