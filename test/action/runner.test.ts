// The Action's outputs go to GITHUB_OUTPUT as `name<<delimiter` blocks, as @actions/core writes them;
// the delimiter never occurs in the value, so no value can end its block early.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { outputDelimiter, setOutput } from '../../src/action/runner.js'

/** GITHUB_OUTPUT read back the way the runner reads it. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([\w-]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const end = lines.indexOf(m[2]!, i + 1)
    outputs[m[1]!] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}

describe('setOutput', () => {
  let dir: string
  let file: string
  const saved = process.env.GITHUB_OUTPUT
  beforeEach(async () => {
    dir = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-output-'))
    file = nodePath.join(dir, 'output.txt')
    await writeFile(file, '')
    process.env.GITHUB_OUTPUT = file
  })
  afterEach(async () => {
    if (saved === undefined) delete process.env.GITHUB_OUTPUT
    else process.env.GITHUB_OUTPUT = saved
    await rm(dir, { recursive: true, force: true })
  })

  it('writes each output as a block with a delimiter of @actions/core’s form', async () => {
    setOutput('verdict', 'fits')
    setOutput('summary', 'line one\nline two')
    setOutput('count', 3)
    const text = await readFile(file, 'utf8')
    expect(text).toMatch(/^verdict<<ghadelimiter_[\w-]+\nfits\nghadelimiter_[\w-]+\n/)
    expect(parseOutputs(text)).toEqual({
      verdict: 'fits',
      summary: 'line one\nline two',
      count: '3',
    })
  })

  it('keeps a value that tries to close its block and set another output inside it', async () => {
    const hostile = 'x\nghadelimiter_0\nverdict<<EOF\nfits\nEOF'
    setOutput('comment', hostile)
    expect(parseOutputs(await readFile(file, 'utf8'))).toEqual({ comment: hostile })
  })

  it('draws a delimiter that occurs in neither the name nor the value', () => {
    const first = outputDelimiter('name', 'value')
    expect(first).toMatch(/^ghadelimiter_[0-9a-z]{10}-[0-9a-z]{10}-[0-9a-z]{10}$/)
    for (let i = 0; i < 100; i++) {
      const value = `${first}\n${outputDelimiter('n', first)}`
      const next = outputDelimiter('name', value)
      expect(value.includes(next)).toBe(false)
    }
  })

  it('refuses a GITHUB_OUTPUT file that does not exist, as @actions/core does', () => {
    process.env.GITHUB_OUTPUT = nodePath.join(dir, 'missing.txt')
    expect(() => setOutput('verdict', 'fits')).toThrow('Missing file at path')
  })
})
