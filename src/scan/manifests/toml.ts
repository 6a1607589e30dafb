// One guarded way to read TOML: errors name the line, never the text.

import { parse, TomlError } from 'smol-toml'
import type { Problem } from '../../model.js'
import { safeMessage } from './common.js'

export function parseToml(
  file: string,
  text: string,
): { value?: Record<string, unknown>; problems: Problem[] } {
  try {
    return { value: parse(text) as Record<string, unknown>, problems: [] }
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = safeMessage(error).replace(/^Invalid TOML document:\s*/i, '')
      return {
        problems: [
          {
            file,
            line: error.line,
            message: `invalid TOML at line ${error.line}, column ${error.column}: ${reason}`,
          },
        ],
      }
    }
    const reason = error instanceof RangeError ? 'nested too deeply to read' : safeMessage(error)
    return { problems: [{ file, message: `invalid TOML: ${reason}` }] }
  }
}
