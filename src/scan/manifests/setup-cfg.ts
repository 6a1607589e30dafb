// setup.cfg: a small INI reader for [metadata] name and the [options] requirements.

import type { Dependency, Manifest, ManifestParseResult, Problem } from '../../model.js'
import {
  COMMAND_ENTRY_GROUPS,
  DESCRIPTION_LIMIT,
  dependency,
  pep508Name,
  scopeOfGroup,
} from './common.js'

interface IniValue {
  value: string
  line: number
  /** Continuation lines, each with its own line number. */
  items: { text: string; line: number }[]
}

/** Sections → keys → values; `key = value` or `key: value`, indented lines continue the value. */
function readIni(
  file: string,
  text: string,
  problems: Problem[],
): Map<string, Map<string, IniValue>> {
  const sections = new Map<string, Map<string, IniValue>>()
  let current: Map<string, IniValue> | undefined
  let last: IniValue | undefined
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '')
    const lineNo = i + 1
    if (/^\s*([#;]|$)/.test(raw)) continue
    if (/^\s/.test(raw) && last) {
      last.items.push({ text: raw.trim(), line: lineNo })
      continue
    }
    // As configparser reads one: up to the last `]` on the line (mypy's `[[mypy-pkg.*]]`).
    const header = /^\[(.{1,200})\]/.exec(raw)
    if (header) {
      current = new Map()
      sections.set(header[1]!.trim(), current)
      last = undefined
      continue
    }
    if (raw.startsWith('[')) {
      problems.push({
        file,
        line: lineNo,
        message: 'invalid section header; the rest of the file is read without it',
      })
      current = undefined
      last = undefined
      continue
    }
    const pair = /^([^=:]{1,200}?)\s*[=:]\s*(.*)$/.exec(raw)
    if (!pair || !current) {
      if (!current) continue
      problems.push({
        file,
        line: lineNo,
        message: 'line is neither a section, a key nor a continuation; skipped',
      })
      continue
    }
    last = { value: pair[2]!.trim(), line: lineNo, items: [] }
    // setuptools accepts `install-requires` as well as `install_requires`.
    current.set(pair[1]!.trim().replace(/-/g, '_'), last)
  }
  return sections
}

/**
 * The entries of a list value, one per line (requirements, scripts; commas belong to version
 * specifiers), comments dropped.
 */
function entriesOf(value: IniValue): { text: string; line: number }[] {
  return [{ text: value.value, line: value.line }, ...value.items].filter(
    (i) => i.text !== '' && !i.text.startsWith('#') && !/^(?:file|attr):/.test(i.text),
  )
}

export function parseSetupCfg(file: string, text: string): ManifestParseResult {
  const problems: Problem[] = []
  const ini = readIni(file, text, problems)
  const dependencies: Dependency[] = []
  const manifest: Manifest = { file, kind: 'setup.cfg', dependencies }
  const name = ini.get('metadata')?.get('name')?.value
  if (name && pep508Name(name) === name) manifest.name = name
  const summary = ini.get('metadata')?.get('description')
  if (summary?.value)
    manifest.description = { text: summary.value.slice(0, DESCRIPTION_LIMIT), line: summary.line }
  const options = ini.get('options')
  const python = options?.get('python_requires')?.value
  if (python) manifest.engines = { python }
  const add = (value: IniValue | undefined, scope: Dependency['scope']) => {
    if (!value) return
    for (const item of entriesOf(value)) {
      const dep = pep508Name(item.text)
      if (dep)
        dependencies.push(
          dependency(
            dep,
            'pypi',
            scope,
            file,
            item.line,
            item.text.slice(dep.length).trim() || undefined,
          ),
        )
    }
  }
  add(options?.get('install_requires'), 'runtime')
  // Commands the package installs: console_scripts entry points, or [options] scripts (files).
  const commands = [
    ini.get('options.entry_points')?.get('console_scripts'),
    options?.get('scripts'),
  ]
    .filter((value) => value !== undefined)
    .find((value) => entriesOf(value).length > 0)
  if (commands) {
    // `name = module:function` entries; [options] scripts name files, whose names are the commands.
    const names = entriesOf(commands).map((e) => e.text.split('=')[0]!.trim().split('/').pop()!)
    manifest.command = { line: commands.line, names }
  }
  for (const [group, value] of ini.get('options.entry_points') ?? []) {
    if (COMMAND_ENTRY_GROUPS.has(group) || entriesOf(value).length === 0) continue
    ;(manifest.entryGroups ??= []).push({ group, line: value.line })
  }
  add(options?.get('tests_require'), 'test')
  for (const [extra, value] of ini.get('options.extras_require') ?? [])
    add(value, scopeOfGroup(extra, 'optional'))
  return { manifest, problems }
}
