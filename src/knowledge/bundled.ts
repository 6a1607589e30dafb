// The knowledge shipped with Stack Fit, from the compiled module and without any schema library, so a
// scan worker (and a run without organisation guidance) loads no more than it needs.
import { type CompiledKnowledge, type Knowledge, assembleKnowledge } from './assemble.js'
import compiledJson from './compiled.json' with { type: 'json' }

export function compiledKnowledge(): CompiledKnowledge {
  return compiledJson as CompiledKnowledge
}

let bundled: Knowledge | undefined

/** Built once per thread. */
export function bundledKnowledge(): Knowledge {
  bundled ??= assembleKnowledge(compiledKnowledge())
  return bundled
}
