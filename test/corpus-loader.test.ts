import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadCorpus, loadKnownDifferences } from './corpus/index.js'

const LABEL = {
  description: 'a chat server',
  components: [{ path: '', stack: 'node', primary: 'realtime', verdict: 'fits' }],
}

describe('loadCorpus', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(nodePath.join(tmpdir(), 'corpus-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const fixture = (name: string) => mkdir(nodePath.join(dir, name))
  const label = (name: string, body: unknown) =>
    writeFile(nodePath.join(dir, `${name}.expected.json`), JSON.stringify(body))

  it('pairs each fixture with its label, sorted by name, ignoring loose files', async () => {
    await fixture('b-chat')
    await fixture('a-chat')
    await label('b-chat', LABEL)
    await label('a-chat', { ...LABEL, problems: ['package.json'] })
    await writeFile(nodePath.join(dir, 'index.ts'), '')
    const cases = await loadCorpus(dir)
    expect(cases.map((c) => c.name)).toEqual(['a-chat', 'b-chat'])
    expect(cases[0]?.dir).toBe(nodePath.join(dir, 'a-chat'))
    expect(cases[0]?.expected.problems).toEqual(['package.json'])
  })

  it('names a fixture without a label and a label without a fixture', async () => {
    await fixture('unlabelled')
    await label('orphan', LABEL)
    await expect(loadCorpus(dir)).rejects.toThrow(
      /unlabelled\/ has no unlabelled\.expected\.json[\s\S]*orphan\.expected\.json has no fixture/,
    )
  })

  it('rejects a label with an unknown workload, naming the file and field', async () => {
    await fixture('bad')
    await label('bad', { ...LABEL, components: [{ ...LABEL.components[0], primary: 'web' }] })
    await expect(loadCorpus(dir)).rejects.toThrow(/bad\.expected\.json: components\.0\.primary/)
  })

  it('rejects a label listing the same component twice', async () => {
    await fixture('twice')
    await label('twice', { ...LABEL, components: [...LABEL.components, ...LABEL.components] })
    await expect(loadCorpus(dir)).rejects.toThrow(/listed twice/)
  })

  it('rejects a label that is not JSON', async () => {
    await fixture('broken')
    await writeFile(nodePath.join(dir, 'broken.expected.json'), '{ "description": ')
    await expect(loadCorpus(dir)).rejects.toThrow(/broken\.expected\.json: not valid JSON/)
  })
})

describe('loadKnownDifferences', () => {
  it('reads the committed baseline, every entry with a reason', async () => {
    const known = await loadKnownDifferences()
    expect(known.every((d) => d.why.length > 0)).toBe(true)
  })

  it('rejects an entry without a reason', async () => {
    const dir = await mkdtemp(nodePath.join(tmpdir(), 'known-'))
    const file = nodePath.join(dir, 'known.json')
    await writeFile(
      file,
      JSON.stringify([{ case: 'x', path: '', field: 'primary', expected: 'io-api', got: null }]),
    )
    await expect(loadKnownDifferences(file)).rejects.toThrow(/0\.why/)
    await rm(dir, { recursive: true, force: true })
  })
})
