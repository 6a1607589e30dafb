// Rules the real-world sets called for in the twelfth session, each on a small fixture shaped like
// the repository that showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { pkg, root } from './real-world-fixture.js'

describe('a tree-sitter grammar is its JavaScript package, not its Python binding (tree-sitter/tree-sitter-python)', () => {
  const tree = (devDependencies: Record<string, string>) => ({
    'package.json': pkg({
      name: 'tree-sitter-toy',
      main: 'bindings/node',
      dependencies: { 'node-addon-api': '^8', 'node-gyp-build': '^4' },
      devDependencies,
    }),
    'grammar.js': [
      'module.exports = grammar({',
      "  name: 'toy',",
      '  rules: { source_file: ($) => repeat($.word), word: () => /[a-z]+/ },',
      '})',
      '',
    ].join('\n'),
    'binding.gyp': '{ "targets": [{ "target_name": "tree_sitter_toy_binding" }] }\n',
    'bindings/node/index.js': "module.exports = require('node-gyp-build')(__dirname + '/../..')\n",
    'pyproject.toml': [
      '[build-system]',
      'requires = ["setuptools>=42", "wheel"]',
      'build-backend = "setuptools.build_meta"',
      '[project]',
      'name = "tree-sitter-toy"',
      'dependencies = []',
      '[project.optional-dependencies]',
      'core = ["tree-sitter~=0.22"]',
      '',
    ].join('\n'),
    'setup.py': [
      'from setuptools import Extension, setup',
      'setup(',
      '    packages=["tree_sitter_toy"],',
      '    package_dir={"": "bindings/python"},',
      '    ext_modules=[Extension("tree_sitter_toy._binding", ["bindings/python/binding.c", "src/parser.c"])],',
      ')',
      '',
    ].join('\n'),
    'bindings/python/tree_sitter_toy/__init__.py':
      'from ._binding import language\n__all__ = ["language"]\n',
    'bindings/python/tests/test_binding.py':
      'from unittest import TestCase\nimport tree_sitter_toy\n\nclass T(TestCase):\n    def test_language(self):\n        tree_sitter_toy.language()\n',
    'examples/sample.py': 'def hello():\n    return "world"\n',
  })

  it('reads the grammar built by the tree-sitter CLI as Node.js', async () => {
    const c = await root(tree({ 'tree-sitter-cli': '^0.25', prebuildify: '^6' }))
    expect(c.stack.stack).toBe('node')
  })

  it('the same files without the tree-sitter CLI are weighed as before: its Python project decides', async () => {
    const c = await root(tree({ prebuildify: '^6' }))
    expect(c.stack.stack).toBe('python')
  })
})

describe("a small package's one clear dependency is its work (apostrophecms/apostrophe's packages/cache-redis)", () => {
  const adapter = [
    "const redis = require('redis')",
    'module.exports = (options) => {',
    '  const client = redis.createClient(options)',
    '  return {',
    '    get: (key) => client.get(key),',
    '    set: (key, value) => client.set(key, value),',
    '  }',
    '}',
    '',
  ].join('\n')
  const tree = (extraFiles: number) => {
    const files: Record<string, string> = {
      'package.json': pkg({
        name: '@example/cache-redis',
        main: 'index.js',
        dependencies: { redis: '^4' },
      }),
      'index.js': adapter,
    }
    for (let i = 0; i < extraFiles; i++)
      files[`lib/helper${i}.js`] = `module.exports = (x) => x + ${i}\n`
    return files
  }

  it('reads a one-file Redis adapter as I/O work', async () => {
    const c = await root(tree(0))
    expect(c.primary).toEqual(['io-api'])
    expect(c.verdict.verdict).toBe('fits')
  })

  it('the same dependency in a larger library is too little to call its work', async () => {
    const c = await root(tree(12))
    expect(c.primary).toEqual([])
    expect(c.verdict.verdict).toBe('inconclusive')
  })
})
