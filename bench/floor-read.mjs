// The JS-read floor of issue 13: lists the files Stack Fit would read (the default exclusions by
// name, the scanned extensions and manifests) and reads each with readFileSync, nothing else.
//   node bench/floor-read.mjs REPO          walk the tree with readdirSync
//   node bench/floor-read.mjs REPO --git    take the list from `git ls-files -z` (hooks off)
//   node bench/floor-read.mjs REPO --list   only list, read nothing
// Prints the number of files and bytes read. Plain JavaScript, so no loader is timed.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import process from 'node:process'

const root = process.argv[2]
const useGit = process.argv.includes('--git')
const listOnly = process.argv.includes('--list')
const EXCLUDED = new Set(
  (
    '.git .hg .svn node_modules bower_components jspm_packages .pnpm-store .yarn .venv venv ' +
    'site-packages .eggs .tox .nox __pycache__ .mypy_cache .pytest_cache .ruff_cache ' +
    '.ipynb_checkpoints .cache .parcel-cache .turbo .gradle .terraform dist build out target ' +
    '.next .nuxt .svelte-kit coverage .nyc_output .idea .vscode vendor third_party third-party ' +
    'thirdparty Pods docs doc Docs Doc Documentation'
  ).split(' '),
)
const SCANNED = new Set('js mjs cjs jsx ts mts cts tsx vue svelte py ipynb'.split(' '))
const MANIFEST =
  /^(package\.json|pyproject\.toml|requirements.*\.txt|setup\.py|setup\.cfg|Pipfile|environment\.yml)$/
const GENERATED = /(\.min\.(js|mjs|cjs|css)|[-.]bundle\.js|\.map|_pb2\.py|_pb2_grpc\.py)$/i

function wanted(name) {
  if (GENERATED.test(name)) return false
  const dot = name.lastIndexOf('.')
  return (dot > 0 && SCANNED.has(name.slice(dot + 1))) || MANIFEST.test(name)
}
const excludedDir = (name, atRoot) =>
  EXCLUDED.has(name) || name.endsWith('.egg-info') || (atRoot && name === 'man')

const files = []
if (useGit) {
  const out = execFileSync(
    'git',
    ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
    },
  )
  for (const path of out.split('\0')) {
    if (path === '') continue
    const parts = path.split('/')
    let keep = wanted(parts[parts.length - 1])
    for (let i = 0; keep && i < parts.length - 1; i++)
      if (excludedDir(parts[i], i === 0)) keep = false
    if (keep) files.push(path)
  }
} else {
  const walk = (dir, prefix) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!excludedDir(entry.name, prefix === ''))
          walk(`${dir}/${entry.name}`, `${prefix}${entry.name}/`)
      } else if (entry.isFile() && wanted(entry.name)) files.push(`${prefix}${entry.name}`)
    }
  }
  walk(root, '')
}
let bytes = 0
if (!listOnly) for (const path of files) bytes += readFileSync(`${root}/${path}`).byteLength
process.stdout.write(`${files.length} files, ${bytes} bytes\n`)
