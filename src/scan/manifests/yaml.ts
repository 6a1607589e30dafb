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

/** Manifests in YAML are short; shapes like these only come from broken or hostile files. */
const MAX_LINE_CHARS = 2_000
const MAX_FLOW_DEPTH = 64
const MAX_ANCHORS = 100
const MAX_REPORTED_ERRORS = 5

/** Refuses, before parsing, input that would make the YAML parser slow. */
function refusal(text: string): string | undefined {
  let lineLength = 0
  let depth = 0
  let anchors = 0
  let previous = '\n'
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\n') lineLength = 0
    else if (++lineLength > MAX_LINE_CHARS)
      return `a line is longer than ${MAX_LINE_CHARS} characters`
    if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return 'nested too deeply to read'
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1)
    else if (c === '&' && /[\s[{,]/.test(previous) && ++anchors > MAX_ANCHORS) {
      return `more than ${MAX_ANCHORS} anchors (refused as a resource exhaustion risk)`
    }
    previous = c
  }
  return undefined
}

export function parseYaml(file: string, text: string): { value?: unknown; problems: Problem[] } {
  const refused = refusal(text)
  if (refused) return { problems: [{ file, message: `invalid YAML: ${refused}` }] }
  try {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true })
    const problems: Problem[] = doc.errors.slice(0, MAX_REPORTED_ERRORS).map((error) => ({
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
