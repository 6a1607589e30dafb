// Rules the real-world sets called for in the twenty-third session, each on a small fixture shaped
// like the repositories that showed it (named in the describe line; none of their files are copied).
import { describe, expect, it } from 'vitest'
import { analyze, at, root, score } from './real-world-fixture.js'

describe('a Home Assistant custom integration (greghesp/ha-bambulab, thecode/ha-rpi_gpio, hacs)', () => {
  const tree = {
    'hacs.json': '{ "name": "Gateway", "render_readme": true }\n',
    'requirements_lint.txt': 'pylint==3.2.0\n',
    'custom_components/gateway/manifest.json': JSON.stringify(
      {
        domain: 'gateway',
        name: 'Gateway',
        iot_class: 'local_push',
        requirements: ['zigpy>=0.52.3'],
        version: '1.0.0',
      },
      null,
      2,
    ),
    'custom_components/gateway/__init__.py':
      'from homeassistant.core import HomeAssistant\n\nfrom .hub import Hub\n\n\nasync def async_setup_entry(hass: HomeAssistant, entry) -> bool:\n    hass.data[entry.entry_id] = Hub(entry.data["port"])\n    return True\n',
    'custom_components/gateway/hub.py':
      'import zigpy.application\n\n\nclass Hub:\n    def __init__(self, port):\n        self.port = port\n\n    async def start(self):\n        self.app = await zigpy.application.ControllerApplication.new({"device": {"path": self.port}})\n',
    'tests/test_hub.py':
      'from custom_components.gateway.hub import Hub\n\n\ndef test_port():\n    assert Hub("/dev/tty").port == "/dev/tty"\n',
  }

  it('is judged with its repository, declaring what Home Assistant installs for it', async () => {
    const report = await analyze(tree)
    // As most labels have it (XiaomiGateway3, localtuya, SonoffLAN): the integration is the
    // repository's product, its tests and lint configuration around it.
    expect(report.components.map((c) => c.path)).toEqual([''])
    const c = at(report, '')
    expect(c.stack.stack).toBe('python')
    expect(c.primary[0]).toBe('iot')
    expect(c.dependencies.filter((d) => d.scope === 'runtime').map((d) => d.name)).toEqual([
      'zigpy',
    ])
    const said = c.workloads.find((w) => w.workload === 'iot')!.evidence
    expect(said).toContainEqual({
      file: 'custom_components/gateway/manifest.json',
      line: 4,
      detail: 'a Home Assistant integration (iot_class local_push)',
    })
  })
})

describe('a GitHub Action that draws charts for a profile README (anmol098/waka-readme-stats)', () => {
  const tree = (action: boolean) => ({
    ...(action
      ? { 'action.yml': "name: 'Stats'\nruns:\n  using: 'docker'\n  image: 'Dockerfile'\n" }
      : {}),
    Dockerfile:
      'FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\nENTRYPOINT ["python", "/sources/main.py"]\n',
    'requirements.txt':
      'PyGithub==2.1.1\nGitPython==3.1.40\nmatplotlib==3.8.2\nnumpy==1.26.2\nPyYAML==6.0.1\n',
    'sources/main.py':
      'from github import Github\n\nfrom chart import draw\n\n\ndef main():\n    repo = Github().get_repo("me/me")\n    draw([1, 2, 3], "chart.png")\n    repo.update_file("README.md", "stats", "...", repo.get_contents("README.md").sha)\n\n\nif __name__ == "__main__":\n    main()\n',
    'sources/git_stats.py':
      'from git import Repo\n\n\ndef commits(path):\n    return list(Repo(path).iter_commits())\n',
    'sources/chart.py':
      'import matplotlib.pyplot as plt\nimport numpy as np\n\n\ndef draw(values, path):\n    plt.bar(np.arange(len(values)), values)\n    plt.savefig(path)\n',
  })

  it('runs as a step of a workflow: automation, whatever libraries it draws with', async () => {
    expect((await root(tree(false))).primary[0]).toBe('data-ml')
    const c = await root(tree(true))
    expect(c.primary[0]).toBe('automation')
    const said = c.workloads.find((w) => w.workload === 'automation')!.evidence
    expect(said.map((e) => e.detail)).toContain('a GitHub Action (runs on docker)')
    expect(score(c, 'automation') - score(await root(tree(false)), 'automation')).toBe(2)
  })

  it("takes no word from a local action in a folder below (a repository's own CI steps)", async () => {
    const report = await analyze({
      'requirements.txt': 'flask==3.0.3\n',
      'app.py':
        'from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get("/")\ndef index():\n    return "ok"\n',
      'ci/release/action.yml': 'runs:\n  using: composite\n  steps: []\n',
    })
    expect(score(at(report, ''), 'automation')).toBe(0)
  })
})

