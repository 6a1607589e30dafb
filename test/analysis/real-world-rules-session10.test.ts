// Rules the open sets' remaining misses called for in the tenth session, each on a small fixture
// shaped like the repository that showed it (named in the describe line; none of its files are
// copied here).
import { describe, expect, it } from 'vitest'
import { pkg, pythonCli, root } from './real-world-fixture.js'

describe('a Visual Studio solution makes its folder a .NET component (duplicati/duplicati)', () => {
  const tree = (solution: Record<string, string>) => ({
    ...solution,
    // Style tooling for the web UI the C# server ships.
    'package.json': pkg({ devDependencies: { less: '^4', stylelint: '^16', postcss: '^8' } }),
    'Tools/reencrypt.py':
      'import argparse\nimport requests\n\nparser = argparse.ArgumentParser()\n',
    'Tools/resume.py': 'import requests\nrequests.post("http://localhost:8200/api/resume")\n',
    'Backup.Core/Backup.Core.csproj': '<Project Sdk="Microsoft.NET.Sdk"></Project>\n',
    'Backup.Core/Engine.cs': 'namespace Backup.Core { public class Engine {} }\n',
    'Backup.Server/Backup.Server.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
    'Backup.Server/Program.cs': 'var app = WebApplication.Create(args);\napp.Run();\n',
  })

  it('reads the root as the .NET repository it is, not as its Python helper scripts', async () => {
    const c = await root(tree({ 'Backup.slnx': '<Solution></Solution>\n' }))
    expect(c.stack.stack).toBe('other')
    expect(c.stack.otherName).toBe('.NET')
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it('an older .sln solution counts the same', async () => {
    const c = await root(tree({ 'Backup.sln': 'Microsoft Visual Studio Solution File\n' }))
    expect(c.stack.stack).toBe('other')
  })

  it('without a solution the root is what its own files say', async () => {
    const c = await root(tree({}))
    expect(c.stack.stack).not.toBe('other')
  })
})

describe("a Python package's assets/ folder is browser assets (jbms/sphinx-immaterial)", () => {
  const scripts = Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [
      `src/theme/assets/javascripts/components/part${i}.ts`,
      `import ClipboardJS from "clipboard"\nexport const part${i} = () => new ClipboardJS(".copy")\n`,
    ]),
  )
  const tree = {
    'pyproject.toml': '[project]\nname = "doc-theme"\ndependencies = ["sphinx", "pydantic"]\n',
    'setup.py': 'from setuptools import setup\nsetup()\n',
    'package.json': pkg({
      dependencies: { clipboard: '^2' },
      devDependencies: { preact: '^10', sass: '^1' },
    }),
    'doc_theme/__init__.py': 'def setup(app):\n    app.add_html_theme("doc_theme", __path__[0])\n',
    'doc_theme/nav.py': 'import pydantic\n\nclass Nav(pydantic.BaseModel):\n    title: str\n',
    'doc_theme/search.py': 'from sphinx.application import Sphinx\n',
    ...scripts,
  }

  it('reads the theme as the Python package that serves them', async () => {
    const c = await root(tree)
    expect(c.stack.stack).toBe('python')
  })
})

