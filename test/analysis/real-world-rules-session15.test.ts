// Rules the real-world sets called for in the fifteenth session, each on a small fixture shaped like
// the repository that showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg, root } from './real-world-fixture.js'

describe('a Next.js app whose server components load data stays a front end (midday-ai/midday, MODSetter/SurfSense)', () => {
  const pages = (n: number) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [
        `src/app/(app)/report-${i}/page.tsx`,
        [
          "import { getReport } from '@/lib/queries'",
          "import { ReportTable } from '@/components/report-table'",
          '',
          'export default async function Page() {',
          `  const rows = await getReport(${i})`,
          '  return <ReportTable rows={rows} />',
          '}',
          '',
        ].join('\n'),
      ]),
    )
  const app = (framework: Record<string, string>) => ({
    'package.json': pkg({
      name: 'ledger-dashboard',
      private: true,
      scripts: { dev: 'next dev', build: 'next build', start: 'next start' },
      dependencies: {
        next: '15',
        react: '19',
        'react-dom': '19',
        '@tanstack/react-query': '5',
        'framer-motion': '11',
        'lucide-react': '0.400',
        '@radix-ui/react-dialog': '1',
        'react-hook-form': '7',
        ...framework,
      },
    }),
    'src/lib/queries.ts': 'export const getReport = async (id: number) => fetch(`/api/r/${id}`)\n',
    'src/components/report-table.tsx':
      "'use client'\nexport function ReportTable({ rows }: { rows: unknown }) {\n  return <table />\n}\n",
    ...pages(24),
  })

  it('reads twenty-four async server pages of a Next.js app as a front end first', async () => {
    const c = await root(app({}))
    expect(c.primary[0]).toBe('spa-frontend')
    expect(c.verdict.verdict).toBe('fits')
  })

  it('still puts server-web first when the pages are React Router loaders', async () => {
    const c = await root(app({ '@react-router/node': '7' }))
    expect(c.primary[0]).toBe('server-web')
  })
})

describe('a plug-in of a build or lint tool is build tooling (rollup/plugins, streetsidesoftware/cspell)', () => {
  const plugin = (name: string, peers: Record<string, string>) => ({
    'package.json': pkg({
      name,
      main: 'dist/index.js',
      dependencies: { 'magic-string': '0.30', 'estree-walker': '2' },
      peerDependencies: peers,
      devDependencies: { rollup: '4', eslint: '9' },
    }),
    'src/index.ts': [
      "import MagicString from 'magic-string'",
      "import { walk } from 'estree-walker'",
      '',
      'export default function rewrite() {',
      '  return {',
      "    name: 'rewrite',",
      '    transform(code: string) {',
      '      const s = new MagicString(code)',
      '      walk(this.parse(code), { enter() {} })',
      '      return s.toString()',
      '    },',
      '  }',
      '}',
      '',
    ].join('\n'),
    // What the plug-in's tests feed it: a React page, which the package itself is not.
    'fixtures/samples/app.jsx': [
      "import React from 'react'",
      "import { createRoot } from 'react-dom/client'",
      "createRoot(document.getElementById('root')).render(<p />)",
      '',
    ].join('\n'),
  })

  it('reads a rollup plug-in that declares rollup as a peer as automation', async () => {
    const c = await root(plugin('@acme/plugin-rewrite', { rollup: '^4' }))
    expect(c.primary).toEqual(['automation'])
    expect(c.verdict.verdict).toBe('fits')
    const evidence = c.workloads.find((w) => w.workload === 'automation')?.evidence ?? []
    expect(evidence).toContainEqual(
      expect.objectContaining({
        file: 'package.json',
        detail: 'a plug-in of rollup, the tool it declares as a peer',
      }),
    )
  })

  it('reads an ESLint plug-in as automation, not as the front end of its fixtures', async () => {
    const c = await root(plugin('@acme/eslint-plugin', { eslint: '^9' }))
    expect(c.primary).toEqual(['automation'])
  })

  it('leaves a helper library for plug-in authors alone', async () => {
    const c = await root(plugin('@acme/pluginutils', { rollup: '^4' }))
    expect(c.primary).not.toContain('automation')
  })

  it('needs the tool as a peer, not just the name', async () => {
    const report = await analyze(plugin('@acme/plugin-rewrite', {}))
    expect(at(report, '').primary).not.toContain('automation')
  })
})

