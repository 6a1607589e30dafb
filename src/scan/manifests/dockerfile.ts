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
  const launches: NonNullable<Manifest['launches']> = []
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
      if (STARTS.test(keyword)) {
        const program = programOf(execWords(rest))
        if (program) launches.push({ name: program, line: start, how: 'runs' })
      } else {
        for (const name of installedPackages(rest))
          launches.push({ name, line: start, how: 'installs' })
      }
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
    manifest: { file, kind: 'Dockerfile', dependencies: [], baseImages, commands, launches },
    problems: [],
  }
}

const PIP_INSTALL = /^(?:python\d*(?:\.\d+)?\s+-m\s+)?(?:pip\d*|uv\s+pip)\s+install\s+(.*)$/
const NPM_GLOBAL_INSTALL =
  /^(?:npm\s+(?:install|i)|yarn\s+global\s+add|pnpm\s+(?:add|install))\s+(.*)$/
// Options whose value is the next word (a file, an index, a target), not a package.
const OPTION_WITH_VALUE =
  /^(?:-[rcetfi]|--requirement|--constraint|--editable|--target|--index-url|--extra-index-url|--find-links|--prefix|--root|--trusted-host|--platform|--python-version|--implementation|--abi|--src|--upgrade-strategy|--cache-dir|--registry|--prefix)$/

/** Names of the packages a RUN instruction installs with pip or installs globally with npm. */
export function installedPackages(run: string): string[] {
  const names: string[] = []
  for (const part of run.split(/&&|\|\||;|\|/)) {
    const segment = part.trim()
    const pip = PIP_INSTALL.exec(segment)
    const npm = pip ? undefined : NPM_GLOBAL_INSTALL.exec(segment)
    const args = pip?.[1] ?? npm?.[1]
    if (args === undefined) continue
    if (npm && !/(?:^|\s)(?:-g|--global)(?:\s|$)/.test(segment) && !/^yarn/.test(segment)) continue
    const words = args.split(/\s+/)
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!.replace(/^["']|["']$/g, '')
      if (word.startsWith('-')) {
        if (OPTION_WITH_VALUE.test(word)) i++
        continue
      }
      // A path, a URL, a variable or an archive is not a registry package.
      if (/[/$\\]|^\.|:/.test(word)) continue
      const name = /^(@?[A-Za-z0-9][\w.-]*(?:\/[\w.-]+)?)/.exec(word)?.[1]
      if (name) names.push((npm ? name.replace(/@[^/]*$/, '') || name : name).toLowerCase())
    }
  }
  return names
}

/** The words of a CMD or ENTRYPOINT, in exec form (a JSON array) or shell form. */
function execWords(rest: string): string[] {
  const text = rest.trim()
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text)
      if (Array.isArray(parsed)) return parsed.filter((w): w is string => typeof w === 'string')
    } catch {
      // Not valid JSON: Docker runs it in a shell, so read it as shell words.
    }
  }
  return text.split(/\s+/)
}

/**
 * The program a command starts: past `exec`, `env`, variable assignments and a shell's `-c`, and
 * the module of `python -m` (`python -m gunicorn` starts gunicorn).
 */
export function programOf(words: readonly string[]): string | undefined {
  let i = 0
  const skip = (w: string) =>
    /^(?:exec|env|nohup|tini|dumb-init|--|-[a-z]+)$/.test(w) || /^\w+=/.test(w)
  while (i < words.length && skip(words[i]!)) i++
  let word = words[i]
  if (word !== undefined && /^(?:\/bin\/)?(?:ba)?sh$/.test(word) && words[i + 1] === '-c')
    return programOf((words[i + 2] ?? '').split(/\s+/))
  if (word !== undefined && /^(?:\S*\/)?python\d*(?:\.\d+)?$/.test(word) && words[i + 1] === '-m')
    word = words[i + 2]
  const name = word?.split('/').pop()?.toLowerCase()
  return name && /^[a-z][\w.-]*$/.test(name) ? name : undefined
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