describe("Express's chained routes, and a .dev/ folder of helper scripts (pawelmalak/flame)", () => {
  const route = (name: string) =>
    [
      "const express = require('express')",
      'const router = express.Router()',
      `const { list, create, update } = require('../controllers/${name}')`,
      'router',
      "  .route('/')",
      '  .get(list)',
      '  .post(create)',
      "router.route('/:id').put(update)",
      'module.exports = router',
      '',
    ].join('\n')
  const tree = {
    'package.json': pkg({
      name: 'start-page',
      main: 'server.js',
      dependencies: { express: '^4', sequelize: '^6', 'node-schedule': '^2', ws: '^8' },
    }),
    'server.js':
      "const http = require('http')\nconst app = require('./api')\nhttp.createServer(app).listen(5005)\n",
    'api.js':
      "const express = require('express')\nconst app = express()\napp.use('/api/apps', require('./routes/apps'))\nmodule.exports = app\n",
    'routes/apps.js': route('apps'),
    'routes/bookmarks.js': route('bookmarks'),
    'routes/categories.js': route('categories'),
    'routes/themes.js': route('themes'),
    'utils/jobs.js':
      "const schedule = require('node-schedule')\nschedule.scheduleJob('*/15 * * * *', refresh)\n",
    '.dev/importer.py': [
      'import argparse',
      'from bs4 import BeautifulSoup',
      '',
      'if __name__ == "__main__":',
      '    parser = argparse.ArgumentParser()',
      '    parser.parse_args()',
      '',
    ].join('\n'),
  }

  it('counts every chained route file as the API it is', async () => {
    const c = await root(tree)
    const routes = c.workloads
      .find((w) => w.workload === 'io-api')
      ?.evidence.find((e) => e.detail.startsWith('HTTP route handler'))
    expect(routes?.detail).toBe('HTTP route handler (4 files)')
    expect(c.primary[0]).toBe('io-api')
  })

  it('weighs the .dev/ script as a tool, not as what the server does', async () => {
    const automation = (c: Awaited<ReturnType<typeof root>>) =>
      c.workloads.find((w) => w.workload === 'automation')?.raw ?? 0
    const { ['.dev/importer.py']: script, ...rest } = tree
    const without = automation(await root({ ...rest, '.dev/importer.py': '' }))
    const asTool = automation(await root(tree)) - without
    const asApp = automation(await root({ ...rest, 'importer/main.py': script })) - without
    expect(asTool).toBeGreaterThan(0)
    expect(asTool).toBeLessThan(asApp / 2)
  })
})

describe('a mitigation imported without being declared still covers (askrella/whatsapp-chatgpt)', () => {
  const tree = (deps: Record<string, string>) => ({
    'package.json': pkg({
      name: 'chat-relay',
      description: 'A chat bot that relays voice notes to a hosted model',
      main: 'src/index.ts',
      dependencies: { 'whatsapp-web.js': '^1', openai: '^4', ...deps },
    }),
    'src/index.ts': [
      "import { Client } from 'whatsapp-web.js'",
      "import { transcribe } from './voice'",
      'const client = new Client({})',
      "client.on('message', async (m) => m.reply(await transcribe(m)))",
      'client.initialize()',
      '',
    ].join('\n'),
    'src/voice.ts': [
      "import OpenAI from 'openai'",
      "import ffmpeg from 'fluent-ffmpeg'",
      'const openai = new OpenAI()',
      'export async function transcribe(m: unknown) {',
      "  await new Promise((done) => ffmpeg('in.ogg').toFormat('wav').on('end', done).save('out.wav'))",
      "  return openai.audio.transcriptions.create({ file: 'out.wav', model: 'whisper-1' })",
      '}',
      '',
    ].join('\n'),
  })

  it('counts the undeclared fluent-ffmpeg import as the compiled-code mitigation', async () => {
    const c = await root(tree({}))
    expect(c.primary[0]).toBe('automation')
    expect(c.verdict.verdict).toBe('fits')
    expect(c.verdict.mitigations.map((m) => m.id)).toContain('node-compiled-code')
  })

  it('declared, it covers the same way', async () => {
    const c = await root(tree({ 'fluent-ffmpeg': '^2' }))
    expect(c.verdict.verdict).toBe('fits')
  })
})

