// Regenerates the inputs and outputs tables in README.md from action.yml, and the example
// comment from a small made-up repository (npm run readme). Defaults come from the config
// schema, the one place they live; github-token's from action.yml.
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { parse } from 'yaml'
import { analyzeRepository } from '../src/analysis/analyze.js'
import { computeDrift } from '../src/analysis/drift.js'
import { settingsSchema } from '../src/config/schema.js'
import { loadKnowledge } from '../src/knowledge/load.js'
import { guidanceIndexOf } from '../src/report/guidance.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { FsFileSource } from '../src/scan/fs-source.js'

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

/** A made-up repository: an async Python API, a React storefront and, new in the pull request, a Node.js service training a model. */
export const EXAMPLE_DIR = fileURLToPath(new URL('../test/action/comment-example', import.meta.url))
const EXAMPLE_CHANGE = 'services/recommender/**'

/** The comment Stack Fit would write on the example pull request, quoted for the README. */
export async function commentExample(): Promise<string> {
  // A clock that stands still: the example shows no run-dependent duration.
  const startedAt = Date.now()
  const options = { repositoryName: 'shop', rootLabel: '.', now: () => startedAt }
  const [base, head] = await Promise.all([
    analyzeRepository(new FsFileSource(EXAMPLE_DIR), { ...options, ignore: [EXAMPLE_CHANGE] }),
    analyzeRepository(new FsFileSource(EXAMPLE_DIR), options),
  ])
  const comment = renderMarkdown(head, {
    guidance: guidanceIndexOf(loadKnowledge()),
    flavor: 'comment',
    drift: computeDrift(base, head),
    runUrl: 'https://github.com/octo-org/shop/actions/runs/1',
    // As the Action passes them: evidence links to the pull request's head commit.
    links: {
      serverUrl: 'https://github.com',
      repository: 'octo-org/shop',
      sha: '5f3c2a1e9b7d4c6a8e0f1b2d3c4a5e6f7a8b9c0d',
    },
    subject: 'This pull request',
  })
  const quoted = comment
    .trimEnd()
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n')
  return formatMarkdown(quoted)
}

/** A generated block formatted the way `npm run format` leaves it. */
async function formatMarkdown(markdown: string): Promise<string> {
  const options = (await resolveConfig(README_FILE)) ?? {}
  return (await format(markdown, { ...options, filepath: README_FILE })).trimEnd()
}

/** README.md with fresh tables; the text around them is left exactly as it is. */
export async function updateReadme(readme: string, actionYml: string): Promise<string> {
  const metadata = parseActionYml(actionYml)
  const [inputs, outputs] = await Promise.all([
    formatMarkdown(inputsTable(metadata)),
    formatMarkdown(outputsTable(metadata)),
  ])
  return replaceBetween(replaceBetween(readme, 'inputs', inputs), 'outputs', outputs)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [readme, actionYml] = await Promise.all([
    readFile(README_FILE, 'utf8'),
    readFile(ACTION_FILE, 'utf8'),
  ])
  const withTables = await updateReadme(readme, actionYml)
  await writeFile(
    README_FILE,
    replaceBetween(withTables, 'comment-example', await commentExample()),
  )
  process.stdout.write(`updated the tables and the example comment in ${README_FILE}\n`)
}
