// Rules the real-world sets called for in the thirty-first session, each on a small fixture shaped
// like the repositories that showed it (named in the describe line; none of their files are copied).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg, score } from './real-world-fixture.js'

describe('a Django Channels chat with no requirements file beside its front ends (lautarodapin/django-vue-chat)', () => {
  const consumer = (name: string) =>
    [
      'from djangochannelsrestframework.generics import GenericAsyncAPIConsumer',
      'from djangochannelsrestframework.observer import model_observer',
      '',
      `class ${name}Consumer(GenericAsyncAPIConsumer):`,
      '    @model_observer(Message)',
      '    async def message_activity(self, message, observer=None, **kwargs):',
      '        await self.send_json(message)',
      '',
    ].join('\n')
  const tree = {
    'backend/manage.py': [
      'import os',
      'import sys',
      '',
      'if __name__ == "__main__":',
      '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")',
      '    from django.core.management import execute_from_command_line',
      '    execute_from_command_line(sys.argv)',
      '',
    ].join('\n'),
    'backend/core/settings.py': 'INSTALLED_APPS = ["channels", "rest_framework", "chats"]\n',
    'backend/core/asgi.py': [
      'from channels.routing import ProtocolTypeRouter, URLRouter',
      'from channels.security.websocket import AllowedHostsOriginValidator',
      '',
      'application = ProtocolTypeRouter({"websocket": AllowedHostsOriginValidator(URLRouter([]))})',
      '',
    ].join('\n'),
    'backend/core/consumers.py': [
      'from channelsmultiplexer.demultiplexer import AsyncJsonWebsocketDemultiplexer',
      '',
      'class DemultiplexerConsumer(AsyncJsonWebsocketDemultiplexer):',
      '    applications = {}',
      '',
    ].join('\n'),
    'backend/chats/consumers.py': consumer('Chat'),
    'backend/users/consumers.py': consumer('User'),
    'backend/chats/serializers.py':
      'from rest_framework import serializers\n\nclass ChatSerializer(serializers.ModelSerializer):\n    pass\n',
    // A script at the top poking the socket by hand: a test, not the site's code.
    'test.js':
      "const ws = new WebSocket('ws://localhost:8000/ws/chats/')\nws.onmessage = console.log\n",
    'ui/package.json': pkg({
      name: 'ui',
      private: true,
      dependencies: { vue: '^3.2.0' },
      devDependencies: { vite: '^2.9.0' },
    }),
    'ui/src/main.js':
      "import { createApp } from 'vue'\nimport App from './App.vue'\ncreateApp(App).mount('#app')\n",
  }

  it('is a component in backend/, where all its code is, not at the root', async () => {
    const report = await analyze(tree)
    expect(report.components.map((c) => c.path)).toEqual(['backend', 'ui'])
    expect(at(report, 'backend').stack.stack).toBe('python')
  })

  it('pushes to its clients: real-time first, from its consumers', async () => {
    const chat = at(await analyze(tree), 'backend')
    expect(chat.primary[0]).toBe('realtime')
    expect(score(chat, 'realtime')).toBeGreaterThan(score(chat, 'io-api'))
    expect(chat.verdict.verdict).toBe('fits')
  })

  it('stays at the root when its code is also outside that folder', async () => {
    const report = await analyze({
      ...tree,
      'run.py': 'import os\nos.system("daphne core.asgi:application")\n',
    })
    expect(report.components.map((c) => c.path)).toEqual(['', 'ui'])
  })
})

describe('an Airflow project whose code is its dags/ folder (NationalWind/airflow-demo)', () => {
  it('keeps the DAGs at the root project the compose file deploys', async () => {
    const dag = (name: string) =>
      [
        'from airflow import DAG',
        'from airflow.operators.python import PythonOperator',
        'import pandas as pd',
        '',
        `with DAG("${name}") as dag:`,
        '    PythonOperator(task_id="extract", python_callable=lambda: pd.read_csv("sales.csv"))',
        '',
      ].join('\n')
    const report = await analyze({
      'docker-compose.yml': 'services:\n  scheduler:\n    image: apache/airflow:3.1.3\n',
      'dags/sales_etl.py': dag('sales'),
      'dags/stock_etl.py': dag('stock'),
      'dags/ssis.py': dag('ssis'),
      'dashboard/package.json': pkg({ name: 'dashboard', dependencies: { react: '^18.0.0' } }),
      'dashboard/src/main.jsx':
        "import { createRoot } from 'react-dom/client'\ncreateRoot(document.body)\n",
    })
    expect(report.components.map((c) => c.path)).toEqual(['', 'dashboard'])
  })
})

