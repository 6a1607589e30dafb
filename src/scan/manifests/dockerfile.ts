// Dockerfiles: base images and the commands that hint at the runtime. Nothing is built or run.

import type { Manifest, ManifestParseResult } from '../../model.js'

const MAX_COMMAND_CHARS = 200
const STARTS = /^(CMD|ENTRYPOINT)$/i
/** RUN lines only matter when they install packages for one of the covered stacks. */
const INSTALLS =
  /\b(?:pip3?|uv|poetry|pipenv|conda|mamba|npm|pnpm|yarn|bun)\b[^&|;]{0,80}\b(?:install|add|ci|sync)\b/i

export function parseDockerfile(file: string, text: string): ManifestParseResult {
  const baseImages: NonNullable<Manifest['baseImages']> = []
  const commands: NonNullable<Manifest['commands']> = []
  const lines = text.split('\n')
  const escape = escapeCharacter(lines)
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1
    let current = lines[i]!.trimEnd()
    if (/^\s*(#|$)/.test(current)) continue
    const parts: string[] = []
    while (current.endsWith(escape) && i + 1 < lines.length) {
      parts.push(current.slice(0, -1).trim())
      const next = lines[++i]!
      // Comment lines inside a continued instruction are dropped by Docker too.
      current = /^\s*#/.test(next) ? escape : next.trim()
    }
    parts.push((current.endsWith(escape) ? current.slice(0, -1) : current).trim())
    const instruction = parts.filter((p) => p !== '').join(' ')
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(instruction)
    if (!match) continue
    const [, keyword, rest] = match as unknown as [string, string, string]
    if (keyword.toUpperCase() === 'FROM') {
      const words = rest.split(/\s+/).filter((w) => !w.startsWith('--'))
      if (words[0]) baseImages.push({ image: words[0].slice(0, MAX_COMMAND_CHARS), line: start })
    } else if (STARTS.test(keyword) || (/^RUN$/i.test(keyword) && INSTALLS.test(rest))) {
      commands.push({
        text: `${keyword.toUpperCase()} ${rest.replace(/\s+/g, ' ').trim()}`.slice(
          0,
          MAX_COMMAND_CHARS,
        ),
        line: start,
      })
    }
  }
  return {
    manifest: { file, kind: 'Dockerfile', dependencies: [], baseImages, commands },
    problems: [],
  }
}

/** The `# escape=` parser directive (Windows images use a backtick); directives come first. */
function escapeCharacter(lines: readonly string[]): string {
  for (const line of lines) {
    const directive = /^#\s*([A-Za-z]+)\s*=\s*(\S*)\s*$/.exec(line)
    if (!directive) break
    if (
      directive[1]!.toLowerCase() === 'escape' &&
      (directive[2] === '`' || directive[2] === '\\')
    ) {
      return directive[2]
    }
  }
  return '\\'
}
