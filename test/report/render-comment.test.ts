// The comment as a reviewer sees it: GitHub-flavoured Markdown (cmark-gfm) and Mermaid drawn in
// headless Chromium by scripts/render-comment.ts. Runs where /usr/bin/chromium and cmark-gfm are
// installed; elsewhere it is skipped, and says why.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import nodePath from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { computeDrift } from '../../src/analysis/drift.js'
import { loadKnowledge } from '../../src/knowledge/load.js'
import { guidanceIndexOf } from '../../src/report/guidance.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import {
  type RenderedComment,
  SCREEN_HEIGHT,
  renderComment,
  renderUnavailable,
} from '../../scripts/render-comment.js'
import { analyzeTree, platformTree, withMlTrainer } from './monorepo-fixture.js'

const missing = renderUnavailable()
if (missing) console.warn(`render-comment tests skipped: ${missing}`)

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const links = {
  serverUrl: 'https://github.com',
  repository: 'acme/platform',
  sha: '0123456789abcdef0123456789abcdef01234567',
}
const runUrl = 'https://github.com/acme/platform/actions/runs/42'

describe.skipIf(missing !== undefined)(
  `the rendered comment${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    // Screenshots land here; set STACK_FIT_SCREENSHOTS to keep them somewhere known.
    const out =
      process.env.STACK_FIT_SCREENSHOTS ?? mkdtempSync(nodePath.join(tmpdir(), 'stack-fit-shots-'))
    let comment: RenderedComment
    let summary: RenderedComment

    beforeAll(async () => {
      const guidance = guidanceIndexOf(loadKnowledge())
      const base = await analyzeTree(platformTree())
      const head = await analyzeTree(withMlTrainer(platformTree()))
      const drift = computeDrift(base, head)
      const options = { guidance, drift, links, runUrl }
      comment = await renderComment(
        renderMarkdown(head, { ...options, flavor: 'comment' }),
        out,
        'pr-adds-ml-trainer-comment',
      )
      summary = await renderComment(
        renderMarkdown(head, { ...options, flavor: 'summary' }),
        out,
        'pr-adds-ml-trainer-summary',
      )
      console.info(`render-comment screenshots in ${out}`)
    }, 120_000)

    it('names the new component, its verdict, why and what to do on the first screen', () => {
      const top = comment.firstScreenText
      expect(top).toContain('This pull request needs a decision.')
      expect(top).toContain('It adds services/ml-trainer')
      expect(top).toContain('mismatch')
      expect(top).toMatch(/Why: The guidance warns against Node\.js for data science/)
      expect(top).toContain('What to do: Put the ML work in a Python service')
      // GitHub's footnotes: numbered references, not raw [^id] text.
      expect(top).not.toContain('[^')
    })

    it('fits the collapsed comment in about one screen', () => {
      expect(comment.heightCollapsed).toBeLessThan(SCREEN_HEIGHT * 1.5)
      expect(comment.heightExpanded).toBeGreaterThan(comment.heightCollapsed)
    })

    it('draws every Mermaid chart without an error, and the comment has none', () => {
      expect(comment.mermaidBlocks).toBe(0)
      expect(summary.mermaidBlocks).toBeGreaterThan(0)
      expect(summary.mermaidDiagrams).toBe(summary.mermaidBlocks)
      expect(summary.mermaidErrors).toEqual([])
    })

    it('saves the screenshots as PNG files', () => {
      for (const file of [
        ...Object.values(comment.screenshots),
        ...Object.values(summary.screenshots),
      ])
        expect(readFileSync(file).subarray(0, 8).equals(PNG), file).toBe(true)
    })
  },
)
