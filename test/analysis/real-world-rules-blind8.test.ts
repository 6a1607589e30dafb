// Rules that blind8's misses called for, each on a small fixture shaped like the repository that
// showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { pkg, root } from './real-world-fixture.js'

describe("a Maven project's package.json that bundles its web assets is not a Node.js app (jenkinsci/jenkins)", () => {
  const tree = (jsDir: string): Record<string, string> => {
    const files: Record<string, string> = {
      'pom.xml': '<project><modules><module>core</module></modules></project>\n',
      'core/pom.xml': '<project><artifactId>core</artifactId></project>\n',
      'core/src/main/java/ci/Queue.java': 'class Queue {}\n',
      'package.json': pkg({
        name: 'ci-ui',
        private: true,
        scripts: { build: 'webpack --mode production', start: 'yarn build --watch' },
        dependencies: { jquery: '^3', handlebars: '^4', sortablejs: '^1' },
        devDependencies: { webpack: '^5', 'webpack-cli': '^5' },
      }),
    }
    for (let i = 0; i < 12; i++)
      files[`${jsDir}/widget${i}.js`] =
        `import $ from 'jquery'\nexport const w${i} = () => $('#w${i}')\n`
    return files
  }

  it('judges the root as the Java project when its JavaScript sits in src/main/js', async () => {
    const c = await root(tree('src/main/js'))
    expect(c.stack.stack).toBe('other')
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it('keeps a Node.js package whose code sits outside those folders', async () => {
    const c = await root(tree('lib'))
    expect(c.stack.stack).toBe('node')
  })
})

describe('a file watcher that restarts a process is a command-line tool (remy/nodemon)', () => {
  it('weighs chokidar as automation, as watchdog is for Python', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'restart-on-change',
        main: './lib/index',
        bin: { 'restart-on-change': './bin/cli.js' },
        dependencies: { chokidar: '^3', minimatch: '^10' },
      }),
      'bin/cli.js': "#!/usr/bin/env node\nrequire('../lib/cli')(process.argv)\n",
      'lib/index.js': "module.exports = require('./watch')\n",
      'lib/watch.js': [
        "const chokidar = require('chokidar')",
        "const { spawn } = require('child_process')",
        'module.exports = (cmd) => chokidar.watch(".").on("change", () => spawn(cmd))',
      ].join('\n'),
      'lib/cli.js': "module.exports = (argv) => require('./watch')(argv[2])\n",
    })
    expect(c.primary[0]).toBe('automation')
  })
})

describe("a Python web app's bundled front end is the pages it serves (wagtail/wagtail)", () => {
  const cms = (pythonViews: number) => {
    // The React admin sits inside the Python package, so the folder is one component.
    const tree: Record<string, string> = {
      'pyproject.toml':
        '[project]\nname = "pagetree"\ndependencies = ["Django>=5", "django-taggit"]\n',
      'package.json': pkg({
        name: 'pagetree-admin',
        private: true,
        scripts: { build: 'webpack' },
        dependencies: { react: '^18', 'react-dom': '^18', redux: '^5', 'react-redux': '^9' },
        devDependencies: { webpack: '^5' },
      }),
    }
    for (let i = 0; i < 12; i++)
      tree[`pagetree/admin/client/Widget${i}.tsx`] = [
        "import React from 'react'",
        "import { createRoot } from 'react-dom/client'",
        `export const mount${i} = (el: HTMLElement) => createRoot(el).render(<div />)`,
      ].join('\n')
    for (let i = 0; i < pythonViews; i++)
      tree[`pagetree/admin/views/view${i}.py`] = [
        'from django.shortcuts import render',
        '',
        `def page${i}(request):`,
        `    return render(request, "admin/page${i}.html")`,
      ].join('\n')
    return root(tree)
  }

  it('judges the Django views first when the component is Python', async () => {
    const c = await cms(16)
    expect(c.stack.stack).toBe('python')
    expect(c.primary[0]).toBe('server-web')
  })
})

describe('a Python library that serves nothing is not a busy API (marshmallow-code/marshmallow)', () => {
  const component = (extra: Record<string, string>) =>
    root({
      'pyproject.toml': '[project]\nname = "marshmallow"\ndependencies = ["packaging"]\n',
      'src/marshmallow/__init__.py': 'from .schema import Schema\n',
      'src/marshmallow/schema.py':
        'class Schema:\n    def dump(self, obj):\n        return dict(obj)\n',
      ...extra,
    })

  it('turns the concurrency warning into a note and fits', async () => {
    const c = await component({})
    expect(c.primary[0]).toBe('io-api')
    expect(c.verdict.verdict).toBe('fits')
    expect(c.verdict.notes.map((n) => n.text).join(' ')).toContain('serves no requests of its own')
  })

  it('keeps the caveat for a component whose own code serves', async () => {
    const c = await component({
      'src/marshmallow/app.py': [
        'from flask import Flask',
        'app = Flask(__name__)',
        '',
        '@app.route("/users")',
        'def users():',
        '    return []',
      ].join('\n'),
    })
    expect(c.verdict.verdict).toBe('fits-with-caveats')
  })
})

describe('a published package that sends requests and serves none is an API client (e2b-dev/E2B, chroma-core/chroma, dgreif/ring)', () => {
  const sdk = (dependencies: string[]) =>
    root({
      'pyproject.toml': [
        '[project]',
        'name = "sandbox-sdk"',
        `dependencies = [${dependencies.map((d) => `"${d}"`).join(', ')}]`,
      ].join('\n'),
      'sandbox_sdk/__init__.py': 'from .client import Sandbox\n',
      'sandbox_sdk/client.py': [
        'import httpx',
        '',
        'class Sandbox:',
        '    def run(self, code):',
        '        return self._http.post("/run", json={"code": code})',
      ].join('\n'),
    })

  it('reads the SDK as I/O work', async () => {
    const c = await sdk(['httpx', 'attrs', 'protobuf'])
    expect(c.primary[0]).toBe('io-api')
    expect(c.workloads[0]?.evidence.map((e) => e.detail)).toContain(
      'a package that sends requests through httpx and serves none',
    )
  })

  it('says nothing of the kind for an app on a server framework', async () => {
    const c = await sdk(['httpx', 'flask'])
    expect(c.workloads.flatMap((w) => w.evidence.map((e) => e.detail))).not.toContain(
      'a package that sends requests through httpx and serves none',
    )
  })
})