describe('a WebSocket proxy built on http.server serves its own connections (novnc/websockify)', () => {
  const tree = {
    'setup.py': [
      'from setuptools import setup',
      'setup(',
      '    name="websockify",',
      '    install_requires=["numpy", "requests"],',
      '    entry_points={"console_scripts": ["websockify = websockify.proxy:main"]},',
      ')',
      '',
    ].join('\n'),
    'websockify/__init__.py': '',
    'websockify/server.py': [
      'from http.server import BaseHTTPRequestHandler, HTTPServer',
      '',
      'class FrameServer(HTTPServer):',
      '    allow_reuse_address = True',
      '',
      'class FrameHandler(UpgradeMixIn, BaseHTTPRequestHandler):',
      '    def do_GET(self):',
      '        self.upgrade_to_websocket()',
      '',
    ].join('\n'),
    'websockify/proxy.py': [
      'import argparse',
      'import multiprocessing',
      'import select',
      'from websockify.server import FrameServer, FrameHandler',
      '',
      'def relay(client, target):',
      '    while True:',
      '        ready, _, _ = select.select([client, target], [], [])',
      '',
      'def main():',
      '    parser = argparse.ArgumentParser()',
      '    parser.add_argument("listen")',
      '    FrameServer(("", 6080), FrameHandler).serve_forever()',
      '',
    ].join('\n'),
  }

  it('is the real-time server its catalogue entry says, and the Python warning applies', async () => {
    const c = await root(tree)
    expect(c.primary[0]).toBe('realtime')
    expect(c.verdict.reasons.map((r) => r.rule)).not.toContain('no-warning')
    expect(['mismatch', 'fits-with-caveats']).toContain(c.verdict.verdict)
  })
})

describe('a static site generator is a build tool; the sites built with it are pages (getpelican/pelican)', () => {
  const generator = {
    'pyproject.toml': [
      '[project]',
      'name = "pelican"',
      'dependencies = ["jinja2", "docutils", "watchfiles", "rich"]',
      '[project.scripts]',
      'pelican = "pelican.__main__:main"',
      '',
    ].join('\n'),
    'pelican/__init__.py': 'from jinja2 import Environment\n',
    'pelican/__main__.py': pythonCli('Build a site'),
  }

  it('reads the generator itself as automation', async () => {
    const c = await root(generator)
    expect(c.primary[0]).toBe('automation')
  })

  it('reads a blog built with it as pages, as before', async () => {
    const c = await root({
      'requirements.txt': 'pelican\nmarkdown\n',
      'pelicanconf.py': 'AUTHOR = "me"\nSITENAME = "notes"\nTHEME = "themes/plain"\n',
    })
    expect(c.workloads[0]?.workload).toBe('server-web')
  })
})

describe('smart-home device libraries are IoT (codetheweb/tuyapi, koush/scrypted plugins/homekit)', () => {
  it('reads a package named after a catalogued device library as that library', async () => {
    const c = await root({
      'package.json': pkg({ name: 'tuyapi', main: 'index.js', dependencies: { debug: '^4' } }),
      'index.js':
        "const net = require('net')\nmodule.exports = class Device { connect() { return net.connect(6668) } }\n",
    })
    expect(c.primary[0]).toBe('iot')
    expect(c.verdict.verdict).toBe('fits')
  })

  it('reads a HomeKit bridge plugin as IoT', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'bridge-plugin',
        main: 'src/main.ts',
        dependencies: { '@homebridge/hap-nodejs': '^2' },
      }),
      'src/main.ts':
        "import { Accessory, Bridge } from '@homebridge/hap-nodejs'\nexport const bridge = new Bridge('Home', 'uuid')\n",
    })
    expect(c.primary[0]).toBe('iot')
  })
})

describe('medical-imaging libraries join the catalogue (pydicom/pydicom)', () => {
  it('reads a DICOM reader with a small command line as the decoding library it is', async () => {
    const c = await root({
      'pyproject.toml': [
        '[project]',
        'name = "pydicom"',
        '[project.optional-dependencies]',
        'pixeldata = ["numpy", "pillow"]',
        '[project.scripts]',
        'pydicom = "pydicom.cli.main:main"',
        '',
      ].join('\n'),
      'src/pydicom/__init__.py': 'from pydicom.filereader import dcmread\n',
      'src/pydicom/filereader.py':
        'import struct\n\ndef dcmread(fp):\n    return struct.unpack("<HH", fp.read(4))\n',
      'src/pydicom/cli/main.py': pythonCli('Show a DICOM file'),
    })
    expect(c.primary[0]).toBe('cpu-intensive')
  })

  it('reads an analysis that loads scans with it as data work', async () => {
    const c = await root({
      'requirements.txt': 'pydicom\nnibabel\n',
      'analysis.py': 'import pydicom\nimport nibabel\n\nscan = nibabel.load("brain.nii")\n',
    })
    expect(c.primary[0]).toBe('data-ml')
  })
})

