import { describe, expect, it } from 'vitest'
import {
  parseRequirements,
  readRequirementsTree,
  scopeOfRequirementsFile,
} from '../../src/scan/manifests/requirements.js'

const API_REQUIREMENTS = `# API service
--index-url https://pypi.org/simple
--extra-index-url https://user:hunter2@private.example.com/simple

fastapi==0.111.0            # web framework
uvicorn[standard]>=0.29 ; python_version >= "3.9"
pydantic>=2,<3 \\
    --hash=sha256:0123456789abcdef \\
    --hash=sha256:fedcba9876543210
httpx
-r common.txt
-c constraints.txt
-e git+https://github.com/acme/auth-client.git@v1.2#egg=auth-client
-e ./libs/local-only
mylib @ https://files.example.com/mylib-1.0.tar.gz
https://files.example.com/tooling-2.0.tar.gz#egg=tooling
./wheels/no_name-1.0-py3-none-any.whl
--pre
`

function names(text: string, file = 'api/requirements.txt') {
  return parseRequirements(file, text).manifest!.dependencies.map((d) => d.name)
}

describe('parseRequirements', () => {
  it('reads requirements with lines and skips options, constraints and nameless references', () => {
    const { manifest, problems } = parseRequirements('api/requirements.txt', API_REQUIREMENTS)
    expect(problems).toEqual([])
    expect(manifest!.dependencies.map((d) => [d.name, d.line, d.spec])).toEqual([
      ['fastapi', 5, '==0.111.0'],
      ['uvicorn', 6, '>=0.29'],
      ['pydantic', 7, '>=2,<3'],
      ['httpx', 10, undefined],
      ['auth-client', 13, 'git+https://github.com/acme/auth-client.git@v1.2#egg=auth-client'],
      ['mylib', 15, 'https://files.example.com/mylib-1.0.tar.gz'],
      ['tooling', 16, 'https://files.example.com/tooling-2.0.tar.gz#egg=tooling'],
    ])
    expect(
      manifest!.dependencies.every((d) => d.scope === 'runtime' && d.ecosystem === 'pypi'),
    ).toBe(true)
    expect(manifest!.dependencies.every((d) => d.file === 'api/requirements.txt')).toBe(true)
    expect(manifest!.includes).toEqual(['api/common.txt'])
  })

  it('handles the include spellings and resolves them against the file directory', () => {
    const text =
      '-r base.txt\n--requirement=../shared/req.txt\n-r./local.txt\n--requirement extra.txt\n'
    const { manifest } = parseRequirements('svc/requirements/dev.txt', text)
    expect(manifest!.includes).toEqual([
      'svc/requirements/base.txt',
      'svc/shared/req.txt',
      'svc/requirements/local.txt',
      'svc/requirements/extra.txt',
    ])
  })

  it('reports an include that leaves the repository and does not record it', () => {
    const { manifest, problems } = parseRequirements(
      'requirements.txt',
      '-r ../../etc/passwd\nflask\n',
    )
    expect(manifest!.includes).toBeUndefined()
    expect(manifest!.dependencies.map((d) => d.name)).toEqual(['flask'])
    expect(problems).toEqual([
      {
        file: 'requirements.txt',
        line: 1,
        message: 'include leaves the repository: ../../etc/passwd',
      },
    ])
  })

  it('keeps # inside URLs and strips comments after whitespace', () => {
    const text = 'Django>=4.2  # LTS\n#commented==1\n   # indented comment\n-e ../x#egg=celery\n'
    expect(names(text, 'app/requirements.txt')).toEqual(['Django', 'celery'])
  })

  it('skips local project installs without a name', () => {
    const { manifest, problems } = parseRequirements(
      'requirements.txt',
      '.\n.[dev]\n-e .[test]\n../sibling\nrich\n',
    )
    expect(problems).toEqual([])
    expect(manifest!.dependencies.map((d) => d.name)).toEqual(['rich'])
  })

  it('reports unreadable lines without echoing them', () => {
    const { manifest, problems } = parseRequirements(
      'requirements.txt',
      'flask\n==1.0 secret-token\n',
    )
    expect(manifest!.dependencies.map((d) => d.name)).toEqual(['flask'])
    expect(problems).toEqual([{ file: 'requirements.txt', line: 2, message: expect.any(String) }])
    expect(problems[0]!.message).not.toContain('secret')
  })

  it('tolerates CR line endings and a trailing continuation', () => {
    expect(names('numpy\r\npandas\r\nscipy \\')).toEqual(['numpy', 'pandas', 'scipy'])
  })

  it('scopes files named for development, tests or docs', () => {
    expect(scopeOfRequirementsFile('requirements.txt')).toBe('runtime')
    expect(scopeOfRequirementsFile('requirements/base.txt')).toBe('runtime')
    expect(scopeOfRequirementsFile('requirements/prod.txt')).toBe('runtime')
    expect(scopeOfRequirementsFile('requirements-dev.txt')).toBe('dev')
    expect(scopeOfRequirementsFile('dev-requirements.txt')).toBe('dev')
    expect(scopeOfRequirementsFile('requirements/dev.txt')).toBe('dev')
    // kiwitcms/Kiwi keeps Selenium and Robot Framework in requirements/devel.txt.
    expect(scopeOfRequirementsFile('requirements/devel.txt')).toBe('dev')
    expect(scopeOfRequirementsFile('requirements-docs.txt')).toBe('dev')
    expect(scopeOfRequirementsFile('requirements_test.txt')).toBe('test')
    expect(scopeOfRequirementsFile('test-requirements.txt')).toBe('test')
    const { manifest } = parseRequirements('requirements-dev.txt', 'pytest\n')
    expect(manifest!.dependencies[0]!.scope).toBe('dev')
  })
})

