import { describe, expect, it } from 'vitest'
import { fileKindOf } from '../../src/analysis/languages.js'
import { npmPackageOfImport } from '../../src/analysis/signals.js'

describe('fileKindOf', () => {
  it('knows a file by its extension, in any case', () => {
    expect(fileKindOf('src/app.ts')?.scan).toBe('javascript')
    expect(fileKindOf('App.TSX')?.language).toBe('TypeScript')
    expect(fileKindOf('a/b/model.Py')?.scan).toBe('python')
    expect(fileKindOf('nb/x.IPYNB')?.notebook).toBe(true)
    expect(fileKindOf('lib/x.rs')?.native).toBe('source')
  })

  it('knows the build set-ups by their exact name', () => {
    expect(fileKindOf('binding.gyp')?.native).toBe('build')
    expect(fileKindOf('native/CMakeLists.txt')?.native).toBe('build')
    expect(fileKindOf('native/cmakelists.txt')).toBeUndefined()
    expect(fileKindOf('notes.txt')).toBeUndefined()
    expect(fileKindOf('x.gyp')).toBeUndefined()
  })

  it('takes no extension from a dot-file, a folder or a declaration file', () => {
    expect(fileKindOf('.py')).toBeUndefined()
    expect(fileKindOf('a/.js')).toBeUndefined()
    expect(fileKindOf('pkg.py/README')).toBeUndefined()
    expect(fileKindOf('a.b/c')).toBeUndefined()
    expect(fileKindOf('types/index.d.ts')).toBeUndefined()
    expect(fileKindOf('x.')).toBeUndefined()
    expect(fileKindOf('x.__proto__')).toBeUndefined()
  })
})

describe('npmPackageOfImport', () => {
  it('names the package of a module path', () => {
    expect(npmPackageOfImport('lodash')).toBe('lodash')
    expect(npmPackageOfImport('lodash/fp/map')).toBe('lodash')
    expect(npmPackageOfImport('@nestjs/core')).toBe('@nestjs/core')
    expect(npmPackageOfImport('@nestjs/core/router/x')).toBe('@nestjs/core')
  })

  it('has none for built-ins, bare scopes and absolute paths', () => {
    expect(npmPackageOfImport('node:fs')).toBeUndefined()
    expect(npmPackageOfImport('@scope')).toBeUndefined()
    expect(npmPackageOfImport('/abs/path')).toBeUndefined()
    expect(npmPackageOfImport('')).toBeUndefined()
  })
})
