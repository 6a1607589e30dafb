// Rules that blind13's misses called for (read once blind14 and blind15 were labeled to be held
// out in its place), each on a small fixture shaped like the repository that showed it (named in
// the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg, root } from './real-world-fixture.js'

describe('pages that load their data on the server make a server-rendered app (Shelf-nu/shelf.nu)', () => {
  const routes = (n: number) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [
        `app/routes/item-${i}.tsx`,
        [
          "import { json, type LoaderFunctionArgs } from 'react-router'",
          "import { db } from '~/database/db.server'",
          '',
          'export async function loader({ params }: LoaderFunctionArgs) {',
          `  return json(await db.item.findMany({ where: { kind: ${i}, id: params.id } }))`,
          '}',
          '',
          'export default function Item() {',
          '  return null',
          '}',
          '',
        ].join('\n'),
      ]),
    )
  const app = (pages: number) => ({
    'package.json': pkg({
      name: 'asset-tracker',
      private: true,
      scripts: { build: 'react-router build', start: 'node ./build/server/index.js' },
      dependencies: {
        react: '19',
        'react-dom': '19',
        'react-router': '7',
        '@react-router/node': '7',
        'framer-motion': '11',
        'lucide-react': '0.400',
        '@radix-ui/react-dialog': '1',
        '@radix-ui/react-popover': '1',
        'react-hook-form': '7',
        // No database client: one makes the app a server however few its pages (session 20).
      },
      devDependencies: { vite: '6', '@vitejs/plugin-react': '4', tailwindcss: '3' },
    }),
    'app/root.tsx': [
      "import { Outlet } from 'react-router'",
      'export default function App() {',
      '  return <Outlet />',
      '}',
      '',
    ].join('\n'),
    ...routes(pages),
  })

  it('puts server-web first when twenty or more pages have server loaders', async () => {
    const c = await root(app(20))
    expect(c.primary[0]).toBe('server-web')
    expect(c.verdict.verdict).toBe('fits')
  })

  it('leaves a front end with a few server pages as a front end', async () => {
    const c = await root(app(3))
    expect(c.primary[0]).toBe('spa-frontend')
  })
})

describe('Python console scripts declare a command-line program (jarun/buku, jarun/ddgr)', () => {
  // A tool whose program is an extensionless script the scan does not read: the console script
  // entry is the evidence it has.
  const tool = (files: Record<string, string>) => ({
    'bookmarks_cli/__init__.py': 'from .store import open_store\n',
    'bookmarks_cli/store.py':
      'import sqlite3\n\ndef open_store(path):\n    return sqlite3.connect(path)\n',
    ...files,
  })

  it('reads [project.scripts] as a command-line tool', async () => {
    const c = await root(
      tool({
        'pyproject.toml': [
          '[project]',
          'name = "bookmarks-cli"',
          'dependencies = ["certifi"]',
          '[project.scripts]',
          'bm = "bookmarks_cli.main:main"',
          '',
        ].join('\n'),
      }),
    )
    expect(c.primary).toEqual(['automation'])
    expect(c.verdict.verdict).toBe('fits')
    const evidence = c.workloads.find((w) => w.workload === 'automation')?.evidence ?? []
    expect(evidence).toContainEqual(
      expect.objectContaining({
        file: 'pyproject.toml',
        line: 4,
        detail: 'declares a command-line program (console scripts)',
      }),
    )
  })

  it("reads setup.py's console_scripts and setup.cfg's [options.entry_points] the same way", async () => {
    const setupPy = await root(
      tool({
        'setup.py': [
          'from setuptools import setup',
          'setup(',
          '    name="bookmarks-cli",',
          '    entry_points={"console_scripts": ["bm=bookmarks_cli.main:main"]},',
          ')',
          '',
        ].join('\n'),
      }),
    )
    expect(setupPy.primary).toEqual(['automation'])
    const setupCfg = await root(
      tool({
        'setup.cfg': [
          '[metadata]',
          'name = bookmarks-cli',
          '[options]',
          'install_requires = certifi',
          '[options.entry_points]',
          'console_scripts =',
          '    bm = bookmarks_cli.main:main',
          '',
        ].join('\n'),
      }),
    )
    expect(setupCfg.primary).toEqual(['automation'])
  })

  it('does not call a web service a command-line tool for its management command', async () => {
    const c = await root({
      'pyproject.toml': [
        '[project]',
        'name = "notes-api"',
        'dependencies = ["fastapi", "uvicorn"]',
        '[project.scripts]',
        'notes-admin = "notes_api.admin:main"',
        '',
      ].join('\n'),
      'notes_api/app.py': [
        'from fastapi import FastAPI',
        'app = FastAPI()',
        '',
        '@app.get("/notes")',
        'async def notes():',
        '    return []',
        '',
      ].join('\n'),
    })
    expect(c.primary[0]).toBe('io-api')
    const evidence = c.workloads.flatMap((w) => w.evidence.map((e) => e.detail))
    expect(evidence.some((d) => d?.includes('command-line program'))).toBe(false)
  })
})

