// Realistic reports for the renderer tests: every verdict, another stack, a partial scan, problems.
import type {
  ComponentReport,
  Dependency,
  Evidence,
  Report,
  VerdictKind,
  Workload,
  WorkloadScore,
} from '../../src/model.js'
import type { GuidanceIndex } from '../../src/report/guidance.js'

const SOURCES: Record<string, { title: string; file: string; publisher: string }> = {
  'blue-people': { title: 'Deciding the backend', file: '000.txt', publisher: 'Blue People' },
  hyqoo: { title: 'What to choose next', file: '001.txt', publisher: 'Hyqoo' },
  'framework-choice': { title: 'Which backend framework', file: '002.txt', publisher: 'not named' },
  codix: { title: 'Which backend technology', file: '003.txt', publisher: 'Codix IT Solutions' },
  'seo-backend': { title: 'Backend development', file: '004.txt', publisher: 'not named' },
}

const RULES: Record<string, { statement: string; sources: string[] }> = {
  'realtime-node': {
    statement: 'An event loop keeps many open connections cheap, which suits real-time work.',
    sources: ['blue-people', 'hyqoo', 'codix'],
  },
  'io-api-python': {
    statement: 'Python APIs handle I/O-heavy traffic well once served asynchronously.',
    sources: ['hyqoo', 'framework-choice'],
  },
  'data-ml-node': {
    statement: 'The machine-learning ecosystem lives in Python, not in npm.',
    sources: ['blue-people', 'hyqoo', 'codix', 'seo-backend'],
  },
  'cpu-intensive-node': {
    statement: 'Long computations block the single event loop.',
    sources: ['codix', 'seo-backend'],
  },
  'spa-frontend-node': {
    statement: 'Front-end tooling is built on Node.js.',
    sources: ['blue-people'],
  },
}

const MITIGATIONS: Record<string, { statement: string; sources: string[] }> = {
  'python-asgi': {
    statement: 'An ASGI server with async handlers.',
    sources: ['hyqoo'],
  },
}

export const sampleGuidance: GuidanceIndex = {
  rule: (id) => RULES[id],
  source: (id) => SOURCES[id],
  mitigation: (id) => MITIGATIONS[id],
  sourceCount: 5,
}

function score(
  workload: Workload,
  value: number,
  confidence: 'high' | 'medium' | 'low',
  evidence: Evidence[],
): WorkloadScore {
  return { workload, score: value, raw: value * 10, confidence, evidence }
}

function dep(
  name: string,
  file: string,
  line: number,
  ecosystem: 'npm' | 'pypi' = 'npm',
): Dependency {
  return { name, ecosystem, scope: 'runtime', file, line, spec: '^1.0.0' }
}

function verdict(
  kind: VerdictKind,
  summary: string,
  rule: string,
  extra: Partial<ComponentReport['verdict']> = {},
): ComponentReport['verdict'] {
  const sources = RULES[rule]?.sources ?? []
  return {
    verdict: kind,
    summary,
    reasons: [{ rule, text: RULES[rule]?.statement ?? 'No guidance covers this.', sources }],
    notes: [],
    rules: [rule],
    sources,
    mitigations: [],
    wouldChange: [],
    ...extra,
  }
}

export function frontend(): ComponentReport {
  const deps = [dep('react', 'package.json', 12), dep('vite', 'package.json', 20)]
  return {
    path: '',
    name: 'storefront',
    manifests: ['package.json'],
    fileCount: 42,
    supporting: false,
    stack: { stack: 'node', languages: ['TypeScript', 'JavaScript'], mixed: false, evidence: [] },
    workloads: [
      score('spa-frontend', 1, 'high', [
        { file: 'package.json', line: 12, detail: 'dependency react' },
        { file: 'package.json', line: 20, detail: 'dependency vite' },
      ]),
    ],
    primary: ['spa-frontend'],
    verdict: verdict(
      'fits',
      'Node.js is what the guidance names for a front end.',
      'spa-frontend-node',
    ),
    dependencies: deps,
  }
}

export function chat(): ComponentReport {
  const evidence: Evidence[] = Array.from({ length: 8 }, (_, i) => ({
    file: `services/chat/src/room${i}.ts`,
    line: 3 + i,
    detail: 'import socket.io',
  }))
  return {
    path: 'services/chat',
    name: '@acme/chat',
    manifests: ['services/chat/package.json'],
    fileCount: 17,
    supporting: false,
    stack: { stack: 'node', languages: ['TypeScript'], mixed: false, evidence: [] },
    workloads: [
      score('realtime', 1, 'high', [
        { file: 'services/chat/package.json', line: 9, detail: 'dependency socket.io' },
        ...evidence,
      ]),
      score('io-api', 0.35, 'low', [
        { file: 'services/chat/package.json', line: 10, detail: 'dependency express' },
      ]),
    ],
    primary: ['realtime'],
    verdict: verdict(
      'fits',
      'Real-time work on Node.js is what the guidance recommends.',
      'realtime-node',
    ),
    dependencies: [
      dep('socket.io', 'services/chat/package.json', 9),
      dep('express', 'services/chat/package.json', 10),
    ],
  }
}

