// The workflow commands the Action uses before and after the scan, from @actions/core's own command
// modules. The package's entry point also imports its OIDC client, and with it an HTTP client
// (undici, about 1 MB of bundle) that a run only needs to publish; those modules are not exported
// by name, so they are imported by path. Each function is @actions/core's, line for line, but for
// setOutput's delimiter (see outputDelimiter).
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'
import { issue, issueCommand } from '../../node_modules/@actions/core/lib/command.js'
import type { AnnotationProperties } from '../../node_modules/@actions/core/lib/core.js'
import { summary } from '../../node_modules/@actions/core/lib/summary.js'
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js'
import { writeOutput } from '../stdio.js'

export { summary }

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

/**
 * The delimiter of a `name<<delimiter` entry in GITHUB_OUTPUT: one that occurs in neither the name
 * nor the value, so the entry cannot end early and set other outputs. @actions/core draws a UUID
 * from node:crypto (loading it costs about 8 ms of start-up) and throws when the value happens to
 * contain it; a delimiter checked against the value is safe without a secret, so this one is drawn
 * from Math.random, in @actions/core's form, and drawn again until it occurs in neither.
 */
export function outputDelimiter(name: string, value: string): string {
  for (;;) {
    const random = () => Math.random().toString(36).slice(2, 12).padEnd(10, '0')
    const delimiter = `ghadelimiter_${random()}-${random()}-${random()}`
    if (!name.includes(delimiter) && !value.includes(delimiter)) return delimiter
  }
}

/** @actions/core's issueFileCommand ('OUTPUT') with prepareKeyValueMessage, but outputDelimiter. */
export function setOutput(name: string, value: unknown): void {
  const filePath = process.env['GITHUB_OUTPUT'] || ''
  if (filePath) {
    if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`)
    const converted = toCommandValue(value)
    const delimiter = outputDelimiter(name, converted)
    appendFileSync(filePath, `${name}<<${delimiter}${EOL}${converted}${EOL}${delimiter}${EOL}`, {
      encoding: 'utf8',
    })
    return
  }
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, toCommandValue(value))
}

export function setFailed(message: string | Error): void {
  process.exitCode = 1
  error(message)
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand(
    'error',
    toCommandProperties(properties),
    message instanceof Error ? message.toString() : message,
  )
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand(
    'warning',
    toCommandProperties(properties),
    message instanceof Error ? message.toString() : message,
  )
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand(
    'notice',
    toCommandProperties(properties),
    message instanceof Error ? message.toString() : message,
  )
}

/** @actions/core's info, but written without building process.stdout (see writeOutput). */
export function info(message: string): void {
  writeOutput(1, message + EOL)
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', name)
  try {
    return await fn()
  } finally {
    issue('endgroup')
  }
}
