import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { discoverFiles } from '../../src/scan/discovery.js'
import { type MemoryEntry, MemoryFileSource } from '../../src/scan/memory-source.js'

// Names chosen to hit the rules: default exclusions, docs, binaries, minified files, ignore files.
const directoryName = fc.constantFrom(
  'src',
  'api',
  'node_modules',
  'dist',
  'docs',
  'vendor',
  'env',
  'lib',
  'tmp',
)
const fileName = fc.constantFrom(
  'index.ts',
  'app.py',
  'logo.png',
  'app.min.js',
  'a.log',
  'pyvenv.cfg',
  'README.md',
  'big.json',
)
const ignoreText = fc.constantFrom('', '*.log\n', 'tmp/\n', 'lib\n!lib/keep.ts\n', '/src/\n')
const attributesText = fc.constantFrom(
  '',
  'vendor/** -linguist-vendored\n',
  'lib/** linguist-generated\n',
  'docs/** -linguist-documentation\n',
  '*.py linguist-vendored\n',
)

const tree = fc
  .tuple(
    fc.array(fc.tuple(fc.array(directoryName, { maxLength: 3 }), fileName), { maxLength: 25 }),
    ignoreText,
    attributesText,
  )
  .map(([entries, gitignore, gitattributes]) => {
    const files: Record<string, MemoryEntry> = {}
    for (const [dirs, name] of entries) {
      files[[...dirs, name].join('/')] = name === 'big.json' ? 'x'.repeat(300) : 'x'
    }
    if (gitignore) files['.gitignore'] = gitignore
    if (gitattributes) files['.gitattributes'] = gitattributes
    return files
  })

describe('discoverFiles accounts for every path', () => {
  it('puts each file in exactly one place: accepted, skipped by itself, or under one skipped directory', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (files) => {
        const d = await discoverFiles(new MemoryFileSource(files), {
          maxFiles: 1000,
        })
        const accepted = new Set(d.files)
        const skippedFiles = new Set(d.skipped.filter((s) => !s.directory).map((s) => s.path))
        const skippedDirectories = d.skipped.filter((s) => s.directory).map((s) => s.path)
        expect(d.files).toEqual([...accepted].sort())
        expect(d.skipped.length).toBe(new Set(d.skipped.map((s) => s.path)).size)
        for (const path of Object.keys(files)) {
          const under = skippedDirectories.filter((dir) => path.startsWith(`${dir}/`))
          const places = Number(accepted.has(path)) + Number(skippedFiles.has(path)) + under.length
          expect(places, path).toBe(1)
        }
        // Binaries and minified files stay out whatever the attributes; installed packages stay out
        // unless `vendor/** -linguist-vendored` brings back everything under vendor/.
        const unVendored = (path: string) =>
          files['.gitattributes'] === 'vendor/** -linguist-vendored\n' && path.startsWith('vendor/')
        const forbidden = d.files.filter(
          (path) =>
            /\.png$|\.min\.js$/.test(path) ||
            (/(^|\/)node_modules\//.test(path) && !unVendored(path)),
        )
        expect(forbidden).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})
