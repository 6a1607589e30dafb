// A WSGI server's configuration: a uWSGI .ini file (its `[uwsgi]` section) or a Gunicorn config
// (`gunicorn.conf.py`, `gunicorn_config.py`). Read for one fact, the program that serves the
// component, as a Procfile's `web: gunicorn app:app` would say it; the file is never run.

import type { ManifestParseResult } from '../../model.js'
import { basenameOf } from '../file-source.js'

/** A Gunicorn configuration file's name (`gunicorn.conf.py`, `gunicorn-prod.conf.py`, `gunicorn_config.py`). */
export const GUNICORN_CONFIG = /^gunicorn(?:[-_.][\w.-]*)?\.(?:py|conf)$/i
/** A uWSGI configuration file's name (`uwsgi.ini`, `ckan-uwsgi.ini`, `uwsgi.config.ini`). */
export const UWSGI_CONFIG = /^(?:[\w.-]*[-_.])?uwsgi(?:[-_.][\w.-]*)?\.ini$/i

const UWSGI_SECTION = /^[ \t]*\[uwsgi\][ \t]*\r?$/m

export function parseServerConfig(file: string, text: string): ManifestParseResult {
  const gunicorn = GUNICORN_CONFIG.test(basenameOf(file))
  // An .ini file only counts with the section uWSGI reads (an `[app:main]` Paste file does not).
  const uwsgi = !gunicorn && UWSGI_SECTION.exec(text)
  const line = uwsgi ? text.slice(0, uwsgi.index).split('\n').length : 1
  const name = gunicorn ? 'gunicorn' : uwsgi ? 'uwsgi' : undefined
  return {
    manifest: {
      file,
      kind: 'server-config',
      dependencies: [],
      launches: name ? [{ name, line, how: 'runs' }] : [],
    },
    problems: [],
  }
}
