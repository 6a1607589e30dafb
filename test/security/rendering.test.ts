import { beforeAll, describe, expect, it } from 'vitest'
import { analyzeRepository } from '../../src/analysis/analyze.js'
import { loadKnowledge } from '../../src/knowledge/load.js'
import type { Report } from '../../src/model.js'
import { buildAnnotations } from '../../src/report/annotations.js'
import { guidanceIndexOf } from '../../src/report/guidance.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { MemoryFileSource } from '../../src/scan/memory-source.js'

// Names a repository controls: directory names, package names, file names.
const HOSTILE_DIR = 'x|<img src=x>[y](http:e)`<!-- -->'
const BIDI_DIR = 'svc\u202Egnp.exe\u200B'
const MENTION_NAME = '@org/team'

describe('everything a repository names is rendered literally', () => {
  let report: Report
  let outputs: Record<string, string>

  beforeAll(async () => {
    const source = new MemoryFileSource({
      [`${HOSTILE_DIR}/package.json`]: JSON.stringify({
        name: MENTION_NAME,
        dependencies: { 'socket.io': '^4.7.5' },
      }),
      [`${HOSTILE_DIR}/server.js`]:
        "const { Server } = require('socket.io')\nconst io = new Server(3000)\nio.on('connection', (s) => s.emit('hi'))\n",
      [`${BIDI_DIR}/requirements.txt`]: 'torch==2.3.0\npandas==2.2.2\n',
      [`${BIDI_DIR}/train.py`]: 'import torch\nimport pandas as pd\n',
      'fixes-#123/package.json': JSON.stringify({
        name: 'fixes #123 cc @octocat',
        dependencies: { express: '4' },
      }),
      'fixes-#123/index.js': "const express = require('express')\nexpress().listen(3000)\n",
    })
    report = await analyzeRepository(source)
    const guidance = guidanceIndexOf(loadKnowledge())
    outputs = {
      summary: renderMarkdown(report, { guidance, flavor: 'summary' }),
      comment: renderMarkdown(report, { guidance, flavor: 'comment' }),
      annotations: JSON.stringify(buildAnnotations(report, { maxPerLevel: 10 })),
    }
  })

  it('finds the three components', () => {
    expect(report.components.map((c) => c.path).sort()).toEqual(
      [BIDI_DIR, 'fixes-#123', HOSTILE_DIR].sort(),
    )
  })

  it.each(['summary', 'comment'])('lets no HTML, link or marker through in the %s', (flavor) => {
    const md = outputs[flavor]!
    expect(md).not.toContain('<img')
    expect(md).not.toMatch(/(?<!\\)\[[^\]\n]*(?<!\\)\]\(http:e\)/)
    expect(md).not.toMatch(/<!-- -->/)
    expect(md).not.toContain('\u202E')
    expect(md).not.toContain('\u200B')
  })

  it.each(['summary', 'comment'])('pings nobody and links no issue in the %s', (flavor) => {
    const md = outputs[flavor]!
    // GitHub links nothing inside a code span: a name that would mention or link goes in one,
    // so it copies without an invisible joiner. Outside code spans, nothing may link.
    const prose = md.replace(/`[^`\n]*`/g, '')
    expect(prose).not.toMatch(/(^|[^\w`])@(org|octocat)\b/)
    expect(prose).not.toMatch(/(^|[^\w`&])#123\b/)
    expect(md).toContain('| `fixes-#123` |')
  })

  it.each(['summary', 'comment'])(
    'keeps every table row at the header column count in the %s',
    (flavor) => {
      const rows = outputs[flavor]!.split('\n').filter((line) => line.startsWith('|'))
      expect(rows.length).toBeGreaterThan(2)
      const columns = (row: string) => row.split(/(?<!\\)\|/).length
      const header = columns(rows[0]!)
      for (const row of rows) expect(columns(row), row).toBe(header)
    },
  )
})
