// Rules the open sets' remaining misses called for in the tenth session, each on a small fixture
// shaped like the repository that showed it (named in the describe line; none of its files are
// copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg, root } from './real-world-fixture.js'

describe('a Visual Studio solution makes its folder a .NET component (duplicati/duplicati)', () => {
  const tree = (solution: Record<string, string>) => ({
    ...solution,
    // Style tooling for the web UI the C# server ships.
    'package.json': pkg({ devDependencies: { less: '^4', stylelint: '^16', postcss: '^8' } }),
    'Tools/reencrypt.py': 'import argparse\nimport requests\n\nparser = argparse.ArgumentParser()\n',
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
