// Regenerates the inputs and outputs tables in README.md from action.yml (npm run readme).
// Defaults come from the config schema, the one place they live; github-token's from action.yml.
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { parse } from 'yaml'
import { settingsSchema } from '../src/config/schema.js'

export const ACTION_FILE = fileURLToPath(new URL('../action.yml', import.meta.url))
export const README_FILE = fileURLToPath(new URL('../README.md', import.meta.url))

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

export function parseActionYml(text: string): ActionMetadata {
  return parse(text) as ActionMetadata
}

/** The default as a reader should see it: `true`, `.github/stack-fit.yml`, or "empty". */
export function defaultText(input: string, metadata: ActionMetadata): string {
  const fromActionYml = metadata.inputs[input]?.default
  if (fromActionYml !== undefined) return `\`${fromActionYml}\``
  const defaults = settingsSchema.parse({}) as Record<string, unknown>
  const value = defaults[input]
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return 'empty'
  return `\`${String(value)}\``
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
}

/** Descriptions end with "Default …." for action.yml readers; the table has its own column. */
function withoutDefaultSentence(description: string): string {
  return description.replace(/\s*Default(?: empty| `[^`]*`)[^.]*\.\s*$/, '')
}

export function inputsTable(metadata: ActionMetadata): string {
  const rows = Object.entries(metadata.inputs).map(
    ([name, input]) =>
      `| \`${name}\` | ${cell(withoutDefaultSentence(input.description))} | ${defaultText(name, metadata)} |`,
  )
  return ['| input | description | default |', '|---|---|---|', ...rows].join('\n')
}

export function outputsTable(metadata: ActionMetadata): string {
  const rows = Object.entries(metadata.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  )
  return ['| output | description |', '|---|---|', ...rows].join('\n')
}

function replaceBetween(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`)
  return `${text.slice(0, from + start.length)}\n\n${content}\n\n${text.slice(to)}`
}

/** A generated table formatted the way `npm run format` leaves it. */
async function formatTable(table: string): Promise<string> {
  const options = (await resolveConfig(README_FILE)) ?? {}
  return (await format(table, { ...options, filepath: README_FILE })).trimEnd()
}

/** README.md with fresh tables; the text around them is left exactly as it is. */
export async function updateReadme(readme: string, actionYml: string): Promise<string> {
  const metadata = parseActionYml(actionYml)
  const [inputs, outputs] = await Promise.all([
    formatTable(inputsTable(metadata)),
    formatTable(outputsTable(metadata)),
  ])
  return replaceBetween(replaceBetween(readme, 'inputs', inputs), 'outputs', outputs)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [readme, actionYml] = await Promise.all([
    readFile(README_FILE, 'utf8'),
    readFile(ACTION_FILE, 'utf8'),
  ])
  await writeFile(README_FILE, await updateReadme(readme, actionYml))
  process.stdout.write(`updated the tables in ${README_FILE}\n`)
}
