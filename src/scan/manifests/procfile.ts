// Procfile: `type: command` lines, e.g. `web: gunicorn app:app` or `worker: celery -A tasks worker`.

import type { Manifest, ManifestParseResult, Problem } from '../../model.js'
import { isSafeName } from './common.js'
import { programOf } from './dockerfile.js'

export function parseProcfile(file: string, text: string): ManifestParseResult {
  const scripts: Record<string, string> = Object.create(null) as Record<string, string>
  const commands: { text: string; line: number }[] = []
  const launches: NonNullable<Manifest['launches']> = []
  const problems: Problem[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '')
    if (/^\s*(#|$)/.test(line)) continue
    const match = /^([A-Za-z0-9_-]{1,100}):\s*(.+)$/.exec(line)
    if (!match || !isSafeName(match[1]!)) {
      problems.push({
        file,
        line: i + 1,
        message: 'expected "process-type: command"; line skipped',
      })
      continue
    }
    scripts[match[1]!] = match[2]!.trim().slice(0, 200)
    commands.push({ text: `${match[1]}: ${match[2]!.trim()}`.slice(0, 200), line: i + 1 })
    const program = programOf(match[2]!.trim().split(/\s+/))
    if (program) launches.push({ name: program, line: i + 1, how: 'runs' })
  }
  return {
    manifest: {
      file,
      kind: 'Procfile',
      dependencies: [],
      scripts: { ...scripts },
      commands,
      launches,
    },
    problems,
  }
}