describe('a Python camera bridge whose pages play its streams over WebRTC (mrlt8/docker-wyze-bridge)', () => {
  const tree = (page: string) => ({
    'app/requirements.txt':
      'Flask==3.0.3\nFlask-HTTPAuth==4.8.0\npaho-mqtt==2.1.0\nrequests==2.32.3\n',
    'app/frontend.py':
      'from flask import Flask, Response, render_template\nfrom flask_httpauth import HTTPBasicAuth\nfrom werkzeug.exceptions import NotFound\n\nfrom bridge import Bridge\n\napp = Flask(__name__)\nauth = HTTPBasicAuth()\nbridge = Bridge()\n\n\n@app.route("/")\ndef index():\n    return render_template("index.html", cameras=bridge.cameras)\n\n\n@app.route("/api/sse_status")\ndef sse_status():\n    return Response(bridge.status_events(), mimetype="text/event-stream")\n\n\n@app.route("/api/<cam>/state")\ndef state(cam):\n    return bridge.state(cam)\n\n\n@app.route("/api/<cam>/start")\ndef start(cam):\n    return bridge.state(cam)\n\n\n@app.route("/api/<cam>/stop")\ndef stop(cam):\n    return bridge.state(cam)\n',
    'app/bridge.py':
      'import json\nimport time\n\n\nclass Bridge:\n    cameras = []\n\n    def state(self, cam):\n        return {"cam": cam}\n\n    def status_events(self):\n        while True:\n            yield f"data: {json.dumps(self.cameras)}\\n\\n"\n            time.sleep(1)\n',
    [page]:
      "export async function play(video, url) {\n  const pc = new RTCPeerConnection({ iceServers: [] })\n  pc.ontrack = (event) => { video.srcObject = event.streams[0] }\n  const offer = await pc.createOffer()\n  await pc.setLocalDescription(offer)\n  const answer = await fetch(url, { method: 'POST', body: offer.sdp })\n  await pc.setRemoteDescription({ type: 'answer', sdp: await answer.text() })\n}\n",
  })

  it("tells the WebRTC calls its static/ pages make as the browser's, not its server's", async () => {
    const served = at(await analyze(tree('app/static/webrtc.js')), 'app')
    const own = at(await analyze(tree('app/player/webrtc.js')), 'app')
    // The call weighs as page code does (a quarter), as in the tests and examples around a server.
    expect(score(own, 'realtime') - score(served, 'realtime')).toBe(1.5)
    expect(served.workloads.find((w) => w.workload === 'realtime')!.evidence.at(-1)).toMatchObject({
      file: 'app/static/webrtc.js',
      detail: 'WebRTC peer connection',
    })
  })
})

describe('a web archive replayed by a WSGI application of its own (webrecorder/pywb)', () => {
  const tree = (answer: string) => ({
    'setup.py':
      'from setuptools import setup\n\nsetup(\n    name="replay",\n    packages=["replay"],\n    install_requires=["warcio", "werkzeug", "gevent", "requests"],\n    entry_points={"console_scripts": ["replay = replay.cli:main", "replay-server = replay.cli:serve"]},\n)\n',
    'replay/__init__.py': '',
    'replay/app.py': `from werkzeug.routing import Map, Rule\nfrom warcio.archiveiterator import ArchiveIterator\n\n\nclass ReplayApp:\n    def __init__(self):\n        self.url_map = Map([Rule("/<coll>/<path:url>", endpoint="replay")])\n\n    def __call__(self, environ, start_response):\n        with open(environ["PATH_INFO"].split("/")[1] + ".warc.gz", "rb") as stream:\n            record = next(iter(ArchiveIterator(stream)))\n${answer}`,
    'replay/cli.py':
      'import argparse\n\nfrom gevent.pywsgi import WSGIServer\n\nfrom .app import ReplayApp\n\n\ndef main():\n    parser = argparse.ArgumentParser(description="Manage collections")\n    parser.add_argument("coll")\n    parser.parse_args()\n\n\ndef serve():\n    WSGIServer(("0.0.0.0", 8080), ReplayApp()).serve_forever()\n\n\nif __name__ == "__main__":\n    main()\n',
    'replay/index.py':
      'import argparse\nimport requests\n\n\ndef main():\n    parser = argparse.ArgumentParser(description="Index WARCs")\n    parser.add_argument("warc")\n    requests.get(parser.parse_args().warc)\n\n\nif __name__ == "__main__":\n    main()\n',
  })

  it('serves: answering requests through start_response is a server, whatever its commands', async () => {
    const served = await root(
      tree(
        '        start_response("200 OK", [("Content-Type", "text/html")])\n        return [record.content_stream().read()]\n',
      ),
    )
    const handed = await root(tree('        return self.app(environ, start_response)\n'))
    expect(score(served, 'io-api') - score(handed, 'io-api')).toBe(1.5)
    expect(served.workloads.find((w) => w.workload === 'io-api')!.evidence).toContainEqual({
      file: 'replay/app.py',
      line: 12,
      detail: 'WSGI application answering requests',
    })
    expect(served.primary[0]).toBe('io-api')
  })
})
