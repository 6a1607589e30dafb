const { Board, Motors, Sensor, Proximity, Led } = require('johnny-five')
const { nextMove } = require('./strategy')

const board = new Board({ port: process.env.BOT_PORT || '/dev/ttyACM0', repl: false })

board.on('ready', () => {
  const motors = new Motors([
    { pins: { pwm: 5, dir: 4 }, invertPWM: true },
    { pins: { pwm: 6, dir: 7 }, invertPWM: true },
  ])
  const edgeLeft = new Sensor({ pin: 'A0', freq: 10 })
  const edgeRight = new Sensor({ pin: 'A1', freq: 10 })
  const eye = new Proximity({ controller: 'GP2Y0A21YK', pin: 'A2', freq: 20 })
  const status = new Led(13)

  const state = { left: 1023, right: 1023, distance: 80 }
  edgeLeft.on('data', function () { state.left = this.value })
  edgeRight.on('data', function () { state.right = this.value })
  eye.on('data', function () { state.distance = this.cm })

  status.blink(250)
  board.wait(5000, () => {
    status.on()
    board.loop(20, () => {
      const { left, right } = nextMove(state)
      motors[0][left >= 0 ? 'forward' : 'reverse'](Math.abs(left))
      motors[1][right >= 0 ? 'forward' : 'reverse'](Math.abs(right))
    })
  })

  board.on('exit', () => motors.stop())
})
