import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ManifestKind, ManifestParseResult } from '../../src/model.js'
import { manifestParser } from '../../src/scan/manifests/index.js'
import { readRequirementsTree } from '../../src/scan/manifests/requirements.js'

const SCOPES = new Set(['runtime', 'dev', 'test', 'optional', 'peer', 'build'])
const ECOSYSTEMS = new Set(['npm', 'pypi'])

/** One valid, realistic sample per kind; the mutations start from these. */
const SAMPLES: Record<ManifestKind, string> = {
  'package.json':
    '{\n  "name": "web",\n  "scripts": { "start": "node server.js" },\n  "dependencies": { "express": "^4.19.2", "ws": "^8" },\n  "devDependencies": { "jest": "^29" },\n  "workspaces": ["packages/*"]\n}\n',
  'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - 'packages/*'\n",
  'requirements.txt':
    '# deps\nflask==3.0.3\nuvicorn[standard]>=0.29 ; python_version >= "3.9"\n-r base.txt\n-e git+https://x.example/r.git#egg=lib\npydantic \\\n  --hash=sha256:00\n',
  'pyproject.toml':
    '[project]\nname = "svc"\ndependencies = ["fastapi>=0.110", "torch"]\n\n[project.optional-dependencies]\ntest = ["pytest"]\n\n[dependency-groups]\ndev = [{ include-group = "lint" }]\nlint = ["ruff"]\n\n[tool.poetry.dependencies]\npython = "^3.11"\ncelery = "^5"\n',
  Pipfile:
    '[packages]\ndjango = "*"\n\n[dev-packages]\npytest = "*"\n\n[requires]\npython_version = "3.12"\n',
  'setup.cfg':
    '[metadata]\nname = tool\n\n[options]\ninstall_requires =\n    requests>=2\n    click\n\n[options.extras_require]\ntest = pytest\n',
  'setup.py':
    'from setuptools import setup\nsetup(\n    name="tool",\n    install_requires=["requests>=2", \'click\'],\n    extras_require={"dev": ["black"]},\n)\n',
  'environment.yml':
    'name: ml\ndependencies:\n  - python=3.11\n  - conda-forge::numpy=1.26\n  - pip:\n      - torch==2.3\n',
  Dockerfile:
    'FROM --platform=linux/amd64 python:3.12 AS base\nRUN pip install \\\n  -r requirements.txt\nCMD ["python", "app.py"]\n',
  Procfile: 'web: gunicorn app:app\nworker: celery -A tasks worker\n',
  'server-config': '[uwsgi]\nmodule = app.wsgi:application\nmaster = true\nprocesses = 5\n',
  'action.yml':
    "name: 'Publish'\ninputs:\n  token:\n    required: true\nruns:\n  using: 'docker'\n  image: 'Dockerfile'\n",
  'home-assistant':
    '{\n  "domain": "gateway",\n  "name": "Gateway",\n  "iot_class": "local_push",\n  "requirements": ["zigpy>=0.52.3", "pyserial"]\n}\n',
}

const KINDS = Object.keys(SAMPLES) as ManifestKind[]
const SPECIAL = '{}[]()"\'\\:=,#;@-\n\r\t &*!|>%$`~'

/** Insert, delete or duplicate characters of a valid sample at random places. */
function mutated(sample: string) {
  const edit = fc.oneof(
    fc.tuple(fc.constant('insert' as const), fc.nat(), fc.constantFrom(...SPECIAL.split(''))),
    fc.tuple(fc.constant('delete' as const), fc.nat(), fc.constant('')),
    fc.tuple(fc.constant('duplicate' as const), fc.nat(), fc.constant('')),
  )
  return fc.array(edit, { minLength: 1, maxLength: 12 }).map((edits) => {
    let text = sample
    for (const [kind, position, char] of edits) {
      const at = text.length === 0 ? 0 : position % text.length
      if (kind === 'insert') text = text.slice(0, at) + char + text.slice(at)
      else if (kind === 'delete') text = text.slice(0, at) + text.slice(at + 1)
      else text = text.slice(0, at) + text.slice(at, at + 8) + text.slice(at)
    }
    return text
  })
}

function inputsFor(kind: ManifestKind) {
  return fc.oneof(
    mutated(SAMPLES[kind]),
    fc.string({ maxLength: 2000 }),
    fc.string({ unit: fc.constantFrom(...SPECIAL.split(''), 'a', 'Z', '1'), maxLength: 2000 }),
    fc.string({ unit: 'binary', maxLength: 500 }),
  )
}

function checkResult(result: ManifestParseResult, file: string) {
  for (const problem of result.problems) {
    expect(problem.file).toBe(file)
    expect(problem.message.length).toBeGreaterThan(0)
  }
  for (const dep of result.manifest?.dependencies ?? []) {
    expect(dep.name.length).toBeGreaterThan(0)
    expect(ECOSYSTEMS.has(dep.ecosystem)).toBe(true)
    expect(SCOPES.has(dep.scope)).toBe(true)
    expect(dep.file).toBe(file)
    if (dep.line !== undefined) expect(dep.line).toBeGreaterThanOrEqual(1)
  }
}

describe('every manifest parser on random and mutated input', () => {
  it.each(KINDS)(
    '%s never throws, stays fast and returns well-formed dependencies',
    async (kind) => {
      const parseManifest = await manifestParser(kind)
      const file = `some/dir/${kind}`
      expect(parseManifest(file, SAMPLES[kind]).manifest).toBeDefined()
      fc.assert(
        fc.property(inputsFor(kind), (text) => {
          const started = performance.now()
          const result = parseManifest(file, text)
          expect(performance.now() - started).toBeLessThan(200)
          checkResult(result, file)
        }),
        { numRuns: 150 },
      )
    },
  )

  it.each(KINDS)('%s reads a 10 KB adversarial input within the bound', async (kind) => {
    const parseManifest = await manifestParser(kind)
    const inputs = [
      '['.repeat(10_000),
      '"'.repeat(10_000),
      '\\\n'.repeat(5_000),
      'a'.repeat(10_000),
      `install_requires=[${'"x",'.repeat(2_400)}`,
      `- ${'&a '.repeat(3_000)}`,
      SAMPLES[kind].repeat(Math.floor(10_000 / SAMPLES[kind].length)),
    ]
    parseManifest('f', SAMPLES[kind])
    for (const text of inputs) {
      // The best of three runs: a loaded shared machine should not fail a linear-time parser.
      let fastest = Infinity
      for (let run = 0; run < 3; run++) {
        const started = performance.now()
        const result = parseManifest('f', text)
        fastest = Math.min(fastest, performance.now() - started)
        checkResult(result, 'f')
      }
      expect(fastest).toBeLessThan(200)
    }
  })
})

describe('readRequirementsTree on random include graphs', () => {
  it('parses each reachable file once and never escapes the repository', async () => {
    const names = ['requirements.txt', 'a.txt', 'sub/b.txt', 'sub/deep/c.txt', 'missing.txt']
    const includeTarget = fc.constantFrom(
      'a.txt',
      'sub/b.txt',
      'b.txt',
      'deep/c.txt',
      '../a.txt',
      '../../requirements.txt',
      '../../../../etc/passwd',
      'missing.txt',
      'requirements.txt',
    )
    const fileBody = fc.array(
      fc.oneof(
        includeTarget.map((t) => `-r ${t}`),
        fc.constantFrom('flask', 'numpy>=1', '# note', ''),
      ),
      { maxLength: 6 },
    )
    await fc.assert(
      fc.asyncProperty(fc.array(fileBody, { minLength: 4, maxLength: 4 }), async (bodies) => {
        const files = new Map(names.slice(0, 4).map((n, i) => [n, bodies[i]!.join('\n')]))
        const reads: string[] = []
        const tree = await readRequirementsTree('requirements.txt', async (path) => {
          reads.push(path)
          return files.get(path)
        })
        expect(new Set(reads).size).toBe(reads.length)
        expect(new Set(tree.manifests.map((m) => m.file)).size).toBe(tree.manifests.length)
        for (const manifest of tree.manifests) {
          for (const include of manifest.includes ?? []) expect(include).not.toMatch(/^\/|\.\./)
        }
        for (const problem of tree.problems) expect(reads).toContain(problem.file)
      }),
      { numRuns: 200 },
    )
  })
})
