// Renders a Stack Fit comment (or job summary) the way GitHub shows it and saves screenshots:
// cmark-gfm (GitHub's own GFM engine) turns the Markdown into HTML, GitHub's stylesheet and
// Mermaid draw it in headless Chromium. Nothing is fetched from the network.
//
//   npx tsx scripts/render-comment.ts COMMENT.md [MORE.md …] [--out DIR] [--width PX]
//
// Needs /usr/bin/chromium and cmark-gfm (`apt-get install -y chromium cmark-gfm`); the npm
// dev dependencies playwright-core, mermaid and github-markdown-css. Never downloads a browser.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import nodePath from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

export const CHROMIUM = '/usr/bin/chromium'
/** About one screen of a pull request's conversation, as the issue measures it. */
export const SCREEN_HEIGHT = 900
/** The width of a comment's body on github.com at a 1280 px window. */
export const COMMENT_WIDTH = 780

const require = createRequire(import.meta.url)

/** Why rendering cannot run here, or undefined when it can. */
export function renderUnavailable(): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is not installed (apt-get install -y chromium)`
  try {
    execFileSync('cmark-gfm', ['--version'], { stdio: 'ignore' })
  } catch {
    return 'cmark-gfm is not installed (apt-get install -y cmark-gfm)'
  }
  for (const name of ['playwright-core', 'mermaid', 'github-markdown-css']) {
    try {
      require.resolve(`${name}/package.json`)
    } catch {
      return `the npm package ${name} is not installed (npm ci)`
    }
  }
  return undefined
}

/** GitHub-flavoured Markdown to HTML with cmark-gfm, with the extensions GitHub turns on. */
export function markdownToHtml(markdown: string): string {
  const extensions = ['table', 'strikethrough', 'autolink', 'tagfilter', 'tasklist', 'footnotes']
  return execFileSync(
    'cmark-gfm',
    ['--unsafe', '--github-pre-lang', ...extensions.flatMap((e) => ['-e', e])],
    { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
}

function page(html: string, width: number): string {
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8')
  // Mermaid blocks become what mermaid.run() looks for, as GitHub's viewer does with them.
  const body = html.replace(
    /<pre lang="mermaid"><code>([\s\S]*?)<\/code><\/pre>/g,
    (_, code: string) => `<pre class="mermaid">${code}</pre>`,
  )
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${width}px; padding: 16px; font-size: 14px; }
</style></head><body><article class="markdown-body">${body}</article></body></html>`
}

export interface RenderedComment {
  /** Full height of the rendered comment with every <details> closed, and all opened. */
  heightCollapsed: number
  heightExpanded: number
  /** Text visible in the first SCREEN_HEIGHT pixels, collapsed. */
  firstScreenText: string
  mermaidBlocks: number
  mermaidDiagrams: number
  /** Mermaid's own error messages, if a chart failed to parse or draw. */
  mermaidErrors: string[]
  screenshots: { firstScreen: string; collapsed: string; expanded: string }
  html: string
}

