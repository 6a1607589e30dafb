const fs = require('fs')
const PDFDocument = require('pdfkit')
const WebSocket = require('ws')

// Joins the room as a silent client, collects the replayed strokes, writes them to a PDF.
function exportRoom(room, { server, out, wait }) {
  const strokes = []
  const socket = new WebSocket(`${server}/canvas/${encodeURIComponent(room)}`)
  socket.on('message', (data) => {
    const msg = JSON.parse(data)
    if (msg.t === 'stroke') strokes.push(msg.points)
  })
  setTimeout(() => {
    socket.close()
    const doc = new PDFDocument({ size: 'A4' })
    doc.pipe(fs.createWriteStream(out))
    for (const points of strokes) {
      const [first, ...rest] = points
      doc.moveTo(first.x, first.y)
      for (const p of rest) doc.lineTo(p.x, p.y)
      doc.stroke()
    }
    doc.end()
    console.log(`wrote ${strokes.length} strokes to ${out}`)
  }, Number(wait))
}

module.exports = { exportRoom }
