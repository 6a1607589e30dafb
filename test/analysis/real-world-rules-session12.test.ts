// Rules the real-world sets called for in the twelfth session, each on a small fixture shaped like
// the repository that showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg, root } from './real-world-fixture.js'

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

describe('a library that drives a compiled program is covered by it (fluent-ffmpeg/node-fluent-ffmpeg, blind23)', () => {
  const tree = (name: string) => ({
    'package.json': pkg({ name, main: 'index', dependencies: { which: '^1' } }),
    'index.js': "module.exports = require('./lib/fluent-ffmpeg')\n",
    'lib/fluent-ffmpeg.js': [
      "const { spawn } = require('child_process')",
      'function FfmpegCommand(input) { this.input = input }',
      'FfmpegCommand.prototype.run = function (args) {',
      "  const proc = spawn('ffmpeg', ['-i', this.input, ...args])",
      "  proc.stderr.on('data', (line) => this.emit('progress', line))",
      '  return proc',
      '}',
      'FfmpegCommand.prototype.size = function (size) { return this.run(["-vf", "scale=" + size]) }',
      'module.exports = FfmpegCommand',
      '',
    ].join('\n'),
  })

  it('reads the package that hands video work to the ffmpeg program as covered: never a mismatch', async () => {
    const c = await root(tree('fluent-ffmpeg'))
    expect(c.primary).toContain('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits')
  })
})

describe("a front end's models run on the user's device (expo/examples' with-tfjs-camera, blind23)", () => {
  const tree = (server: boolean) => ({
    'package.json': pkg({
      name: 'with-tfjs-camera',
      main: server ? 'server.js' : 'App.js',
      dependencies: {
        '@tensorflow-models/mobilenet': '^2',
        '@tensorflow/tfjs': '^3',
        '@tensorflow/tfjs-react-native': '^0.7',
        expo: '^56',
        'expo-camera': '~56',
        react: '19',
        'react-dom': '19',
        'react-native': '0.85',
        'react-native-web': '^0.21',
        ...(server ? { express: '^5' } : {}),
      },
    }),
    'App.js': [
      "import { CameraView } from 'expo-camera'",
      "import { View } from 'react-native'",
      "import React from 'react'",
      "import ModelView from './src/ModelView'",
      'export default function App() { return <View><CameraView /><ModelView /></View> }',
      '',
    ].join('\n'),
    'src/ModelView.js': [
      "import * as mobilenet from '@tensorflow-models/mobilenet'",
      "import * as tf from '@tensorflow/tfjs'",
      "import { cameraWithTensors } from '@tensorflow/tfjs-react-native'",
      'export async function classify(frame) {',
      '  await tf.ready()',
      '  const model = await mobilenet.load()',
      '  return model.classify(frame)',
      '}',
      '',
    ].join('\n'),
    ...(server
      ? {
          'server.js': [
            "const express = require('express')",
            "const { classify } = require('./src/ModelView')",
            'const app = express()',
            "app.post('/classify', async (req, res) => res.json(await classify(req.body)))",
            'app.listen(3000)',
            '',
          ].join('\n'),
        }
      : {}),
  })

  it('a React Native app classifying camera frames is no mismatch: the model runs on the phone', async () => {
    const c = await root(tree(false))
    expect(c.primary[0]).toBe('spa-frontend')
    expect(c.verdict.verdict).toBe('fits')
    const notes = c.verdict.notes.map((n) => n.text).join(' ')
    expect(notes).toContain("on the user's device")
    // The warning it sets aside was said: the guidance is not silent about Node.js for ML.
    expect(notes).not.toContain('says nothing against Node.js')
  })

  it('the same model behind a Node.js server it runs is still warned against', async () => {
    const c = await root(tree(true))
    expect(c.verdict.verdict).not.toBe('fits')
  })
})

