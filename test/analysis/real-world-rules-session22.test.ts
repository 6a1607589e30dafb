// Rules the real-world sets called for in the twenty-second session, each on a small fixture shaped
// like the repository that showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg, root, score } from './real-world-fixture.js'

describe('a web app whose integrations call other services with tools (frappe/crm)', () => {
  const tree = (dependencies: string[]) => ({
    'pyproject.toml': `[project]\nname = "crm"\nversion = "1.0.0"\ndependencies = [${dependencies.map((d) => `"${d}"`).join(', ')}]\n`,
    'crm/__init__.py': '',
    'crm/views.py':
      'from flask import Flask, render_template\n\napp = Flask(__name__)\n\n\ndef deals():\n    return render_template("deals.html")\n\n\napp.add_url_rule("/deals", view_func=deals)\n',
    'crm/integrations/rates.py':
      'import requests\nfrom bs4 import BeautifulSoup\n\n\ndef rate(currency):\n    page = requests.get(f"https://rates.example.org/{currency}")\n    return BeautifulSoup(page.text, "html.parser").find("td").text\n',
    'crm/install.py':
      'import click\n\n\ndef after_install():\n    click.secho("installed", fg="green")\n',
    'crm/templates/deals.html': '<ul>{% for d in deals %}<li>{{ d }}</li>{% endfor %}</ul>\n',
  })

  it('puts the server first when its tools weigh as much as the framework it runs on', async () => {
    const c = await root(tree(['flask', 'requests', 'beautifulsoup4']))
    expect(score(c, 'automation')).toBeGreaterThan(score(c, 'server-web'))
    expect(c.primary[0]).toBe('server-web')
    expect(c.primary).toContain('automation')
  })

  it('keeps a tool first when the server work is not declared for running', async () => {
    const c = await root(tree(['requests', 'beautifulsoup4']))
    expect(c.primary[0]).toBe('automation')
  })
})

describe('a package encoding video in WebAssembly (redotvideo/revideo)', () => {
  it('reads the WebAssembly encoder it runs as CPU work its compiled code carries', async () => {
    const report = await analyze({
      'package.json': pkg({ name: 'frames', private: true, workspaces: ['packages/*'] }),
      'packages/core/package.json': pkg({
        name: '@frames/core',
        main: 'lib/index.js',
        dependencies: { 'mp4-wasm': '^1.0.6', culori: '^4.0.1' },
      }),
      'packages/core/src/index.ts': "export { exportVideo } from './exporter'\n",
      'packages/core/src/exporter.ts':
        "import loadMp4Module from 'mp4-wasm'\n\nexport async function exportVideo(frames: ImageData[]) {\n  const mp4 = await loadMp4Module()\n  const encoder = mp4.createWebCodecsEncoder({ width: 1920, height: 1080 })\n  for (const frame of frames) await encoder.addFrame(frame)\n  return encoder.end()\n}\n",
    })
    const core = at(report, 'packages/core')
    expect(core.primary).toEqual(['cpu-intensive'])
    expect(core.verdict.verdict).toBe('fits')
  })
})

describe('a build tool that minifies images through plug-ins running native optimisers (imagemin/imagemin)', () => {
  const tree = {
    'package.json': pkg({
      name: 'imagemin',
      description: 'Minify images seamlessly',
      type: 'module',
      exports: './index.js',
      dependencies: { globby: '^14.0.0', 'p-pipe': '^4.0.0', 'file-type': '^19.0.0' },
      devDependencies: { 'imagemin-jpegtran': '^8.0.0', ava: '^6.0.0' },
    }),
    'index.js':
      "import { promises as fs } from 'node:fs'\nimport { globby } from 'globby'\nimport pPipe from 'p-pipe'\n\nexport default async function imagemin(input, { plugins = [] } = {}) {\n  const paths = await globby(input)\n  return Promise.all(paths.map(async (path) => {\n    const buffer = await fs.readFile(path)\n    return pPipe(...plugins)(buffer)\n  }))\n}\n",
  }

  it('reads it as a build tool, never a mismatch for Node.js', async () => {
    const c = await root(tree)
    expect(c.primary[0]).toBe('automation')
    expect(c.verdict.verdict).not.toBe('mismatch')
  })

  it('counts a plug-in that runs a native optimiser as compiled code', async () => {
    const report = await analyze({
      'package.json': pkg({ name: 'thumbs', private: true, workspaces: ['packages/*'] }),
      'packages/shrink/package.json': pkg({
        name: 'shrink',
        main: 'index.js',
        dependencies: { 'imagemin-mozjpeg': '^10.0.0', sharp: '^0.33.0' },
      }),
      'packages/shrink/index.js':
        "import mozjpeg from 'imagemin-mozjpeg'\nimport sharp from 'sharp'\n\nexport const shrink = async (buffer) => mozjpeg({ quality: 70 })(await sharp(buffer).resize(800).toBuffer())\n",
    })
    const shrink = at(report, 'packages/shrink')
    expect(shrink.verdict.mitigations?.map((m) => JSON.stringify(m)).join(' ')).toMatch(
      /imagemin-mozjpeg/,
    )
  })
})