describe('a collection is named by what most of its projects do (john-smilga/node-express-course, patchy631/ai-engineering-hub)', () => {
  const expressApi = (dir: string) => ({
    [`${dir}/package.json`]: pkg({
      name: dir.replace(/\W/g, '-'),
      scripts: { start: 'node app.js' },
      dependencies: { express: '^4', mongoose: '^7' },
    }),
    [`${dir}/app.js`]: [
      "const express = require('express')",
      'const app = express()',
      "app.get('/api/v1/tasks', (req, res) => res.json([]))",
      'app.listen(3000)',
      '',
    ].join('\n'),
  })
  const script = (dir: string) => ({
    [`${dir}/package.json`]: pkg({ name: dir.replace(/\W/g, '-'), dependencies: {} }),
    [`${dir}/index.js`]:
      "const { readFileSync } = require('fs')\nconsole.log(readFileSync('a.txt', 'utf8'))\n",
  })

  it('lists a bare root over Express chapters as a Node.js collection of APIs, out of the overall verdict', async () => {
    const report = await analyze({
      'README.md': '# A course\n',
      ...expressApi('03-task-manager/final'),
      ...expressApi('04-store-api/final'),
      ...expressApi('06-jobs-api/final'),
      ...script('01-node-tutorial'),
    })
    const root = at(report, '')
    expect(root.stack.stack).toBe('node')
    expect(root.primary).toEqual(['io-api'])
    expect(root.supporting).toBe(true)
    expect(root.verdict.verdict).toBe('fits')
    expect(root.workloads[0]?.evidence[0]).toEqual({
      file: '.',
      detail: '3 of its 4 projects do this',
    })
    expect(root.workloads[0]?.evidence).toContainEqual({
      file: '04-store-api/final/package.json',
      detail: 'a project of the collection doing this',
    })
  })

  it('adds no root when the projects do not agree, or are too few', async () => {
    const split = await analyze({
      ...expressApi('api'),
      ...script('tool-a'),
      ...script('tool-b'),
    })
    expect(split.components.map((c) => c.path)).not.toContain('')
    const few = await analyze({ ...expressApi('server'), ...expressApi('admin') })
    expect(few.components.map((c) => c.path)).not.toContain('')
  })

  it('names a root whose manifest only sets up linting, and keeps it out of the overall verdict', async () => {
    const report = await analyze({
      'package.json': pkg({ name: 'samples', private: true, devDependencies: { eslint: '^9' } }),
      ...expressApi('rest-api'),
      ...expressApi('graphql-api'),
      ...expressApi('auth-api'),
    })
    const root = at(report, '')
    expect(root.primary).toEqual(['io-api'])
    expect(root.supporting).toBe(true)
  })
})

describe('a Next.js app is a front end, whatever API routes it serves (usesend/useSend, midday-ai/midday)', () => {
  const route = (name: string) => ({
    [`src/app/api/${name}/route.ts`]: [
      "import { NextResponse } from 'next/server'",
      '',
      'export async function POST(request: Request) {',
      '  const body = await request.json()',
      '  return NextResponse.json({ ok: true, body })',
      '}',
      '',
    ].join('\n'),
  })
  const app = {
    'package.json': pkg({
      name: 'mail-console',
      private: true,
      scripts: { dev: 'next dev', build: 'next build', start: 'next start' },
      dependencies: {
        next: '15',
        react: '19',
        'react-dom': '19',
        // No database client: one makes the app a server (session 20: spliit, pages-cms).
        nodemailer: '6',
      },
    }),
    'src/app/page.tsx': [
      "import { db } from '@/lib/db'",
      'export default async function Page() {',
      '  const sent = await db.email.count()',
      '  return <main>{sent} sent</main>',
      '}',
      '',
    ].join('\n'),
    'src/app/domains/page.tsx': [
      "import { db } from '@/lib/db'",
      'export default async function DomainsPage() {',
      '  const domains = await db.domain.findMany()',
      '  return <ul>{domains.map((d) => <li key={d.id}>{d.name}</li>)}</ul>',
      '}',
      '',
    ].join('\n'),
    'src/lib/db.ts':
      "import { PrismaClient } from '@prisma/client'\nexport const db = new PrismaClient()\n",
    'src/app/layout.tsx':
      'export default function Layout({ children }: { children: React.ReactNode }) {\n  return <html><body>{children}</body></html>\n}\n',
    ...route('send'),
    ...route('webhooks'),
  }

  it('reads the app as a front end whose route handlers are API work beside it', async () => {
    const c = await root(app)
    expect(c.primary[0]).toBe('spa-frontend')
    expect(c.verdict.verdict).toBe('fits')
    expect(c.workloads.map((w) => w.workload)).toContain('io-api')
  })
})

describe('work a package only describes itself doing adds no caveat (rollup/plugins esm-shim)', () => {
  it('reads a plug-in whose summary says "minified" as build tooling that fits', async () => {
    const c = await root({
      'package.json': pkg({
        name: '@acme/plugin-esm-shim',
        description: 'Generate minified bundle',
        main: 'dist/index.js',
        dependencies: { 'magic-string': '0.30' },
        peerDependencies: { rollup: '^4' },
      }),
      'src/index.ts': [
        "import MagicString from 'magic-string'",
        'export default function esmShim() {',
        "  return { name: 'esm-shim', renderChunk: (code: string) => new MagicString(code).toString() }",
        '}',
        '',
      ].join('\n'),
    })
    expect(c.primary).toEqual(['automation'])
    const cpu = c.workloads.find((w) => w.workload === 'cpu-intensive')
    expect(cpu?.confidence).toBe('low')
    expect(c.verdict.verdict).toBe('fits')
  })
})

describe('being a package the catalogue only gives a light hint is no strong evidence (Borewit/music-metadata)', () => {
  it('does not call a metadata parser whose entry hints at CPU work a mismatch on Node.js', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'music-metadata',
        description: 'Music metadata parser for Node.js',
        type: 'module',
        exports: './lib/index.js',
        dependencies: { strtok3: '^10', 'token-types': '^6', 'file-type': '^21' },
      }),
      'lib/index.js': [
        "import { fromFile } from 'strtok3'",
        "import { UINT32_BE } from 'token-types'",
        'export async function parseFile(path) {',
        '  const tokenizer = await fromFile(path)',
        '  return { size: await tokenizer.readToken(UINT32_BE) }',
        '}',
        '',
      ].join('\n'),
      // Its example imports the package itself: no second word on what it is.
      'example/parse.js':
        "import { parseFile } from 'music-metadata'\nconsole.log(await parseFile(process.argv[2]))\n",
    })
    expect(c.verdict.verdict).not.toBe('mismatch')
    expect(c.primary).not.toContain('cpu-intensive')
    // What is left is its summary's word, which corroborates and names nothing alone.
    const cpu = c.workloads.find((w) => w.workload === 'cpu-intensive')
    expect(cpu?.confidence).toBe('low')
  })
})