describe('a collection of Node.js, Python and other-stack samples has no stack of its own (pulumi/examples, serverless-patterns, dapr/quickstarts)', () => {
  const nodeSample = (name: string) => ({
    [`${name}/package.json`]: pkg({
      name,
      main: 'index.js',
      dependencies: { '@pulumi/aws': '^6' },
    }),
    [`${name}/index.js`]: "const aws = require('@pulumi/aws')\nnew aws.s3.Bucket('b')\n",
  })
  const pythonSample = (name: string) => ({
    [`${name}/requirements.txt`]: 'pulumi-aws>=6\n',
    [`${name}/__main__.py`]: 'import pulumi_aws as aws\naws.s3.Bucket("b")\n',
  })
  const goSample = (name: string) => ({
    [`${name}/go.mod`]: `module example.com/${name}\n\ngo 1.22\n`,
    [`${name}/main.go`]: 'package main\n\nfunc main() {}\n',
  })
  const samples = (node: number, python: number, go: number) =>
    Object.assign(
      {},
      ...Array.from({ length: node }, (_, i) => nodeSample(`aws-ts-${i}`)),
      ...Array.from({ length: python }, (_, i) => pythonSample(`aws-py-${i}`)),
      ...Array.from({ length: go }, (_, i) => goSample(`aws-go-${i}`)),
    ) as Record<string, string>
  const lintRoot = {
    'package.json': pkg({ name: 'examples', private: true, devDependencies: { prettier: '^3' } }),
  }

  it('reads a root over samples of all three kinds as no stack: nothing to judge', async () => {
    const c = await root({ ...lintRoot, ...samples(5, 4, 4) })
    expect(c.stack.stack).toBe('unknown')
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it("a root of loose samples with only its samples' Dockerfiles below it reads the same", async () => {
    const loose: Record<string, string> = {}
    for (const t of ['calculator', 'bindings', 'observability', 'hello-kubernetes', 'pub-sub']) {
      loose[`tutorials/${t}/python/app.py`] =
        'from flask import Flask\nimport requests\napp = Flask(__name__)\n'
      loose[`tutorials/${t}/python/Dockerfile`] = 'FROM python:3.12-alpine\nCOPY app.py .\n'
    }
    const report = await analyze({ ...loose, ...samples(5, 4, 4) })
    expect(at(report, '').stack.stack).toBe('unknown')
  })

  it('a collection mostly of one stack keeps that stack', async () => {
    const c = await root({ ...lintRoot, ...samples(10, 1, 1) })
    expect(c.stack.stack).toBe('node')
  })
})

describe("a library's demo server is not an app starting (ai/nanoid)", () => {
  const tree = (start: string) => ({
    'package.json': pkg({
      name: 'tiny-id',
      type: 'module',
      exports: { '.': './index.js' },
      bin: './bin/tiny-id.js',
      scripts: { start, test: 'node --test' },
      devDependencies: { vite: '^7' },
    }),
    'index.js': [
      "import { webcrypto } from 'node:crypto'",
      'export const id = (size = 21) => {',
      '  const bytes = webcrypto.getRandomValues(new Uint8Array(size))',
      "  return [...bytes].map((b) => (b & 63).toString(36)).join('')",
      '}',
      '',
    ].join('\n'),
    'bin/tiny-id.js': [
      '#!/usr/bin/env node',
      "import { id } from '../index.js'",
      'const args = process.argv.slice(2)',
      "if (args.includes('--help')) { console.log('Usage: tiny-id [--size N]'); process.exit(0) }",
      'process.stdout.write(id() + "\\n")',
      '',
    ].join('\n'),
    'test/demo/index.html': '<script type="module" src="./main.js"></script>\n',
  })

  it('reads a library whose start script serves its demo with vite as no workload', async () => {
    const c = await root(tree('vite --host 0.0.0.0 test/demo/'))
    expect(c.primary).toEqual([])
  })

  it('a start script that runs the package makes its command line count', async () => {
    const c = await root(tree('node bin/tiny-id.js'))
    expect(c.primary).toEqual(['automation'])
  })
})

describe("a browser app's model runs on the user's device even when it outweighs the UI (huggingface/transformers.js-examples)", () => {
  const model = [
    "import { pipeline } from '@huggingface/transformers'",
    'export async function depth(image) {',
    "  const estimator = await pipeline('depth-estimation', 'onnx-community/depth-anything-v2-small')",
    '  return estimator(image)',
    '}',
    '',
  ].join('\n')
  const browserApp = {
    'package.json': pkg({
      name: 'depth-anything-web',
      private: true,
      type: 'module',
      scripts: { dev: 'vite', build: 'vite build' },
      dependencies: { '@huggingface/transformers': '^3' },
      devDependencies: { vite: '^7' },
    }),
    'index.html':
      '<!doctype html><body><canvas id="out"></canvas><script type="module" src="/main.js"></script></body>\n',
    'main.js': [
      "import { depth } from './model.js'",
      "const canvas = document.getElementById('out')",
      "document.querySelector('input').addEventListener('change', async (e) => {",
      '  const result = await depth(URL.createObjectURL(e.target.files[0]))',
      "  canvas.getContext('2d').putImageData(result.depth.toImageData(), 0, 0)",
      '})',
      '',
    ].join('\n'),
    'model.js': model,
  }
  const nodeScript = {
    'package.json': pkg({
      name: 'depth-anything-node',
      private: true,
      type: 'module',
      scripts: { start: 'node index.js' },
      dependencies: { '@huggingface/transformers': '^3' },
    }),
    'index.js': `${model}console.log(await depth(process.argv[2]))\n`,
  }

  it('reads a Vite app estimating depth in the browser as no mismatch', async () => {
    const c = await root(browserApp)
    expect(c.primary).toContain('data-ml')
    expect(c.verdict.verdict).not.toBe('mismatch')
  })

  it('a library with a browser build runs where its users run it: still warned against', async () => {
    const library = JSON.parse(browserApp['package.json']) as Record<string, unknown>
    const { 'main.js': demo, ...rest } = browserApp
    const c = await root({
      ...rest,
      // Its demo page sits in demo/, as image-js' and pako's do.
      'demo/main.js': demo.replace("'./model.js'", "'../model.js'"),
      'package.json': pkg({
        ...library,
        private: false,
        exports: { '.': './model.js' },
        // A UI of its own in the browser build, as image-js' and pako's demos bring.
        dependencies: { '@huggingface/transformers': '^3', react: '^19' },
      }),
    })
    expect(c.verdict.verdict).not.toBe('fits')
  })

  it('the same model in a Node.js script is still warned against', async () => {
    const c = await root(nodeScript)
    expect(c.primary).toContain('data-ml')
    expect(c.verdict.verdict).not.toBe('fits')
  })
})
