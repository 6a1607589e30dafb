// The workflow commands the Action uses before and after the scan, from @actions/core's own command
// modules. The package's entry point also imports its OIDC client, and with it an HTTP client
// (undici, about 1 MB of bundle) that a run only needs to publish; those modules are not exported
// by name, so they are imported by path. Each function is @actions/core's, line for line.
import { EOL } from 'node:os'
import { issue, issueCommand } from '../../node_modules/@actions/core/lib/command.js'
import {
  issueFileCommand,
  prepareKeyValueMessage,
} from '../../node_modules/@actions/core/lib/file-command.js'
import type { AnnotationProperties } from '../../node_modules/@actions/core/lib/core.js'
import { summary } from '../../node_modules/@actions/core/lib/summary.js'
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js'

export { summary }

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function setOutput(name: string, value: unknown): void {
  if (process.env['GITHUB_OUTPUT'] || '') {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
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

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', name)
  try {
    return await fn()
  } finally {
    issue('endgroup')
  }
}