export function api(): ComponentReport {
  return {
    path: 'services/api',
    name: 'orders-api',
    manifests: ['services/api/pyproject.toml', 'services/api/requirements.txt'],
    fileCount: 30,
    supporting: false,
    stack: { stack: 'python', languages: ['Python'], mixed: false, evidence: [] },
    workloads: [
      score('io-api', 0.9, 'medium', [
        { file: 'services/api/pyproject.toml', line: 7, detail: 'dependency fastapi' },
        { file: 'services/api/app/main.py', line: 1, detail: 'import fastapi' },
      ]),
    ],
    primary: ['io-api'],
    verdict: verdict(
      'fits-with-caveats',
      'A Python API fits when it is served asynchronously.',
      'io-api-python',
      {
        mitigations: [
          {
            id: 'python-asgi',
            evidence: [
              { file: 'services/api/pyproject.toml', line: 8, detail: 'dependency uvicorn' },
            ],
          },
        ],
        wouldChange: ['Async handlers throughout the request path.'],
      },
    ),
    dependencies: [
      dep('fastapi', 'services/api/pyproject.toml', 7, 'pypi'),
      dep('uvicorn', 'services/api/pyproject.toml', 8, 'pypi'),
    ],
  }
}

export function mlGateway(): ComponentReport {
  return {
    path: 'services/ml-gateway',
    name: 'ml-gateway',
    manifests: ['services/ml-gateway/package.json'],
    fileCount: 9,
    supporting: false,
    stack: { stack: 'node', languages: ['JavaScript'], mixed: false, evidence: [] },
    workloads: [
      score('data-ml', 1, 'high', [
        {
          file: 'services/ml-gateway/package.json',
          line: 14,
          detail: 'dependency @tensorflow/tfjs-node',
        },
      ]),
      score('io-api', 0.4, 'low', [
        { file: 'services/ml-gateway/package.json', line: 11, detail: 'dependency fastify' },
      ]),
    ],
    primary: ['data-ml'],
    verdict: verdict(
      'mismatch',
      'Model training and inference sit better in Python than in Node.js.',
      'data-ml-node',
      { wouldChange: ['Move the model work to a Python component.'] },
    ),
    dependencies: [
      dep('fastify', 'services/ml-gateway/package.json', 11),
      dep('@tensorflow/tfjs-node', 'services/ml-gateway/package.json', 14),
    ],
  }
}

export function resizer(): ComponentReport {
  return {
    path: 'workers/resizer',
    name: 'resizer',
    manifests: ['workers/resizer/package.json'],
    fileCount: 4,
    supporting: false,
    stack: { stack: 'node', languages: ['JavaScript'], mixed: false, evidence: [] },
    workloads: [
      score('cpu-intensive', 1, 'medium', [
        { file: 'workers/resizer/package.json', line: 6, detail: 'dependency sharp' },
      ]),
    ],
    primary: ['cpu-intensive'],
    verdict: verdict('mismatch', 'Heavy computation blocks the event loop.', 'cpu-intensive-node', {
      accepted: { reason: 'Resizing runs in a native library off the event loop.' },
    }),
    dependencies: [dep('sharp', 'workers/resizer/package.json', 6)],
  }
}

export function goTool(): ComponentReport {
  return {
    path: 'tools/migrate',
    name: 'migrate',
    manifests: ['tools/migrate/go.mod'],
    fileCount: 6,
    supporting: false,
    stack: { stack: 'other', languages: ['Go'], otherName: 'Go', mixed: false, evidence: [] },
    workloads: [],
    primary: [],
    verdict: {
      verdict: 'inconclusive',
      summary: 'The guidance compares Node.js and Python only.',
      reasons: [
        { rule: 'stack-not-covered', text: 'Go is not covered by the guidance.', sources: [] },
      ],
      notes: [],
      rules: ['stack-not-covered'],
      sources: [],
      mitigations: [],
      wouldChange: ['An organisation rule in the config that covers Go.'],
    },
    dependencies: [],
  }
}

export function reportOf(components: ComponentReport[], extra: Partial<Report> = {}): Report {
  const counts: Record<VerdictKind, number> = {
    fits: 0,
    'fits-with-caveats': 0,
    mismatch: 0,
    inconclusive: 0,
  }
  for (const c of components) counts[c.verdict.verdict] += 1
  const order: VerdictKind[] = ['fits', 'inconclusive', 'fits-with-caveats', 'mismatch']
  const overall = components.reduce<VerdictKind>(
    (worst, c) =>
      order.indexOf(c.verdict.verdict) > order.indexOf(worst) ? c.verdict.verdict : worst,
    'fits',
  )
  return {
    tool: { name: 'stack-fit', version: '0.1.0' },
    root: 'memory',
    components,
    overall,
    counts,
    problems: [],
    stats: {
      filesScanned: 108,
      bytesRead: 412_345,
      manifestsParsed: 7,
      skippedByReason: {},
      skipped: [],
      skippedTruncated: 0,
      durationMs: 1234,
    },
    ...extra,
  }
}

/** Every verdict, an accepted decision, a Go component, problems, skipped files and a partial scan. */
export function sampleReport(): Report {
  return reportOf([frontend(), chat(), api(), mlGateway(), resizer(), goTool()], {
    problems: [
      {
        file: 'services/api/requirements.txt',
        line: 4,
        message: 'unreadable requirement "flask[async"',
      },
      {
        file: 'services/chat/package.json',
        message: 'package.json is not valid JSON: Unexpected token',
      },
    ],
    stats: {
      filesScanned: 108,
      bytesRead: 412_345,
      manifestsParsed: 7,
      skippedByReason: { vendored: 3, gitignored: 12, binary: 2 },
      skipped: [
        { path: 'node_modules', reason: 'gitignored', directory: true },
        { path: 'vendor/jquery.js', reason: 'vendored' },
      ],
      skippedTruncated: 0,
      durationMs: 1234,
    },
    partial: { reason: 'Stopped after 100 files (max-files).', limit: 'maxFiles' },
  })
}