describe('a Docker action running linters on a sample its tests lint (ricardochaves/python-lint)', () => {
  const tree = {
    'action.yml':
      "name: 'Python Code Quality and Lint'\nruns:\n  using: 'docker'\n  image: 'Dockerfile'\n",
    Dockerfile:
      'FROM ricardobchaves6/python-lint-image:1.4.0\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n',
    'entrypoint.sh': '#!/bin/sh\nset -e\nif [ "$1" = true ]; then\n  pylint $2\nfi\n',
    'tests/test_python_code.py': 'def test_sum():\n    assert 1 + 1 == 2\n',
  }

  it('is its shell program: another stack, nothing Stack Fit judges', async () => {
    const action = at(await analyze(tree), '')
    expect(action.stack.stack).toBe('other')
    expect(action.verdict.verdict).toBe('inconclusive')
  })

  it('is Python when the code beside the script is its own, not its tests', async () => {
    const { 'tests/test_python_code.py': sample, ...rest } = tree
    const own = { ...rest, 'lint.py': sample.replace('def test_sum', 'def lint') }
    expect((await analyze(own)).components.map((c) => c.stack.stack)).not.toContain('other')
  })
})

describe('a cron job in a python image started by shell scripts (ielhatimi/etl-project-cron)', () => {
  const tree = {
    Dockerfile: [
      'FROM python:3.11-slim',
      'RUN apt-get update && apt-get install -y cron postgresql-client',
      'COPY elt_script.py .',
      'COPY crontab /etc/cron.d/etl-cron',
      'CMD ["/bin/bash", "/app/start.sh"]',
      '',
    ].join('\n'),
    crontab: '0 3 * * * root python /app/elt_script.py\n',
    'elt_script.py': [
      'import subprocess',
      '',
      'subprocess.run(["pg_dump", "-h", "source_postgres", "-f", "data_dump.sql"], check=True)',
      'subprocess.run(["psql", "-h", "destination_postgres", "-f", "data_dump.sql"], check=True)',
      '',
    ].join('\n'),
    'start.sh': '#!/bin/bash\ncron && tail -f /var/log/cron.log\n',
    'wait_for_etl.sh': '#!/bin/bash\nwhile [ ! -f /shared/etl_done ]; do sleep 5; done\ndbt run\n',
  }

  it('is Python: the base image counts with its script against the shell programs', async () => {
    const job = at(await analyze(tree), '')
    expect(job.stack.stack).toBe('python')
  })

  it('is a shell project without that base image', async () => {
    const plain = { ...tree, Dockerfile: tree.Dockerfile.replace('python:3.11-slim', 'debian:12') }
    expect(at(await analyze(plain), '').stack.stack).toBe('other')
  })
})

describe('a system-monitoring library with a C extension per platform (giampaolo/psutil)', () => {
  it('is the catalogued package: automation, though it compiles C', async () => {
    const report = await analyze({
      'setup.py': [
        'from setuptools import Extension, setup',
        '',
        'ext = Extension("psutil._psutil_linux", sources=["psutil/_psutil_linux.c"])',
        'setup(name="psutil", description="Process and system monitoring", ext_modules=[ext])',
        '',
      ].join('\n'),
      'psutil/__init__.py':
        'from ._pslinux import cpu_times\n\ndef cpu_percent(interval=None):\n    return cpu_times()\n',
      'psutil/_pslinux.py':
        'def cpu_times():\n    with open("/proc/stat") as f:\n        return f.readline()\n',
      'psutil/_psutil_linux.c':
        '#include <Python.h>\nstatic PyObject *psutil_proc_ioprio_get(PyObject *self) { return NULL; }\n',
      'psutil/_psutil_posix.c':
        '#include <Python.h>\nstatic PyObject *psutil_getpagesize(PyObject *self) { return NULL; }\n',
    })
    const lib = at(report, '')
    expect(lib.primary[0]).toBe('automation')
    expect(score(lib, 'automation')).toBeGreaterThan(score(lib, 'cpu-intensive'))
  })
})

