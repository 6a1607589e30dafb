// Rules the open sets' remaining misses called for in the ninth session, each on a small fixture
// shaped like the repository that showed it (named in the describe line; none of its files are
// copied here).
import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../src/scan/manifests/index.js'
import { analyze, at, pkg, root, score } from './real-world-fixture.js'

describe("a project's extras and pip constraints are not what it runs (Aider-AI/aider)", () => {
  const pyproject = [
    '[project]',
    'name = "pair-coder"',
    'dynamic = ["dependencies", "optional-dependencies"]',
    '[project.scripts]',
    'pair-coder = "pair_coder.main:main"',
    '[tool.setuptools.dynamic]',
    'dependencies = { file = "requirements.txt" }',
    '[tool.setuptools.dynamic.optional-dependencies]',
    'help = { file = "requirements/requirements-help.txt" }',
    '',
  ].join('\n')
  const tree = (extras: string) => ({
    'pyproject.toml': extras,
    'requirements.txt': 'click\nprompt-toolkit\ngitpython\nopenai\n',
    // The offline help command's extra: a local embedding model.
    'requirements/requirements-help.txt':
      'torch\ntransformers\nsentence-transformers\nscikit-learn\nnltk\n',
    'requirements/requirements-help.in': 'torch\nsentence-transformers\n',
    // Every pin of every extra, for `pip install -c`.
    'requirements/common-constraints.txt':
      'torch==2.2.0\ntransformers==4.40.0\nscikit-learn==1.4.0\npandas==2.2.0\nscipy==1.12.0\n',
    'pair_coder/__init__.py': '',
    'pair_coder/main.py': [
      'import click',
      'import git',
      'from prompt_toolkit import prompt',
      'from openai import OpenAI',
      '',
      '@click.command()',
      '@click.argument("files", nargs=-1)',
      'def main(files):',
      '    repo = git.Repo(".")',
      '    reply = OpenAI().chat.completions.create(model="gpt-4o", messages=[])',
      '    click.echo(reply)',
      '',
    ].join('\n'),
  })

  it('names the requirement files of its extras as optional', async () => {
    const { manifest } = await parseManifest('pyproject.toml', 'pyproject.toml', pyproject)
    expect(manifest?.optionalDependencyFiles).toEqual(['requirements/requirements-help.txt'])
    expect(manifest?.dependencyFiles).toContain('requirements.txt')
  })

  it('weighs an extra that brings a local model at the optional scope, not as the tool itself', async () => {
    const c = await root(tree(pyproject))
    expect(c.stack.stack).toBe('python')
    expect(c.primary[0]).toBe('automation')
    const torch = c.workloads
      .flatMap((w) => w.evidence)
      .find((e) => e.detail.startsWith('PyPI dependency torch'))
    expect(torch?.file).toBe('requirements/requirements-help.in')
  })

  it('reads the same files as the runtime when no pyproject names them as extras', async () => {
    const plain = await root(tree('[project]\nname = "pair-coder"\n'))
    const extras = await root(tree(pyproject))
    expect(score(plain, 'data-ml')).toBeGreaterThan(score(extras, 'data-ml'))
  })
})

describe("a Python integration's www/ scripts are the browser card it serves (AlexxIT/WebRTC)", () => {
  const tree = (folder: string) => ({
    // Only the linter of those scripts.
    'package.json': JSON.stringify({ devDependencies: { eslint: '8', 'eslint-plugin-html': '7' } }),
    'hacs.json': '{"name": "Camera card"}',
    'custom_components/camcard/manifest.json': '{"domain": "camcard", "requirements": []}',
    'custom_components/camcard/__init__.py': [
      'from aiohttp import web',
      'from homeassistant.core import HomeAssistant',
      '',
      'async def async_setup(hass: HomeAssistant, config):',
      '    hass.http.register_static_path("/camcard", "www")',
      '    return True',
      '',
    ].join('\n'),
    'custom_components/camcard/config_flow.py': 'from homeassistant import config_entries\n',
    'custom_components/camcard/media_player.py':
      'from homeassistant.components.media_player import MediaPlayerEntity\n',
    'custom_components/camcard/utils.py': 'import aiohttp\n',
    [`custom_components/camcard/${folder}/video-card.js`]:
      'class VideoCard extends HTMLElement {}\ncustomElements.define("video-card", VideoCard)\n',
    [`custom_components/camcard/${folder}/ptz.js`]: 'export function zoom(el) { el.scale = 2 }\n',
    [`custom_components/camcard/${folder}/player.js`]:
      'export const pc = new RTCPeerConnection()\n',
    [`custom_components/camcard/${folder}/embed.js`]: 'document.body.append("camera")\n',
  })

  it('reads the integration as Python, its www/ scripts as assets', async () => {
    expect((await root(tree('www'))).stack.stack).toBe('python')
  })

  it('still counts the same scripts as Node.js code outside such a folder', async () => {
    expect((await root(tree('cards'))).stack.stack).toBe('node')
  })
})

