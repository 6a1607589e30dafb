// Writes schema/stack-fit.schema.json from the zod schema of the config file (npm run schema).
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { configFileJsonSchema } from '../src/config/schema.js'

export const SCHEMA_FILE = fileURLToPath(
  new URL('../schema/stack-fit.schema.json', import.meta.url),
)

export function schemaFileText(): string {
  return `${JSON.stringify(configFileJsonSchema(), null, 2)}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(SCHEMA_FILE, schemaFileText())
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`)
}
