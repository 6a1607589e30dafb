// Rules the real-world sets called for in the twenty-first session, each on a small fixture shaped
// like the repository that showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { pagesFirst } from '../../src/analysis/classify.js'
import type { Workload } from '../../src/model.js'
import { analyze, at, pkg, root } from './real-world-fixture.js'

describe('a package that runs a code transformer is a build tool (gregberge/svgr)', () => {
  const tree = (dependencies: Record<string, string>) => ({
    'package.json': pkg({ name: 'svg-to-components', main: 'dist/index.js', dependencies }),
    'src/index.ts': "export { transform } from './transform'\n",
    'src/transform.ts':
      "import { transformAsync } from '@babel/core'\nimport { loadConfig } from './config'\n\nexport async function transform(code: string) {\n  const config = await loadConfig()\n  const result = await transformAsync(code, config)\n  return result?.code ?? ''\n}\n",
    'src/config.ts': 'export async function loadConfig() {\n  return { presets: [] }\n}\n',
  })

  it('reads Babel declared for running and called by its code as automation', async () => {
    const c = await root(tree({ '@babel/core': '^7.21.0', camelcase: '^6.2.0' }))
    expect(c.primary).toEqual(['automation'])
  })

  it('shows no workload with the same code and no transformer declared', async () => {
    const c = await root(tree({ camelcase: '^6.2.0' }))
    expect(c.primary).toEqual([])
  })
})

describe('a small script project that leads with one use of its dependency (TheHive-Project/Cortex-Analyzers)', () => {
  const analyzer = (name: string) => ({
    [`analyzers/${name}/requirements.txt`]: 'cortexutils\nrequests\n',
    [`analyzers/${name}/${name.toLowerCase()}.py`]: `import requests\nfrom cortexutils.analyzer import Analyzer\n\n\nclass ${name}(Analyzer):\n    def run(self):\n        r = requests.get('https://api.example.org/check', params={'ip': self.get_data()})\n        self.report(r.json())\n\n\nif __name__ == '__main__':\n    ${name}().run()\n`,
  })

  it('names the work of each one, whose requests weigh toward two classes unevenly', async () => {
    const report = await analyze({ ...analyzer('AbuseLookup'), ...analyzer('HashLookup') })
    const one = at(report, 'analyzers/AbuseLookup')
    expect(one.primary).toHaveLength(1)
    expect(one.verdict.verdict).toBe('fits')
  })

  it('names the collection by the work its projects share', async () => {
    const report = await analyze({
      ...analyzer('AbuseLookup'),
      ...analyzer('HashLookup'),
      ...analyzer('DomainLookup'),
      ...analyzer('MailLookup'),
      ...analyzer('PassiveLookup'),
    })
    expect(at(report, '').primary).toEqual(at(report, 'analyzers/HashLookup').primary)
    expect(at(report, '').primary).toHaveLength(1)
  })
})

describe('a package that gathers the packages of its workspace (toeverything/blocksuite)', () => {
  const block = (name: string) => ({
    [`packages/${name}/package.json`]: pkg({
      name: `@editor/${name}`,
      main: 'src/index.ts',
      dependencies: { lit: '^3.0.0', '@floating-ui/dom': '^1.6.0' },
    }),
    [`packages/${name}/src/index.ts`]: `import { LitElement, html } from 'lit'\nimport { computePosition } from '@floating-ui/dom'\n\nexport class ${name}Block extends LitElement {\n  render() {\n    return html\`<div class="${name}"></div>\`\n  }\n}\ncustomElements.define('${name}-block', ${name}Block)\nvoid computePosition\n`,
  })
  const members = {
    '@editor/paragraph': 'workspace:*',
    '@editor/list': 'workspace:*',
    '@editor/table': 'workspace:*',
    'date-fns': '^3.0.0',
  }
  const tree = (dependencies: Record<string, string>) => ({
    'package.json': pkg({ name: 'editor', private: true, workspaces: ['packages/*'] }),
    ...block('paragraph'),
    ...block('list'),
    ...block('table'),
    'packages/all/package.json': pkg({ name: '@editor/all', main: 'src/index.ts', dependencies }),
    'packages/all/src/index.ts':
      "export * from '@editor/paragraph'\nexport * from '@editor/list'\nexport * from '@editor/table'\n",
  })

  it('does what most of them do', async () => {
    const report = await analyze(tree(members))
    expect(at(report, 'packages/paragraph').primary).toEqual(['spa-frontend'])
    const all = at(report, 'packages/all')
    expect(all.primary).toEqual(['spa-frontend'])
    expect(all.workloads[0]?.evidence[0]?.detail).toMatch(/gathers 3 workspace packages/)
  })

  it('is no meta-package when its own dependencies outnumber them', async () => {
    const report = await analyze(
      tree({
        ...members,
        'lodash-es': '^4.0.0',
        nanoid: '^5.0.0',
        zod: '^3.0.0',
      }),
    )
    expect(at(report, 'packages/all').primary).toEqual([])
  })
})