describe('a Meteor publication is a live feed, as a socket handler is (wekan/wekan)', () => {
  const tree: Record<string, string> = {
    '.meteor/release': 'METEOR@3.0\n',
    'package.json': pkg({
      name: 'boards',
      private: true,
      scripts: { start: 'meteor run' },
      dependencies: { 'meteor-node-stubs': '1', nodemailer: '6' },
      devDependencies: { puppeteer: '22' },
    }),
    'models/settings.js': "import nodemailer from 'nodemailer'\nexport const mailer = nodemailer\n",
    // The generator of its API description.
    'openapi/generate_openapi.py': [
      'import argparse',
      '',
      'def main():',
      '    parser = argparse.ArgumentParser()',
      '    parser.add_argument("--release")',
      '    args = parser.parse_args()',
      '',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n'),
  }
  for (const name of ['boards', 'cards', 'lists', 'users', 'activities', 'rules'])
    tree[`server/publications/${name}.js`] = [
      "import { Meteor } from 'meteor/meteor'",
      `Meteor.publish('${name}', function () {`,
      `  return Collections.${name}.find({ userId: this.userId })`,
      '})',
      '',
    ].join('\n')
  // The snap package's helper scripts.
  for (const name of ['db-choose', 'db-backup', 'db-restore', 'caddy-start', 'mongo-start'])
    tree[`snap-src/bin/${name}.mjs`] = [
      '#!/usr/bin/env node',
      "import { execFileSync } from 'node:child_process'",
      'const [, , target] = process.argv',
      "execFileSync('mongodump', ['--out', target])",
      '',
    ].join('\n')

  it('reads the publications spread over the app as its real-time work', async () => {
    const c = await root(tree)
    expect(c.primary[0]).toBe('realtime')
    expect(c.verdict.verdict).toBe('fits')
  })
})

describe("socket.io's default namespace is a socket server too (miroslavpejic85/mirotalk)", () => {
  const tree = {
    'package.json': pkg({
      name: 'callroom',
      description: 'Peer-to-peer WebRTC video calls in the browser',
      main: 'app/src/server.js',
      scripts: { start: 'node app/src/server.js' },
      dependencies: {
        express: '4',
        cors: '2',
        compression: '1',
        helmet: '7',
        jsonwebtoken: '9',
        'express-rate-limit': '7',
        'swagger-ui-express': '5',
        openai: '4',
        'socket.io': '4',
      },
    }),
    'app/src/server.js': [
      "const express = require('express')",
      "const { Server } = require('socket.io')",
      "const OpenAI = require('openai')",
      'const app = express()',
      "app.get('/api/v1/meeting', (req, res) => res.json({ room: req.query.room }))",
      "app.post('/api/v1/chat', async (req, res) => res.json(await new OpenAI().chat.completions.create(req.body)))",
      'const server = app.listen(3000)',
      'const io = new Server(server)',
      "io.sockets.on('connect', async (socket) => {",
      "  socket.on('join', (room) => socket.join(room))",
      "  socket.on('relaySDP', ({ peer, sdp }) => io.to(peer).emit('sessionDescription', sdp))",
      '})',
      '',
    ].join('\n'),
  }

  it('reads the signalling server as the real-time work the API carries', async () => {
    const c = await root(tree)
    expect(c.primary[0]).toBe('realtime')
    expect(c.verdict.verdict).toBe('fits')
  })
})

describe('a project builds its packages from the folder its pyproject names (feast-dev/feast)', () => {
  const pyproject = (packages: string) =>
    [
      '[project]',
      'name = "featurestore"',
      'dependencies = ["pandas", "pyarrow", "dask", "fastapi", "uvicorn"]',
      '[tool.setuptools]',
      packages,
      '',
    ].join('\n')
  const tree = (packages: string) => {
    const files: Record<string, string> = {
      'pyproject.toml': pyproject(packages),
      // The Go feature server beside it.
      'go.mod': 'module github.com/acme/featurestore\n\ngo 1.22\n',
      // Only linter settings, and the per-Python pins of the same project (with sdist tools).
      'sdk/python/pyproject.toml': '[tool.ruff]\nline-length = 100\n',
      'sdk/python/requirements/py3.12-minimal-sdist-requirements.txt':
        'pandas==2.2.0\nsphinx==7.2.0\n',
    }
    for (let i = 0; i < 4; i++) files[`go/internal/server/handler${i}.go`] = 'package server\n'
    for (let i = 0; i < 30; i++)
      files[`sdk/python/featurestore/module${i}.py`] = 'import pandas as pd\nimport pyarrow\n'
    return files
  }

  it('reads where and package-dir as the folders its packages come from', async () => {
    const roots = async (text: string) =>
      (await parseManifest('pyproject.toml', 'pyproject.toml', text)).manifest?.packageRoots
    expect(await roots(pyproject('packages = {find = {where = ["sdk/python"]}}'))).toEqual([
      'sdk/python',
    ])
    expect(await roots(pyproject('package-dir = {"" = "src"}'))).toEqual(['src'])
    expect(await roots(pyproject('packages = {find = {where = ["."]}}'))).toBeUndefined()
  })

  it('judges the code in that folder as the project, not its manifests there as a second one', async () => {
    const report = await analyze(tree('packages = {find = {where = ["sdk/python"]}}'))
    expect(report.components.map((c) => c.path)).not.toContain('sdk/python')
    const c = at(report, '')
    expect([c.stack.stack, c.primary[0], c.verdict.verdict, c.supporting]).toEqual([
      'python',
      'data-ml',
      'fits',
      false,
    ])
  })

  it('leaves a folder that declares a project of its own as its own component', async () => {
    const files = tree('packages = {find = {where = ["sdk/python"]}}')
    files['sdk/python/pyproject.toml'] = '[project]\nname = "featurestore-sdk"\n'
    const report = await analyze(files)
    expect(report.components.map((c) => c.path)).toContain('sdk/python')
  })
})
