// The one-line summary each manifest kind gives of its package, kept with its line.
import { describe, expect, it } from 'vitest'
import { parsePackageJson } from '../../src/scan/manifests/package-json.js'
import { parsePyproject } from '../../src/scan/manifests/pyproject.js'
import { parseSetupCfg } from '../../src/scan/manifests/setup-cfg.js'
import { parseSetupPy } from '../../src/scan/manifests/setup-py.js'

describe('manifest descriptions', () => {
  it('reads package.json `description`', () => {
    const text = '{\n  "name": "hub",\n  "description": "  A home automation server  "\n}\n'
    expect(parsePackageJson('package.json', text).manifest?.description).toEqual({
      text: 'A home automation server',
      line: 3,
    })
  })

  it('ignores an empty or non-string description and cuts a pasted README short', () => {
    expect(parsePackageJson('package.json', '{"description": ""}').manifest?.description).toBe(
      undefined,
    )
    expect(parsePackageJson('package.json', '{"description": 3}').manifest?.description).toBe(
      undefined,
    )
    const long = JSON.stringify({ description: 'x'.repeat(5000) })
    expect(parsePackageJson('package.json', long).manifest?.description?.text).toHaveLength(300)
  })

  it('reads the PEP 621 description, and Poetry when PEP 621 gives none', () => {
    const pep621 = '[project]\nname = "praw-like"\ndescription = "Reddit API wrapper"\n'
    expect(parsePyproject('pyproject.toml', pep621).manifest?.description).toEqual({
      text: 'Reddit API wrapper',
      line: 3,
    })
    const poetry = '[tool.poetry]\nname = "bot"\ndescription = "A ChatOps bot"\n'
    expect(parsePyproject('pyproject.toml', poetry).manifest?.description?.text).toBe(
      'A ChatOps bot',
    )
  })

  it('reads setup.cfg [metadata] description and a literal setup.py description only', () => {
    const cfg = '[metadata]\nname = tool\ndescription = A command-line tool\n'
    expect(parseSetupCfg('setup.cfg', cfg).manifest?.description).toEqual({
      text: 'A command-line tool',
      line: 3,
    })
    const literal =
      'from setuptools import setup\nsetup(\n    name="x",\n    description="A web scraper",\n)\n'
    expect(parseSetupPy('setup.py', literal).manifest?.description).toEqual({
      text: 'A web scraper',
      line: 4,
    })
    const computed =
      'from setuptools import setup\nsetup(name="x", description=open("README").read())\n'
    expect(parseSetupPy('setup.py', computed).manifest?.description).toBe(undefined)
  })
})

describe('dependency files a pyproject reads', () => {
  it('lists setuptools dynamic and hatch requirements files, relative to the repository root', () => {
    const text = [
      '[project]',
      'name = "writer"',
      'dynamic = ["dependencies"]',
      '[tool.setuptools.dynamic]',
      'dependencies = {file = "writer/requirements.txt"}',
      'optional-dependencies.mysql = {file = ["writer/mysql-requirements.txt"]}',
      '[tool.hatch.metadata.hooks.requirements_txt]',
      'files = ["requirements.in"]',
      '',
    ].join('\n')
    expect(parsePyproject('svc/pyproject.toml', text).manifest?.dependencyFiles).toEqual([
      'svc/writer/requirements.txt',
      'svc/writer/mysql-requirements.txt',
      'svc/requirements.in',
    ])
  })

  it('reports a file outside the repository and reads none', () => {
    const text = '[tool.setuptools.dynamic]\ndependencies = {file = "../../etc/requirements.txt"}\n'
    const { manifest, problems } = parsePyproject('pyproject.toml', text)
    expect(manifest?.dependencyFiles).toBe(undefined)
    expect(problems.map((p) => p.message)).toEqual([
      'dependency file leaves the repository: ../../etc/requirements.txt',
    ])
  })
})