describe('a client package the repository generates (polarsource/polar sdk/python)', () => {
  it('is a component of its own, judged by what it declares', async () => {
    const report = await analyze({
      '.gitattributes': 'sdk/python/** linguist-generated=true\n',
      'server/pyproject.toml':
        '[project]\nname = "server"\nversion = "1.0.0"\ndependencies = ["fastapi", "uvicorn"]\n',
      'server/app.py':
        'from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/health")\nasync def health():\n    return {"ok": True}\n',
      'sdk/python/pyproject.toml':
        '[project]\nname = "shop-sdk"\nversion = "1.0.0"\ndependencies = ["httpx", "pydantic"]\n',
      'sdk/python/shop/sdk.py':
        'import httpx\n\n\nclass Shop:\n    def orders(self):\n        return httpx.get("https://api.example.org/orders").json()\n',
    })
    const sdk = at(report, 'sdk/python')
    expect(sdk.stack.stack).toBe('python')
    expect(sdk.primary).toEqual(['io-api'])
  })
})

describe('Slack client packages are HTTP clients (slackapi/node-slack-sdk packages/webhook, packages/oauth)', () => {
  it.each(['@slack/webhook', '@slack/oauth'])('reads the package %s as API work', async (name) => {
    const c = await root({
      'package.json': pkg({
        name,
        main: 'dist/index.js',
        dependencies: { '@slack/web-api': '^7.0.0', jsonwebtoken: '^9.0.0' },
      }),
      'src/index.ts':
        "import { WebClient } from '@slack/web-api'\nimport jwt from 'jsonwebtoken'\n\nexport async function install(code: string, secret: string) {\n  const result = await new WebClient().oauth.v2.access({ code })\n  return jwt.sign({ team: result.team?.id }, secret)\n}\n",
    })
    expect(c.primary).toEqual(['io-api'])
  })
})

describe('a plug-in that installs the tool it extends for running (palantir/blueprint packages/eslint-plugin)', () => {
  it('is build tooling, as one that declares the tool as a peer is', async () => {
    const c = await root({
      'package.json': pkg({
        name: '@ui/eslint-plugin',
        main: 'lib/index.js',
        dependencies: { eslint: '^8.56.0', '@typescript-eslint/utils': '^7.0.0' },
      }),
      'src/index.ts':
        "import { noClassicColors } from './rules/no-classic-colors'\n\nexport const rules = { 'no-classic-colors': noClassicColors }\n",
      'src/rules/no-classic-colors.ts':
        "import { ESLintUtils } from '@typescript-eslint/utils'\n\nexport const noClassicColors = ESLintUtils.RuleCreator.withoutDocs({\n  meta: { type: 'suggestion', messages: { old: 'Use the new palette' }, schema: [] },\n  defaultOptions: [],\n  create: (context) => ({ Literal: (node) => context.report({ node, messageId: 'old' }) }),\n})\n",
    })
    expect(c.primary).toEqual(['automation'])
    expect(c.workloads[0]?.evidence[0]?.detail).toMatch(
      /plug-in of eslint, the tool it declares for running/,
    )
  })
})
