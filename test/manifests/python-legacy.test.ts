import { describe, expect, it } from 'vitest'
import { parsePipfile } from '../../src/scan/manifests/pipfile.js'
import { parseSetupCfg } from '../../src/scan/manifests/setup-cfg.js'
import { parseSetupPy } from '../../src/scan/manifests/setup-py.js'

const PIPFILE = `[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[packages]
django = "~=5.0"
channels = {extras = ["daphne"], version = "*"}
"psycopg[binary]" = "*"

[dev-packages]
pytest-django = "*"

[requires]
python_version = "3.12"
`

const SETUP_CFG = `[metadata]
name = ticket-scraper
version = attr: scraper.__version__

[options]
packages = find:
python_requires = >=3.9
install_requires =
    requests>=2.31
    beautifulsoup4  # parsing
    lxml; platform_python_implementation == "CPython"

[options.extras_require]
test =
    pytest
    responses
async = aiohttp>=3.9

; a comment
[flake8]
max-line-length = 100
`

const SETUP_PY = `import os
from setuptools import find_packages, setup

here = os.path.abspath(os.path.dirname(__file__))

setup(
    name="sensor-gateway",
    version="0.9.1",
    packages=find_packages(exclude=["tests"]),
    install_requires=[
        "paho-mqtt>=2.0",  # broker client
        'pyserial',
        "RPi.GPIO; platform_machine == 'armv7l'",
    ],
    extras_require={
        "dev": ["black", "mypy"],
        "influx": ["influxdb-client[async]"],
    },
    python_requires=">=3.9",
)
`

function deps(result: {
  manifest?: { dependencies: { name: string; scope: string; line?: number }[] }
}) {
  return result.manifest?.dependencies.map((d) => [d.name, d.scope, d.line])
}

describe('parsePipfile', () => {
  it('reads packages, dev-packages and the Python version', () => {
    const result = parsePipfile('web/Pipfile', PIPFILE)
    expect(result.problems).toEqual([])
    expect(deps(result)).toEqual([
      ['django', 'runtime', 7],
      ['channels', 'runtime', 8],
      ['psycopg[binary]', 'runtime', 9],
      ['pytest-django', 'dev', 12],
    ])
    expect(result.manifest?.engines).toEqual({ python: '3.12' })
    expect(result.manifest?.dependencies.every((d) => d.file === 'web/Pipfile')).toBe(true)
  })

  it('reports invalid TOML and wrong shapes', () => {
    expect(parsePipfile('Pipfile', '[packages\n').problems[0]).toMatchObject({
      file: 'Pipfile',
      line: 1,
    })
    const shape = parsePipfile('Pipfile', 'packages = ["flask"]\n')
    expect(shape.problems[0]?.message).toMatch(/\[packages\] must be a table/)
  })

  it('does not let __proto__ keys pollute prototypes', () => {
    const result = parsePipfile('Pipfile', '[packages]\n__proto__ = "x"\nflask = "*"\n')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(result.manifest?.dependencies.map((d) => d.name)).toEqual(['flask'])
  })
})

describe('parseSetupCfg', () => {
  it('reads name, install_requires over several lines, extras by name and python_requires', () => {
    const result = parseSetupCfg('setup.cfg', SETUP_CFG)
    expect(result.problems).toEqual([])
    expect(result.manifest?.name).toBe('ticket-scraper')
    expect(result.manifest?.engines).toEqual({ python: '>=3.9' })
    expect(deps(result)).toEqual([
      ['requests', 'runtime', 9],
      ['beautifulsoup4', 'runtime', 10],
      ['lxml', 'runtime', 11],
      ['pytest', 'test', 15],
      ['responses', 'test', 16],
      ['aiohttp', 'optional', 17],
    ])
  })

  it('reports a broken section header and stray lines, keeps reading', () => {
    const text = '[options\ninstall_requires = flask\n[options]\ninstall_requires =\n  redis\n!!!\n'
    const result = parseSetupCfg('setup.cfg', text)
    expect(deps(result)).toEqual([['redis', 'runtime', 5]])
    expect(result.problems.map((p) => p.line)).toEqual([1, 6])
  })

  it('reads section headers as configparser does, brackets inside included (beets: [[mypy-pkg.*]])', () => {
    const text = [
      '[mypy]',
      'strict = true',
      '[[mypy-beetsplug.*]]',
      'ignore_errors = true',
      '[options] ; the package',
      'install_requires =',
      '  mutagen',
      '',
    ].join('\n')
    const result = parseSetupCfg('setup.cfg', text)
    expect(result.problems).toEqual([])
    expect(deps(result)).toEqual([['mutagen', 'runtime', 7]])
  })

  it('accepts dashed keys and ignores file: and attr: directives', () => {
    const text = '[options]\ninstall-requires =\n    file: requirements.in\n    click>=8\n'
    const result = parseSetupCfg('setup.cfg', text)
    expect(deps(result)).toEqual([['click', 'runtime', 4]])
  })

  it('tolerates CR line endings', () => {
    const result = parseSetupCfg('setup.cfg', SETUP_CFG.replace(/\n/g, '\r\n'))
    expect(result.manifest?.dependencies.map((d) => d.name)).toContain('beautifulsoup4')
  })
})

