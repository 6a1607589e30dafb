import { describe, expect, it } from 'vitest'
import { parseDockerfile } from '../../src/scan/manifests/dockerfile.js'
import { parseProcfile } from '../../src/scan/manifests/procfile.js'

const DOCKERFILE = `# syntax=docker/dockerfile:1
ARG NODE_VERSION=20
FROM --platform=$BUILDPLATFORM node:\${NODE_VERSION}-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci \\
    # keep the cache small
    && npm cache clean --force
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs20-debian12
COPY --from=build /app/dist /app
RUN apt-get update && apt-get install -y curl
ENTRYPOINT ["node", "/app/server.js"]
`

describe('parseDockerfile', () => {
  it('reads base images and the commands that hint at the runtime', () => {
    const { manifest, problems } = parseDockerfile('api/Dockerfile', DOCKERFILE)
    expect(problems).toEqual([])
    expect(manifest?.dependencies).toEqual([])
    expect(manifest?.baseImages).toEqual([
      { image: 'node:${NODE_VERSION}-alpine', line: 3 },
      { image: 'gcr.io/distroless/nodejs20-debian12', line: 12 },
    ])
    expect(manifest?.commands).toEqual([
      { text: 'RUN npm ci && npm cache clean --force', line: 6 },
      { text: 'ENTRYPOINT ["node", "/app/server.js"]', line: 15 },
    ])
  })

  it('reads pip installs and CMD, trims long commands to 200 characters', () => {
    const long = 'x'.repeat(500)
    const text = `FROM python:3.12-slim\r\nRUN pip install --no-cache-dir -r requirements.txt\r\nCMD gunicorn app:app ${long}\r\n`
    const { manifest } = parseDockerfile('Dockerfile', text)
    expect(manifest?.baseImages).toEqual([{ image: 'python:3.12-slim', line: 1 }])
    expect(manifest?.commands?.[0]).toEqual({
      text: 'RUN pip install --no-cache-dir -r requirements.txt',
      line: 2,
    })
    expect(manifest?.commands?.[1]?.text).toHaveLength(200)
    expect(manifest?.commands?.[1]?.line).toBe(3)
  })

  it('honours the escape directive of Windows images', () => {
    const text =
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN npm install `\n    --omit=dev\nCMD ["node", "C:\\\\app\\\\server.js"]\n'
    const { manifest } = parseDockerfile('Dockerfile.windows', text)
    expect(manifest?.baseImages).toEqual([
      { image: 'mcr.microsoft.com/windows/servercore:ltsc2022', line: 2 },
    ])
    expect(manifest?.commands?.map((c) => [c.text, c.line])).toEqual([
      ['RUN npm install --omit=dev', 3],
      ['CMD ["node", "C:\\\\app\\\\server.js"]', 5],
    ])
  })

  it('reads an empty or odd file without problems', () => {
    expect(parseDockerfile('Dockerfile', '').manifest?.baseImages).toEqual([])
    expect(parseDockerfile('Dockerfile', 'FROM\n\\\n').problems).toEqual([])
  })
})

describe('parseProcfile', () => {
  it('reads process types into scripts and commands with lines', () => {
    const text =
      '# Heroku processes\nweb: gunicorn config.wsgi --log-file -\nworker: celery -A config worker -l info\n\nrelease: python manage.py migrate\n'
    const { manifest, problems } = parseProcfile('Procfile', text)
    expect(problems).toEqual([])
    expect(manifest?.scripts).toEqual({
      web: 'gunicorn config.wsgi --log-file -',
      worker: 'celery -A config worker -l info',
      release: 'python manage.py migrate',
    })
    expect(manifest?.commands?.map((c) => c.line)).toEqual([2, 3, 5])
  })

  it('reports lines that are not process types, without echoing them', () => {
    const { manifest, problems } = parseProcfile(
      'Procfile',
      'web: node server.js\nexport TOKEN=abc123\n',
    )
    expect(manifest?.scripts).toEqual({ web: 'node server.js' })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ file: 'Procfile', line: 2 })
    expect(problems[0]!.message).not.toContain('abc123')
  })

  it('does not let __proto__ process types pollute prototypes', () => {
    const { manifest } = parseProcfile('Procfile', '__proto__: evil\nweb: node a.js\n')
    expect(({} as Record<string, unknown>).evil).toBeUndefined()
    expect(Object.keys(manifest?.scripts ?? {})).toEqual(['web'])
  })
})