describe('a documentation repository whose setup.py packages a Sphinx extension (ros2/ros2_documentation)', () => {
  it('is a documentation site, with nothing to judge', async () => {
    const report = await analyze({
      'setup.py': [
        'from setuptools import setup',
        'setup(',
        '    name="sphinx-versions",',
        '    install_requires=["sphinx >= 2.1"],',
        '    entry_points={"console_scripts": ["sphinx-versions=sphinx_versions:main"]},',
        ')',
        '',
      ].join('\n'),
      'requirements.txt': 'sphinx\nsphinx-rtd-theme\npip\n',
      'conf.py': 'project = "Robots"\nextensions = ["sphinx_versions"]\n',
      'sphinx_versions/__init__.py': 'def main():\n    pass\n',
      'source/index.rst': 'Robots\n======\n',
      'make_sitemap.py': [
        'import argparse',
        '',
        'def main():',
        '    parser = argparse.ArgumentParser()',
        '    parser.add_argument("--out")',
        '    parser.parse_args()',
        '',
        'if __name__ == "__main__":',
        '    main()',
        '',
      ].join('\n'),
    })
    const c = at(report, '')
    expect(c.primary).toEqual([])
    expect(c.verdict.verdict).toBe('inconclusive')
  })
})

describe('a documentation site built with Astro beside a code-generation crate (biomejs/website)', () => {
  const site = (build: boolean) => {
    const tree: Record<string, string> = {
      'package.json': pkg({
        name: 'tool-website',
        private: true,
        scripts: {
          dev: 'astro dev',
          ...(build && { build: 'astro build' }),
          codegen: 'cargo run -p codegen',
        },
        devDependencies: {
          astro: '5',
          '@astrojs/starlight': '0.30',
          '@astrojs/react': '4',
          react: '19',
          'react-dom': '19',
        },
      }),
      'astro.config.ts':
        "import { defineConfig } from 'astro/config'\nexport default defineConfig({})\n",
      'Cargo.toml':
        '[package]\nname = "codegen"\nversion = "0.1.0"\n[dependencies]\nanyhow = "1"\n',
    }
    for (let i = 0; i < 12; i++)
      tree[`codegen/src/gen_${i}.rs`] = `pub fn page_${i}() -> String { String::new() }\n`
    for (let i = 0; i < 30; i++)
      tree[`src/components/Part${i}.astro`] =
        `---\nconst { title } = Astro.props\n---\n<h2>{title}</h2>\n`
    tree['src/playground/Playground.tsx'] = 'export function Playground() {\n  return null\n}\n'
    return tree
  }

  it('is a Node.js site: its Astro pages are its code, its package.json builds it', async () => {
    const c = await root(site(true))
    expect(c.stack.stack).toBe('node')
    expect(c.primary[0]).toBe('spa-frontend')
    expect(c.verdict.verdict).toBe('fits')
  })

  it('leaves a package.json of development tools with no site build to the crate', async () => {
    const c = await root(site(false))
    expect(c.stack.stack).toBe('other')
  })
})

describe('a spreadsheet library is no automation of its own (exceljs/exceljs)', () => {
  it('reads the package exceljs itself as a library with nothing to judge', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'exceljs',
        description: 'Excel Workbook Manager - Read and Write xlsx and csv Files.',
        main: './excel.js',
        dependencies: { jszip: '3', saxes: '5', 'fast-csv': '4' },
      }),
      'excel.js': "module.exports = require('./lib/exceljs.nodejs.js')\n",
      'lib/exceljs.nodejs.js':
        "const Workbook = require('./doc/workbook')\nmodule.exports = { Workbook }\n",
      'lib/doc/workbook.js': 'class Workbook {}\nmodule.exports = Workbook\n',
    })
    expect(c.primary).toEqual([])
    expect(c.verdict.verdict).toBe('inconclusive')
  })
})

describe('a grab-bag of script folders is a collection, whatever its requirements install (avinashkranjan/Amazing-Python-Scripts)', () => {
  // Script folders, one in three with requirements of its own, and a shared requirements file
  // listing what the others need: a model trainer among scrapers and bots.
  const bag = (folders: number) => {
    const tree: Record<string, string> = {
      'requirements.txt':
        'requests\nbeautifulsoup4\nselenium\ntensorflow\nkeras\nscikit-learn\npandas\n',
      'ml-trainer/train.py': [
        'import tensorflow as tf',
        'import pandas as pd',
        '',
        'model = tf.keras.Sequential([tf.keras.layers.Dense(1)])',
        'model.fit(pd.read_csv("data.csv"), epochs=3)',
        '',
      ].join('\n'),
    }
    for (let i = 0; i < folders; i++) {
      tree[`script-${i}/main.py`] = [
        'import requests',
        'from bs4 import BeautifulSoup',
        '',
        `page = requests.get("https://example.com/${i}")`,
        'print(BeautifulSoup(page.text, "html.parser").title)',
        '',
      ].join('\n')
      if (i % 3 === 0) tree[`script-${i}/requirements.txt`] = 'requests\nbeautifulsoup4\n'
    }
    return tree
  }

  it('lists the root of sixty script folders over twenty projects as a collection, not as ML', async () => {
    const report = await analyze(bag(60))
    const c = at(report, '')
    // Named by what its twenty projects do (nameCollections), not by the shared requirements.
    expect(c.primary).toEqual(['automation'])
    expect(c.supporting).toBe(true)
  })

  it('still judges a root over a few projects by what it installs', async () => {
    const c = await root(bag(12))
    expect(c.primary[0]).toBe('data-ml')
  })
})
