// Rules the real-world sets called for in the twenty-first session, each on a small fixture shaped
// like the repository that showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
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