describe('a database-backed Next.js app with pages of its own renders them (opensanctions ui, teable)', () => {
  const profile = (weights: [Workload, number][]) => ({
    workloads: weights.map(([workload, raw]) => ({
      workload,
      raw,
      score: raw / weights[0]![1],
      confidence: 'high' as const,
      evidence: [],
    })),
    primary: ['spa-frontend' as Workload],
  })

  it.each([
    ['its pages when they weigh half its API or more', 20, 5, 3.5, 'server-web'],
    ['its API when its pages weigh less (miurla/morphic)', 41, 28.5, 7.25, 'io-api'],
  ] as const)('puts first %s', (_, front, api, pages, first) => {
    const p = profile([
      ['spa-frontend', front],
      ['io-api', api],
      ['server-web', pages],
    ])
    expect(pagesFirst(p, 3, true).primary[0]).toBe(first)
  })
})

describe('a Next.js app that queries a database through a package of its workspace (typehero/typehero)', () => {
  const tree = (dependencies: Record<string, string>) => ({
    'package.json': pkg({
      name: 'challenges',
      private: true,
      workspaces: ['apps/*', 'packages/*'],
    }),
    'packages/db/package.json': pkg({
      name: '@repo/db',
      main: 'src/index.ts',
      dependencies: { '@prisma/client': '^6.0.0' },
    }),
    'packages/db/src/index.ts':
      "import { PrismaClient } from '@prisma/client'\nexport const prisma = new PrismaClient()\n",
    'apps/web/package.json': pkg({
      name: 'web',
      private: true,
      scripts: { build: 'next build', start: 'next start' },
      dependencies: {
        next: '^15.0.0',
        react: '^19.0.0',
        'react-dom': '^19.0.0',
        '@tanstack/react-query': '^5.0.0',
        ...dependencies,
      },
    }),
    'apps/web/src/app/challenge/[id]/page.tsx': [
      "import { prisma } from '@repo/db'",
      'export default async function ChallengePage({ params }: { params: { id: string } }) {',
      '  const challenge = await prisma.challenge.findUnique({ where: { id: params.id } })',
      '  return <h1>{challenge?.name}</h1>',
      '}',
      '',
    ].join('\n'),
    'apps/web/src/components/Editor.tsx':
      "'use client'\nexport const Editor = () => <textarea />\n",
  })

  it('runs on its server', async () => {
    const report = await analyze(tree({ '@repo/db': 'workspace:*' }))
    expect(['server-web', 'io-api']).toContain(at(report, 'apps/web').primary[0])
  })

  it('stays a front end when it names no such package', async () => {
    const report = await analyze(tree({}))
    expect(at(report, 'apps/web').primary[0]).toBe('spa-frontend')
  })
})

