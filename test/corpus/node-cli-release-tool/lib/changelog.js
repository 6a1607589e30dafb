import { CommitParser } from 'conventional-commits-parser'

const parser = new CommitParser()

export function suggestBump(subjects) {
  const parsed = subjects.map((s) => parser.parse(s))
  if (parsed.some((c) => c.notes.length > 0 || /!:/.test(c.header ?? ''))) return 'major'
  if (parsed.some((c) => c.type === 'feat')) return 'minor'
  return 'patch'
}

export function renderChangelog(version, subjects) {
  const lines = subjects.map((s) => `- ${s}`)
  return `## ${version} (${new Date().toISOString().slice(0, 10)})\n\n${lines.join('\n')}\n\n`
}
