import { describe, expect, it } from 'vitest'
import { manifestKindOf, parseManifest } from '../../src/scan/manifests/index.js'

describe("a GitHub Action's action.yml", () => {
  it('is recognised by name, in either spelling', () => {
    expect(manifestKindOf('action.yml')).toBe('action.yml')
    expect(manifestKindOf('tools/publish/action.yaml')).toBe('action.yml')
    expect(manifestKindOf('actions.yml')).toBeUndefined()
  })

  it('says how the action runs, with the line', async () => {
    const docker = await parseManifest(
      'action.yml',
      'action.yml',
      "name: 'Stats'\ninputs:\n  token:\n    required: true\nruns:\n  using: 'docker'\n  image: 'Dockerfile'\n",
    )
    expect(docker.problems).toEqual([])
    expect(docker.manifest?.name).toBeUndefined()
    expect(docker.manifest).toMatchObject({
      kind: 'action.yml',
      dependencies: [],
      platform: { kind: 'github-action', detail: 'a GitHub Action (runs on docker)', line: 6 },
    })
    const node = await parseManifest(
      'action.yaml',
      'action.yml',
      'runs:\n  using: node24\n  main: dist/index.js\n',
    )
    expect(node.manifest?.platform?.detail).toBe('a GitHub Action (runs on node24)')
    const composite = await parseManifest(
      'action.yml',
      'action.yml',
      'runs:\n  using: composite\n  steps: []\n',
    )
    expect(composite.manifest?.platform?.detail).toBe('a GitHub Action (runs composite steps)')
  })

  it('is no manifest, and no problem, when it names no way to run (an Ansible task file)', async () => {
    const tasks = await parseManifest(
      'roles/web/action.yml',
      'action.yml',
      '- name: restart\n  service: name=nginx state=restarted\n',
    )
    expect(tasks).toEqual({ problems: [] })
    const other = await parseManifest('action.yml', 'action.yml', 'runs:\n  using: java\n')
    expect(other).toEqual({ problems: [] })
  })

  it('reports broken YAML with the file and line, and never throws', async () => {
    const broken = await parseManifest('action.yml', 'action.yml', 'runs:\n  using: [docker\n')
    expect(broken.manifest).toBeUndefined()
    expect(broken.problems[0]).toMatchObject({ file: 'action.yml' })
    expect(broken.problems[0]!.message).toMatch(/invalid YAML/)
  })
})

describe("a Home Assistant custom integration's manifest.json", () => {
  const manifest = (body: Record<string, unknown>) => JSON.stringify(body, null, 2)

  it('is a manifest only where Home Assistant loads integrations from', () => {
    expect(manifestKindOf('custom_components/gateway/manifest.json')).toBe('home-assistant')
    expect(manifestKindOf('src/custom_components/gateway/manifest.json')).toBe('home-assistant')
    for (const path of ['manifest.json', 'public/manifest.json', 'custom_components/manifest.json'])
      expect(manifestKindOf(path), path).toBeUndefined()
  })

  it('declares the requirements Home Assistant installs as runtime dependencies', async () => {
    const file = 'custom_components/gateway/manifest.json'
    const parsed = await parseManifest(
      file,
      'home-assistant',
      manifest({
        domain: 'gateway',
        name: 'Gateway',
        iot_class: 'local_push',
        requirements: ['zigpy>=0.52.3', 'pyserial', 'lib @ git+https://git.example.org/lib.git'],
      }),
    )
    expect(parsed.problems).toEqual([])
    const m = parsed.manifest!
    expect(m.kind).toBe('home-assistant')
    // The domain names the integration inside Home Assistant, not a package on PyPI.
    expect(m.name).toBeUndefined()
    expect(m.dependencies.map((d) => [d.name, d.scope, d.ecosystem, d.spec, d.line])).toEqual([
      ['zigpy', 'runtime', 'pypi', '>=0.52.3', 6],
      ['pyserial', 'runtime', 'pypi', undefined, 7],
      ['lib', 'runtime', 'pypi', 'git+https://git.example.org/lib.git', 8],
    ])
    expect(m.platform).toEqual({
      kind: 'home-assistant',
      detail: 'a Home Assistant integration (iot_class local_push)',
      line: 4,
    })
  })

  it('is no manifest when it names no domain, and reports what it cannot read', async () => {
    const file = 'custom_components/app/manifest.json'
    expect(await parseManifest(file, 'home-assistant', manifest({ name: 'A web app' }))).toEqual({
      problems: [],
    })
    const odd = await parseManifest(
      file,
      'home-assistant',
      manifest({ domain: 'app', requirements: ['ok==1', 3] }),
    )
    expect(odd.manifest?.dependencies.map((d) => d.name)).toEqual(['ok'])
    expect(odd.problems).toEqual([
      { file, message: 'a requirement is not a pip requirement string; skipped' },
    ])
    const notList = await parseManifest(
      file,
      'home-assistant',
      manifest({ domain: 'app', requirements: 'x' }),
    )
    expect(notList.problems).toEqual([{ file, message: '"requirements" must be a list' }])
    const broken = await parseManifest(file, 'home-assistant', '{"domain": "app",')
    expect(broken.manifest).toBeUndefined()
    expect(broken.problems[0]?.file).toBe(file)
  })
})
