// Writes src/knowledge/compiled.json from knowledge/*.json (run by `npm run build`); fails, naming
// every problem, when the knowledge is invalid. `--check` only says whether the file is current.
import { readFileSync, writeFileSync } from 'node:fs'
import * as nodePath from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = nodePath.resolve(nodePath.dirname(fileURLToPath(import.meta.url)), '..')
export const COMPILED_PATH = nodePath.join(ROOT, 'src', 'knowledge', 'compiled.json')
const EMPTY_COMPILED = `${JSON.stringify({
  sources: [],
  guidance: { rules: [], disagreements: [], mitigations: [] },
  signals: { npm: [], pypi: [] },
  patterns: [],
})}\n`

/**
 * The loader imports compiled.json, and the compiler imports the loader: a missing file, or one
 * left with merge-conflict markers, is replaced by an empty one so the compiler can load at all.
 */
function ensureLoadable(): void {
  try {
    JSON.parse(readFileSync(COMPILED_PATH, 'utf8'))
  } catch {
    writeFileSync(COMPILED_PATH, EMPTY_COMPILED)
  }
}

/** knowledge/*.json compiled and rendered as compiled.json should read. */
export async function compiledKnowledgeText(root = ROOT): Promise<string> {
  ensureLoadable()
  const { compileKnowledge, renderCompiledKnowledge } = await import('../src/knowledge/compile.js')
  const read = (name: string): unknown =>
    JSON.parse(readFileSync(nodePath.join(root, 'knowledge', `${name}.json`), 'utf8'))
  const files = {
    sources: read('sources'),
    guidance: read('guidance'),
    signals: read('signals'),
    patterns: read('patterns'),
  }
  return renderCompiledKnowledge(compileKnowledge(files))
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check')
  let current = ''
  try {
    current = readFileSync(COMPILED_PATH, 'utf8')
  } catch {
    // Missing: written below, or reported as stale by --check.
  }
  let text: string
  try {
    text = await compiledKnowledgeText()
  } catch (err) {
    if (!(err instanceof Error) || err.name !== 'KnowledgeError') throw err
    const problems = (err as Error & { problems: string[] }).problems
    console.error(`knowledge/ is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`)
    return 1
  }
  if (check) {
    if (current !== '' && current !== readFileSync(COMPILED_PATH, 'utf8'))
      writeFileSync(COMPILED_PATH, current)
    if (current === text) return 0
    console.error('src/knowledge/compiled.json is stale: run `npm run knowledge`')
    return 1
  }
  if (current !== text) writeFileSync(COMPILED_PATH, text)
  console.log(`src/knowledge/compiled.json ${current === text ? 'unchanged' : 'written'}`)
  return 0
}

if (process.argv[1] && nodePath.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2))
}