describe('an Express blog whose two route files render its EJS views (nzcodes/node-blog)', () => {
  it('is server-rendered first, its routes the pages they render', async () => {
    const report = await analyze({
      'package.json': pkg({
        name: 'node-blog',
        main: 'app.js',
        dependencies: { ejs: '^3.1.0', express: '^4.17.0', mongoose: '^5.12.0', morgan: '^1.10.0' },
      }),
      'app.js': [
        "const express = require('express')",
        "const morgan = require('morgan')",
        "const mongoose = require('mongoose')",
        "const blogRoutes = require('./routes/blogRoutes')",
        'const app = express()',
        "app.set('view engine', 'ejs')",
        "app.use(morgan('dev'))",
        "app.get('/', (req, res) => res.redirect('/blogs'))",
        "app.get('/about', (req, res) => res.render('about', { title: 'About' }))",
        "app.use('/blogs', blogRoutes)",
        'app.listen(3000)',
        '',
      ].join('\n'),
      'routes/blogRoutes.js': [
        "const express = require('express')",
        "const Blog = require('../models/blog')",
        'const router = express.Router()',
        "router.get('/', async (req, res) => res.render('index', { blogs: await Blog.find() }))",
        "router.get('/:id', async (req, res) => res.render('details', { blog: await Blog.findById(req.params.id) }))",
        'module.exports = router',
        '',
      ].join('\n'),
      'models/blog.js':
        "const mongoose = require('mongoose')\nmodule.exports = mongoose.model('Blog', new mongoose.Schema({ title: String }))\n",
    })
    expect(at(report, '').primary[0]).toBe('server-web')
  })
})

describe('a progress meter whose own modules hook into pandas and Keras (tqdm/tqdm)', () => {
  it('is the catalogued package: a terminal tool first, not the data science it wraps', async () => {
    const lib = at(
      await analyze({
        'pyproject.toml': [
          '[project]',
          'name = "tqdm"',
          'description = "Fast, Extensible Progress Meter"',
          '[project.scripts]',
          'tqdm = "tqdm.cli:main"',
          '',
        ].join('\n'),
        'tqdm/std.py': [
          'import pandas as pd',
          '',
          'def pandas_hook():',
          '    return pd.DataFrame({"n": [1]}).groupby("n").progress_apply(len)',
          '',
          'def read(path):',
          '    return pd.read_csv(path)',
          '',
        ].join('\n'),
        'tqdm/keras.py':
          'import keras\nimport tensorflow as tf\n\nclass TqdmCallback(keras.callbacks.Callback):\n    pass\n',
        'tqdm/dask.py': 'from dask.callbacks import Callback\n',
        'tqdm/cli.py': 'import sys\n\ndef main():\n    sys.stdout.write(sys.stdin.read())\n',
      }),
      '',
    )
    expect(lib.primary[0]).toBe('automation')
  })
})

describe('a web API client that signs in through a one-request local server (spotipy-dev/spotipy)', () => {
  const oauth = (serve: string) =>
    [
      'from http.server import BaseHTTPRequestHandler, HTTPServer',
      '',
      'class RequestHandler(BaseHTTPRequestHandler):',
      '    def do_GET(self):',
      '        self.server.auth_code = self.path',
      '        self.send_response(200)',
      '',
      'def get_auth_response_local_server(port):',
      '    server = HTTPServer(("127.0.0.1", port), RequestHandler)',
      `    server.${serve}()`,
      '    return server.auth_code',
      '',
    ].join('\n')
  const tree = (serve: string) => ({
    'setup.py':
      'from setuptools import setup\n\nsetup(name="webapi-client", install_requires=["requests>=2.25"])\n',
    'webapi/__init__.py': 'from .client import Client\n',
    'webapi/client.py': [
      'import requests',
      '',
      'class Client:',
      '    def track(self, track_id):',
      '        return requests.get(f"https://api.example.com/v1/tracks/{track_id}").json()',
      '',
    ].join('\n'),
    'webapi/oauth2.py': oauth(serve),
  })

  it('serves nothing: the concurrency warning is a note for the services built with it', async () => {
    const client = at(await analyze(tree('handle_request')), '')
    expect(client.primary[0]).toBe('io-api')
    expect(client.verdict.verdict).toBe('fits')
  })

  it('serves when the same server keeps answering', async () => {
    const server = at(await analyze(tree('serve_forever')), '')
    expect(server.verdict.verdict).toBe('fits-with-caveats')
  })
})