describe('a plug-in that declares nothing of its own runs inside its host (volumio/volumio3-backend)', () => {
  const tree = (plugin: Record<string, unknown>) => ({
    'package.json': pkg({
      name: 'music-player',
      main: 'index.js',
      dependencies: { express: '^4.17.0', 'socket.io': '^4.0.0', jimp: '^0.16.0' },
    }),
    'index.js': [
      "const express = require('express')",
      "const { Server } = require('socket.io')",
      'const app = express()',
      'const server = app.listen(3000)',
      'const io = new Server(server)',
      "io.on('connection', (socket) => socket.emit('state', {}))",
      '',
    ].join('\n'),
    'app/plugins/appearance/package.json': pkg(plugin),
    'app/plugins/appearance/index.js': [
      "const Jimp = require('jimp')",
      'module.exports.thumbnail = async (file) => {',
      '  const image = await Jimp.read(file)',
      "  image.resize(300, 200).quality(60).write('thumbnail-' + file)",
      '}',
      '',
    ].join('\n'),
  })

  it('gives its image work a caveat, not a mismatch of the whole repository', async () => {
    const report = await analyze(
      tree({ name: 'appearance', main: 'index.js', scripts: { test: 'exit 1' } }),
    )
    const plugin = at(report, 'app/plugins/appearance')
    expect(plugin.primary).toEqual(['cpu-intensive'])
    expect(plugin.verdict.verdict).toBe('fits-with-caveats')
    expect(plugin.verdict.reasons.map((r) => r.text).join(' ')).toMatch(/runs inside the root/)
    expect(report.overall).toBe('fits-with-caveats')
  })

  it('judges a package that installs its own image library on its own', async () => {
    const report = await analyze(
      tree({ name: 'appearance', main: 'index.js', dependencies: { jimp: '^0.16.0' } }),
    )
    expect(
      at(report, 'app/plugins/appearance')
        .verdict.reasons.map((r) => r.text)
        .join(' '),
    ).not.toMatch(/runs inside/)
  })
})

describe("a hack/ folder holds its maintainers' scripts (prometheus-community/helm-charts)", () => {
  it('lists its Python project as supporting, leaving nothing to judge', async () => {
    const report = await analyze({
      'charts/stack/Chart.yaml': 'apiVersion: v2\nname: stack\nversion: 1.0.0\n',
      'charts/stack/values.yaml': 'replicas: 1\n',
      'charts/stack/hack/requirements.txt': 'requests\nPyYAML\n',
      'charts/stack/hack/sync_rules.py':
        "import requests\nimport yaml\n\n\ndef main():\n    rules = requests.get('https://example.org/rules.yaml').text\n    print(yaml.safe_load(rules))\n\n\nif __name__ == '__main__':\n    main()\n",
    })
    const hack = at(report, 'charts/stack/hack')
    expect(hack.supporting).toBe(true)
    expect(report.overall).toBe('inconclusive')
  })
})

describe('an Nx workspace lists its applications (origranot/reduced.to)', () => {
  const tree = (nx: boolean) => ({
    ...(nx ? { 'nx.json': JSON.stringify({ npmScope: 'shortener' }) } : {}),
    'package.json': pkg({
      name: '@shortener/source',
      private: true,
      dependencies: {
        '@nestjs/core': '^10.0.0',
        '@nestjs/common': '^10.0.0',
        '@nestjs/platform-express': '^10.0.0',
        kafkajs: '^2.2.0',
      },
    }),
    'apps/backend/project.json': JSON.stringify({ name: 'backend', projectType: 'application' }),
    'apps/backend/src/main.ts':
      "import { NestFactory } from '@nestjs/core'\nimport { AppModule } from './app.module'\n\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n  await app.listen(3000)\n}\nbootstrap()\n",
    'apps/backend/src/app.module.ts':
      "import { Module } from '@nestjs/common'\n@Module({})\nexport class AppModule {}\n",
    'apps/tracker/project.json': JSON.stringify({ name: 'tracker', projectType: 'application' }),
    'apps/tracker/src/main.ts':
      "import { Kafka } from 'kafkajs'\nconst consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'visits' })\nawait consumer.subscribe({ topic: 'visits' })\n",
    'libs/utils/src/index.ts': 'export const slug = (s: string) => s.toLowerCase()\n',
  })

  it('makes a component of each application folder', async () => {
    const report = await analyze(tree(true))
    const paths = report.components.map((c) => c.path)
    expect(paths).toContain('apps/backend')
    expect(paths).toContain('apps/tracker')
    expect(at(report, 'apps/backend').primary).toEqual(['io-api'])
  })

  it('leaves project.json folders alone outside an Nx workspace', async () => {
    const report = await analyze(tree(false))
    expect(report.components.map((c) => c.path)).not.toContain('apps/backend')
  })
})
