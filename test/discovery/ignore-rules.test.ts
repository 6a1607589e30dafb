import { beforeAll, describe, expect, it } from 'vitest'
import { discoverFiles } from '../../src/scan/discovery.js'
import {
  attributesOf,
  loadAttributeGlobs,
  parseGitattributes,
} from '../../src/scan/gitattributes.js'
import {
  compileIgnoreFile,
  loadIgnoreRules,
  matchIgnored,
  scopedToDirectory,
} from '../../src/scan/gitignore.js'
import { MemoryFileSource } from '../../src/scan/memory-source.js'

// Discovery loads the matchers' packages itself; these tests call the compilers directly.
beforeAll(async () => {
  await Promise.all([loadIgnoreRules(), loadAttributeGlobs()])
})

describe('parseGitattributes', () => {
  it('reads set, =true, unset, =false and !unspecified forms, reporting lines git would reject', () => {
    const text = [
      '*.js linguist-vendored',
      'a.js linguist-vendored=true text eol=lf',
      'b.js -linguist-vendored',
      'c.js linguist-vendored=false',
      'd.js !linguist-vendored',
      '!e.js linguist-generated',
      '"unterminated linguist-generated',
      'f.js linguist-vendord',
      '[attr]binary -diff -merge -text',
      '"with space.js" linguist-generated',
      '*.png binary',
    ].join('\n')
    const { level, problems } = parseGitattributes('', '.gitattributes', text)
    expect(problems.map((p) => p.line)).toEqual([6, 7, 8])
    expect(problems[2]?.message).toContain('linguist-vendord')
    const vendored = (path: string) =>
      attributesOf([level], path, false)['linguist-vendored']?.value
    expect(vendored('lib/x.js')).toBe(true)
    expect(vendored('a.js')).toBe(true)
    expect(vendored('b.js')).toBe(false)
    expect(vendored('c.js')).toBe(false)
    expect(vendored('d.js')).toBeUndefined()
    expect(attributesOf([level], 'with space.js', false)['linguist-generated']?.detail).toBe(
      '.gitattributes:10 with space.js',
    )
    // Lines that set no Linguist attribute are not kept at all.
    expect(level.lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 10])
  })

  it('anchors patterns with a slash to the file directory and matches bare names at any depth', () => {
    const { level } = parseGitattributes(
      'web',
      'web/.gitattributes',
      'gen/*.ts linguist-generated\nschema.ts linguist-generated\n',
    )
    const generated = (path: string) =>
      attributesOf([level], path, false)['linguist-generated']?.value
    expect(generated('web/gen/a.ts')).toBe(true)
    expect(generated('web/src/gen/a.ts')).toBeUndefined()
    expect(generated('gen/a.ts')).toBeUndefined()
    expect(generated('web/a/b/schema.ts')).toBe(true)
    expect(generated('api/schema.ts')).toBeUndefined()
  })
})

describe('matchIgnored', () => {
  it('lets the deepest ignore file decide, a negation there re-including the path', () => {
    const root = compileIgnoreFile('', '.gitignore', '*.env\n!keep.csv\n')
    const nested = compileIgnoreFile('svc', 'svc/.gitignore', '!local.env\n*.csv\n')
    expect(matchIgnored([root, nested], 'svc/prod.env', false)?.detail).toBe('.gitignore:1 (*.env)')
    expect(matchIgnored([root, nested], 'svc/local.env', false)).toBeUndefined()
    expect(matchIgnored([root, nested], 'svc/keep.csv', false)?.detail).toBe(
      'svc/.gitignore:2 (*.csv)',
    )
    expect(matchIgnored([root, nested], 'keep.csv', false)).toBeUndefined()
  })

  it('gives the same answers, rule lines included, through matchers scoped to one directory', () => {
    const root = compileIgnoreFile('', '.gitignore', '*.env\n!keep.csv\nbuild/\n')
    const nested = compileIgnoreFile('svc', 'svc/.gitignore', '!local.env\n*.csv\n')
    const scoped = scopedToDirectory([root, nested])
    expect(scoped.map((l) => [l.dir, l.label])).toEqual([
      ['', '.gitignore'],
      ['svc', 'svc/.gitignore'],
    ])
    expect(scoped[0]!.matcher).not.toBe(root.matcher)
    for (const [path, isDirectory] of [
      ['svc/prod.env', false],
      ['svc/local.env', false],
      ['svc/keep.csv', false],
      ['keep.csv', false],
      ['svc/build', true],
      ['svc/build', false],
    ] as const) {
      expect(matchIgnored(scoped, path, isDirectory), path).toEqual(
        matchIgnored([root, nested], path, isDirectory),
      )
    }
    expect(matchIgnored(scoped, 'svc/build', true)?.detail).toBe('.gitignore:3 (build/)')
  })

  it('answers a file of name rules by name as the general matcher answers by path', () => {
    const text = 'node_modules/\n*.pyc\n.env\ndist/\n*.log  \n__pycache__/\n*\n'
    const byName = compileIgnoreFile('app', 'app/.gitignore', text.replace('*\n', 'x*z\n'))
    const general = { ...byName, byName: undefined }
    expect(byName.byName).toBeDefined()
    // A slash, a negation or an escape anywhere leaves the whole file to the general matcher.
    for (const rule of ['a/b', '/top', '!keep.log', '\\#x'])
      expect(compileIgnoreFile('', '.gitignore', `*.pyc\n${rule}\n`).byName).toBeUndefined()
    const paths = [
      'app/x.pyc',
      'app/src/a.log',
      'app/src/dist',
      'app/dist/inner/file.ts',
      'app/a/b/.env',
      'app/xyz/keep.ts',
      'app/src/__pycache__/m.py',
      'other/x.pyc',
      'app/src/main.ts',
    ]
    for (const isDirectory of [false, true]) {
      const scoped = scopedToDirectory([byName])
      for (const path of paths)
        expect(matchIgnored(scoped, path, isDirectory), `${path} ${isDirectory}`).toEqual(
          matchIgnored(scopedToDirectory([general]), path, isDirectory),
        )
    }
  })
})

describe('discoverFiles problems', () => {
  it('reports a malformed .gitattributes line and a directory that cannot be listed, and goes on', async () => {
    class FlakySource extends MemoryFileSource {
      override async listDir(dir: string) {
        if (dir === 'locked') throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
        return super.listDir(dir)
      }
    }
    const source = new FlakySource({
      '.gitattributes': '!vendor/** linguist-vendored\n',
      'locked/a.py': '',
      'app.py': '',
    })
    const d = await discoverFiles(source, { maxFiles: 100 })
    expect(d.files).toEqual(['.gitattributes', 'app.py'])
    expect(d.problems).toEqual([
      expect.objectContaining({ file: '.gitattributes', line: 1 }),
      { file: 'locked', message: 'could not list the directory (EACCES)' },
    ])
    expect(d.skipped).toEqual([{ path: 'locked', reason: 'unreadable', directory: true }])
  })

  it('reports an ignore file it cannot use instead of applying half of it', async () => {
    const source = new MemoryFileSource({
      '.gitignore': new Uint8Array([0x2a, 0x2e, 0x6c, 0x6f, 0x67, 0x0a, 0x00, 0x01]),
      'server.log': '',
    })
    const d = await discoverFiles(source, { maxFiles: 100 })
    expect(d.files).toEqual(['.gitignore', 'server.log'])
    expect(d.problems).toEqual([
      { file: '.gitignore', message: 'binary content; its rules are not applied' },
    ])
  })
})
