#!/usr/bin/env node
const { program } = require('commander')
const { exportRoom } = require('../src/export')

program
  .argument('<room>', 'canvas room to export')
  .option('-s, --server <url>', 'pairdraw server', 'ws://localhost:9001')
  .option('-o, --out <file>', 'PDF to write', 'canvas.pdf')
  .option('--wait <ms>', 'how long to collect strokes', '2000')
  .action((room, opts) => exportRoom(room, opts))
  .parse()
