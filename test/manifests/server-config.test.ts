import { describe, expect, it } from 'vitest'
import { manifestKindOf } from '../../src/scan/manifests/index.js'
import { parseServerConfig } from '../../src/scan/manifests/server-config.js'

describe('WSGI server configuration files', () => {
  it('are recognised by name, uWSGI .ini files in a uwsgi/ folder too', () => {
    for (const path of [
      'uwsgi.ini',
      'docker/uwsgi.ini',
      'ckan-uwsgi.ini',
      '.docker/uwsgi.config.ini',
      'lib/uwsgi/patchwork.ini',
      'gunicorn.conf.py',
      'conf/gunicorn-prod.conf.py',
      'docker/gunicorn_config.py',
      'config/gunicorn.conf',
    ])
      expect(manifestKindOf(path), path).toBe('server-config')
    for (const path of ['setup.cfg', 'pytest.ini', 'config/app.ini', 'gunicornish.py', 'tox.ini'])
      expect(manifestKindOf(path), path).not.toBe('server-config')
  })

  it('name the server that runs the component', () => {
    const ini = parseServerConfig(
      'lib/uwsgi/app.ini',
      '# deploy\n[uwsgi]\nmodule = app.wsgi\nprocesses = 5\n',
    )
    expect(ini.manifest?.launches).toEqual([{ name: 'uwsgi', line: 2, how: 'runs' }])
    const py = parseServerConfig('gunicorn.conf.py', 'workers = 4\nbind = "0.0.0.0:8000"\n')
    expect(py.manifest?.launches).toEqual([{ name: 'gunicorn', line: 1, how: 'runs' }])
  })

  it('say nothing of an .ini file without a [uwsgi] section, and report no problem', () => {
    const other = parseServerConfig('uwsgi/paste.ini', '[app:main]\nuse = egg:app\n')
    expect(other.manifest?.launches).toEqual([])
    expect(other.problems).toEqual([])
  })
})
