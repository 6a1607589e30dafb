const uWS = require('uWebSockets.js')
const { nanoid } = require('nanoid')

const port = Number(process.env.PORT || 9001)

uWS
  .App()
  .ws('/canvas/:room', {
    compression: uWS.SHARED_COMPRESSOR,
    maxPayloadLength: 16 * 1024,
    idleTimeout: 60,
    upgrade: (res, req, context) => {
      res.upgrade(
        { room: req.getParameter(0), id: nanoid(6) },
        req.getHeader('sec-websocket-key'),
        req.getHeader('sec-websocket-protocol'),
        req.getHeader('sec-websocket-extensions'),
        context,
      )
    },
    open: (ws) => {
      const { room, id } = ws.getUserData()
      ws.subscribe(`room/${room}`)
      ws.send(JSON.stringify({ t: 'hello', id }))
    },
    message: (ws, message, isBinary) => {
      // Strokes are relayed as-is to everyone else drawing on the same canvas.
      ws.publish(`room/${ws.getUserData().room}`, message, isBinary)
    },
  })
  .listen(port, (token) => token && console.log(`pairdraw on ${port}`))
