// One guarded way to read YAML: unique keys, a cap on aliases (no alias bombs), errors without content.

import { parseDocument, visit } from 'yaml'
import type { Problem } from '../../model.js'
import { positionOf, safeMessage } from './common.js'

const MAX_ALIASES = 100
const ALIAS_REFUSAL = `aliases expand too far (refused as a resource exhaustion risk)`

const FRIENDLY: Record<string, string> = {
  DUPLICATE_KEY: 'a key appears twice in the same mapping',
  BAD_INDENT: 'bad indentation',
  MISSING_CHAR: 'a closing bracket or quote is missing',
  BLOCK_AS_IMPLICIT_KEY: 'a block value is used as a key',
  MULTILINE_IMPLICIT_KEY: 'a key spans several lines',
  UNEXPECTED_TOKEN: 'unexpected token',
}

export function parseYaml(file: string, text: string): { value?: unknown; problems: Problem[] } {
  try {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true })
    const problems: Problem[] = doc.errors.map((error) => ({
      file,
      line: positionOf(text, error.pos[0]).line,
      message: `invalid YAML: ${FRIENDLY[error.code] ?? error.code.toLowerCase().replace(/_/g, ' ')}`,
    }))
    if (problems.length) return { problems }
    let aliases = 0
    visit(doc, {
      Alias() {
        aliases++
        if (aliases > MAX_ALIASES) return visit.BREAK
      },
    })
    if (aliases > MAX_ALIASES) {
      return {
        problems: [
          {
            file,
            message: `invalid YAML: more than ${MAX_ALIASES} aliases (refused as a resource exhaustion risk)`,
          },
        ],
      }
    }
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }), problems: [] }
  } catch (error) {
    return { problems: [{ file, message: `invalid YAML: ${yamlFailure(error)}` }] }
  }
}

function yamlFailure(error: unknown): string {
  if (error instanceof RangeError) return 'nested too deeply to read'
  const message = safeMessage(error)
  if (/alias/i.test(message)) return ALIAS_REFUSAL
  return message
}