function reader(files: Record<string, string>) {
  const reads: string[] = []
  const read = async (path: string) => {
    reads.push(path)
    return Object.hasOwn(files, path) ? files[path] : undefined
  }
  return { read, reads }
}

describe('readRequirementsTree', () => {
  it('follows includes breadth-first, each file once', async () => {
    const { read, reads } = reader({
      'requirements.txt': '-r requirements/base.txt\n-r requirements/extra.txt\nflask\n',
      'requirements/base.txt': 'requests\n-r common.txt\n',
      'requirements/extra.txt': 'redis\n-r common.txt\n',
      'requirements/common.txt': 'attrs\n',
    })
    const tree = await readRequirementsTree('requirements.txt', read)
    expect(tree.problems).toEqual([])
    expect(tree.manifests.map((m) => m.file)).toEqual([
      'requirements.txt',
      'requirements/base.txt',
      'requirements/extra.txt',
      'requirements/common.txt',
    ])
    expect(reads).toHaveLength(4)
    expect(tree.manifests.flatMap((m) => m.dependencies.map((d) => d.name))).toEqual([
      'flask',
      'requests',
      'redis',
      'attrs',
    ])
  })

  it('reports a file that includes itself', async () => {
    const { read } = reader({ 'requirements.txt': 'flask\n-r requirements.txt\n' })
    const tree = await readRequirementsTree('requirements.txt', read)
    expect(tree.manifests).toHaveLength(1)
    expect(tree.problems).toEqual([
      {
        file: 'requirements.txt',
        line: 2,
        message: 'include cycle: requirements.txt → requirements.txt',
      },
    ])
  })

  it('reports an a → b → a cycle and parses each file once', async () => {
    const { read, reads } = reader({ 'a.txt': '-r b.txt\nnumpy\n', 'b.txt': '-r a.txt\npandas\n' })
    const tree = await readRequirementsTree('a.txt', read)
    expect(tree.manifests.map((m) => m.file)).toEqual(['a.txt', 'b.txt'])
    expect(reads).toEqual(['a.txt', 'b.txt'])
    expect(tree.problems).toEqual([
      { file: 'b.txt', line: 1, message: 'include cycle: a.txt → b.txt → a.txt' },
    ])
  })

  it('reports missing includes and includes that leave the repository', async () => {
    const { read } = reader({
      'svc/requirements.txt': '-r missing.txt\n-r ../../outside.txt\nflask\n',
    })
    const tree = await readRequirementsTree('svc/requirements.txt', read)
    expect(tree.manifests).toHaveLength(1)
    expect(tree.problems).toEqual([
      {
        file: 'svc/requirements.txt',
        line: 2,
        message: 'include leaves the repository: ../../outside.txt',
      },
      {
        file: 'svc/requirements.txt',
        line: 1,
        message: 'included file not found: svc/missing.txt',
      },
    ])
  })

  it('stops deep include chains', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 40; i++) files[`r${i}.txt`] = `-r r${i + 1}.txt\npkg${i}\n`
    const { read } = reader(files)
    const tree = await readRequirementsTree('r0.txt', read)
    expect(tree.manifests.length).toBeLessThanOrEqual(22)
    expect(tree.problems.some((p) => /deeper than/.test(p.message))).toBe(true)
  })

  it('returns nothing when the entry cannot be read', async () => {
    const tree = await readRequirementsTree('requirements.txt', async () => undefined)
    expect(tree).toEqual({ manifests: [], problems: [] })
  })
})
