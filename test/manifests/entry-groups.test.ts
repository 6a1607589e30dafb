// Entry-point groups a Python package registers in (its commands aside): how a tool finds its plug-ins.
import { describe, expect, it } from 'vitest'
import { parsePyproject } from '../../src/scan/manifests/pyproject.js'
import { parseSetupCfg } from '../../src/scan/manifests/setup-cfg.js'
import { parseSetupPy } from '../../src/scan/manifests/setup-py.js'

describe('entry-point groups', () => {
  it('reads PEP 621 and Poetry tables, quoted or bare, without the commands', () => {
    const pep621 = parsePyproject(
      'pyproject.toml',
      [
        '[project]',
        'name = "kedro-export"',
        'version = "1.0"',
        '',
        '[project.scripts]',
        'kedro-export = "kedro_export.cli:main"',
        '',
        '[project.entry-points."kedro.project_commands"]',
        'export = "kedro_export.plugin:commands"',
        '',
        '[project.entry-points.pytest11]',
        'export = "kedro_export.testing"',
        '',
      ].join('\n'),
    ).manifest!
    expect(pep621.entryGroups).toEqual([
      { group: 'kedro.project_commands', line: 8 },
      { group: 'pytest11', line: 11 },
    ])
    const poetry = parsePyproject(
      'pyproject.toml',
      '[tool.poetry]\nname = "pytest-clock"\n\n[tool.poetry.plugins."pytest11"]\nclock = "pytest_clock.plugin"\n',
    ).manifest!
    expect(poetry.entryGroups).toEqual([{ group: 'pytest11', line: 4 }])
  })

  it('reads setup.cfg [options.entry_points]', () => {
    const m = parseSetupCfg(
      'setup.cfg',
      '[metadata]\nname = flake8-quotes2\n\n[options.entry_points]\nconsole_scripts =\n    q = q:main\nflake8.extension =\n    Q0 = flake8_quotes2:Checker\n',
    ).manifest!
    expect(m.entryGroups).toEqual([{ group: 'flake8.extension', line: 7 }])
  })

  it('reads a literal entry_points dict in setup.py, and nothing after it closes', () => {
    const m = parseSetupPy(
      'setup.py',
      [
        'from setuptools import setup',
        'setup(',
        '    name="kedro-ship",',
        '    entry_points={',
        '        "console_scripts": ["ship = kedro_ship:main"],',
        '        "kedro.project_commands": ["ship = kedro_ship.plugin:commands"],',
        '    },',
        '    extras_require={"dev": ["pytest"]},',
        ')',
        '',
      ].join('\n'),
    ).manifest!
    expect(m.entryGroups).toEqual([{ group: 'kedro.project_commands', line: 6 }])
  })
})