/** Renders one Markdown document and saves three screenshots under `outDir` named after `name`. */
export async function renderComment(
  markdown: string,
  outDir: string,
  name: string,
  width = COMMENT_WIDTH,
): Promise<RenderedComment> {
  const { chromium } = await import('playwright-core')
  mkdirSync(outDir, { recursive: true })
  const htmlFile = nodePath.join(outDir, `${name}.html`)
  writeFileSync(htmlFile, page(markdownToHtml(markdown), width))
  const profile = mkdtempSync(nodePath.join(tmpdir(), 'stack-fit-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width, height: SCREEN_HEIGHT },
  })
  try {
    // Everything the page needs is inline or injected from node_modules: refuse the network.
    await context.route(/^(https?|wss?):/, (route) => route.abort())
    const tab = context.pages()[0] ?? (await context.newPage())
    await tab.setContent(readFileSync(htmlFile, 'utf8'), { waitUntil: 'load' })
    await tab.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') })
    const mermaidErrors = await tab.evaluate(async () => {
      const errors: string[] = []
      const m = (globalThis as unknown as { mermaid: MermaidApi }).mermaid
      m.initialize({ startOnLoad: false, theme: 'default', securityLevel: 'strict' })
      try {
        await m.run({ querySelector: 'pre.mermaid', suppressErrors: false })
      } catch (err) {
        errors.push(String(err))
      }
      return errors
      interface MermaidApi {
        initialize(config: Record<string, unknown>): void
        run(options: Record<string, unknown>): Promise<void>
      }
    })
    // Page code as strings: it runs in the browser, where this file's Node types do not apply.
    const counts = await tab.evaluate<{ blocks: number; diagrams: number; errorText: string[] }>(`({
      blocks: document.querySelectorAll('pre.mermaid').length,
      diagrams: document.querySelectorAll('pre.mermaid svg').length,
      errorText: [...document.querySelectorAll('pre.mermaid')]
        .map((e) => e.textContent ?? '')
        .filter((t) => /syntax error|parse error/i.test(t)),
    })`)
    const shots = {
      firstScreen: nodePath.join(outDir, `${name}-first-screen.png`),
      collapsed: nodePath.join(outDir, `${name}-collapsed.png`),
      expanded: nodePath.join(outDir, `${name}-expanded.png`),
    }
    await tab.screenshot({ path: shots.firstScreen })
    await tab.screenshot({ path: shots.collapsed, fullPage: true })
    const firstScreenText = await tab.evaluate<string>(`(() => {
      const seen = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Inside a closed <details> only the summary shows.
        const el = node.parentElement
        if (el && el.closest('details:not([open])') && !el.closest('summary')) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        const rect = range.getBoundingClientRect()
        if (rect.height > 0 && rect.top < ${SCREEN_HEIGHT} && node.textContent.trim())
          seen.push(node.textContent)
      }
      return seen.join('').replace(/\\s+/g, ' ').trim()
    })()`)
    const height = '(document.body.scrollHeight)'
    const heightCollapsed = await tab.evaluate<number>(height)
    await tab.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true })`)
    await tab.screenshot({ path: shots.expanded, fullPage: true })
    const heightExpanded = await tab.evaluate<number>(height)
    return {
      heightCollapsed,
      heightExpanded,
      firstScreenText,
      mermaidBlocks: counts.blocks,
      mermaidDiagrams: counts.diagrams,
      mermaidErrors: [...mermaidErrors, ...counts.errorText],
      screenshots: shots,
      html: htmlFile,
    }
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string', default: 'render-out' }, width: { type: 'string' } },
  })
  const missing = renderUnavailable()
  if (missing) throw new Error(`cannot render: ${missing}`)
  if (positionals.length === 0) throw new Error('usage: render-comment.ts FILE.md … [--out DIR]')
  for (const file of positionals) {
    const markdown = readFileSync(file, 'utf8')
    const name = nodePath.basename(file).replace(/\.[^.]+$/, '')
    const width = values.width ? Number(values.width) : COMMENT_WIDTH
    const r = await renderComment(markdown, values.out, name, width)
    const screens = (h: number) => (h / SCREEN_HEIGHT).toFixed(1)
    process.stdout.write(
      [
        `${file}: ${markdown.length} characters`,
        `  ${r.heightCollapsed} px collapsed (${screens(r.heightCollapsed)} screens), ${r.heightExpanded} px expanded (${screens(r.heightExpanded)} screens)`,
        `  mermaid: ${r.mermaidDiagrams} of ${r.mermaidBlocks} drawn${r.mermaidErrors.length > 0 ? `; errors: ${r.mermaidErrors.join(' | ')}` : ''}`,
        `  first screen: ${r.firstScreenText.slice(0, 600)}`,
        ...Object.values(r.screenshots).map((s) => `  ${s}`),
        '',
      ].join('\n'),
    )
  }
}

if (process.argv[1] && nodePath.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`render-comment: ${err instanceof Error ? err.message : String(err)}\n`)
    process.exitCode = 1
  })
}