describe('parseSetupPy', () => {
  it('reads an extension build, and an empty ext_modules list as none (sympy)', () => {
    const build = (ext: string) =>
      parseSetupPy('setup.py', `from setuptools import setup, Extension\nsetup(name="x", ${ext})\n`)
        .manifest?.native
    expect(build('ext_modules=[Extension("x._speed", ["x/_speed.c"])]')).toEqual([
      { detail: 'builds a C extension', line: 2 },
    ])
    expect(build('ext_modules=[]')).toBeUndefined()
    expect(build('ext_modules = [ ]')).toBeUndefined()
  })

  it('reads literal lists without running anything', () => {
    const result = parseSetupPy('gateway/setup.py', SETUP_PY)
    expect(result.problems).toEqual([])
    expect(result.manifest?.name).toBe('sensor-gateway')
    expect(deps(result)).toEqual([
      ['paho-mqtt', 'runtime', 11],
      ['pyserial', 'runtime', 12],
      ['RPi.GPIO', 'runtime', 13],
      ['black', 'dev', 16],
      ['mypy', 'dev', 16],
      ['influxdb-client', 'optional', 17],
    ])
  })

  it('follows name=NAME to the constant the script sets (influxdb-client-python)', () => {
    const text = `from setuptools import setup, find_packages

NAME = "influxdb_client"
VERSION = "1.0.0"

setup(
    name=NAME,
    version=VERSION,
    packages=find_packages(),
)
`
    expect(parseSetupPy('setup.py', text).manifest?.name).toBe('influxdb_client')
    const computed = text.replace('NAME = "influxdb_client"', 'NAME = read_name()')
    expect(parseSetupPy('setup.py', computed).manifest?.name).toBeUndefined()
  })

  it('reports computed lists instead of reading them', () => {
    const text = `from setuptools import setup
with open("requirements.txt") as f:
    REQS = f.read().splitlines()
setup(name="dyn", install_requires=REQS, extras_require=make_extras())
`
    const result = parseSetupPy('setup.py', text)
    expect(result.manifest?.dependencies).toEqual([])
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [4, expect.stringMatching(/^install_requires is computed/)],
      [4, expect.stringMatching(/^extras_require is computed/)],
    ])
  })

  it('follows a variable to its literal and notes partly computed lists', () => {
    const text = `from setuptools import setup

REQUIREMENTS = [
    "websockets>=12",  # it's the transport
    '''not a requirement''',
    "orjson",
]
EXTRAS = {
    "test": ["pytest", "pytest-asyncio"],
    'docs': ("sphinx",),
}

setup(
    name='relay',
    install_requires=REQUIREMENTS,
    extras_require=EXTRAS,
    tests_require=["hypothesis"] + load("more.txt"),
)
`
    const result = parseSetupPy('setup.py', text)
    expect(deps(result)).toEqual([
      ['websockets', 'runtime', 4],
      ['orjson', 'runtime', 6],
      ['hypothesis', 'test', 17],
      ['pytest', 'test', 9],
      ['pytest-asyncio', 'test', 9],
      ['sphinx', 'dev', 10],
    ])
    expect(result.problems).toEqual([
      {
        file: 'setup.py',
        line: 17,
        message: 'tests_require is partly computed; only its literal strings were read',
      },
    ])
  })

  it('reads the strings of a comprehension but says it is computed', () => {
    const text =
      'from setuptools import setup\nsetup(install_requires=[r for r in open("requirements.txt")])\n'
    const result = parseSetupPy('setup.py', text)
    expect(result.problems[0]?.message).toMatch(/partly computed/)
  })

  it('survives an unclosed list', () => {
    const result = parseSetupPy(
      'setup.py',
      'import setuptools\nsetuptools.setup(install_requires=["flask", "redis"\n',
    )
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toEqual({
      file: 'setup.py',
      line: 2,
      message: 'install_requires does not close; it was not read',
    })
  })
})