describe('the catalogue knows the packages real manifests use most (a JupyterLab extension)', () => {
  it('reads an extension built on the @jupyterlab scope as front-end code', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'lab-git-panel',
        main: 'lib/index.js',
        dependencies: {
          '@jupyterlab/application': '^4',
          '@jupyterlab/apputils': '^4',
          '@jupyterlab/services': '^7',
          '@lumino/widgets': '^2',
        },
      }),
      'src/index.ts': [
        "import { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application'",
        "import { Widget } from '@lumino/widgets'",
        'const plugin: JupyterFrontEndPlugin<void> = {',
        "  id: 'lab-git-panel',",
        '  activate: (app: JupyterFrontEnd) => app.shell.add(new Widget(), "left"),',
        '}',
        'export default plugin',
        '',
      ].join('\n'),
    })
    expect(c.primary[0]).toBe('spa-frontend')
  })

  it('reads a book builder that ships folium for its readers as the build tool it is', async () => {
    const c = await root({
      'pyproject.toml': [
        '[project]',
        'name = "jupyter-book"',
        'dependencies = ["click", "jupytext", "pyyaml", "folium", "sphinx"]',
        '[project.scripts]',
        'jupyter-book = "jupyter_book.cli:main"',
        '',
      ].join('\n'),
      'jupyter_book/__init__.py': '',
      'jupyter_book/cli.py': 'import click\n\n@click.command()\ndef main():\n    pass\n',
    })
    expect(c.primary[0]).toBe('automation')
  })
})

describe('a published package the catalogue knows is of its own stack (zhuker/lamejs)', () => {
  const java = Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [
      `src/java/mp3/Part${i}.java`,
      `package mp3;\npublic class Part${i} { int encode(short[] pcm) { return pcm.length; } }\n`,
    ]),
  )
  const tree = (name: string) => ({
    'pom.xml': '<project><artifactId>mp3-encoder</artifactId></project>\n',
    'package.json': pkg({ name, description: 'An MP3 encoder', main: 'src/js/index.js' }),
    'src/js/index.js': "module.exports = { Mp3Encoder: require('./Mp3Encoder') }\n",
    'src/js/Mp3Encoder.js':
      'module.exports = function Mp3Encoder(channels, rate) { this.encodeBuffer = (pcm) => pcm }\n',
    'src/js/Psy.js':
      'module.exports = (samples) => samples.map((s) => Math.sin(s) * Math.log(1 + s))\n',
    ...java,
  })

  it('reads the npm package lamejs as Node.js beside the Java it was ported from', async () => {
    const c = await root(tree('lamejs'))
    expect(c.stack.stack).toBe('node')
    expect(c.primary[0]).toBe('cpu-intensive')
  })

  it('an unknown name leaves the Java project the larger part', async () => {
    const c = await root(tree('my-private-port'))
    expect(c.stack.stack).toBe('other')
  })

  it('a name only a catalogued scope covers is not that published package', async () => {
    const c = await root(tree('@lumino/mp3-port'))
    expect(c.stack.stack).toBe('other')
  })
})

describe('device and tool packages the blind19 set named (mjg59/python-broadlink, Rich-Harris/degit)', () => {
  it('reads a package named broadlink as IoT', async () => {
    const c = await root({
      'setup.py':
        'from setuptools import setup\nsetup(name="broadlink", install_requires=["cryptography"])\n',
      'broadlink/__init__.py':
        'import socket\n\ndef discover(timeout=5):\n    return socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n',
    })
    expect(c.primary[0]).toBe('iot')
  })

  it('reads a package named degit as automation', async () => {
    const c = await root({
      'package.json': pkg({ name: 'degit', main: 'dist/index.js', bin: { degit: 'dist/bin.js' } }),
      'src/index.ts':
        "import fs from 'fs'\nexport default function degit(src: string) { return fs.existsSync(src) }\n",
    })
    expect(c.primary[0]).toBe('automation')
  })
})
