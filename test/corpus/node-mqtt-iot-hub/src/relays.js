const ModbusRTU = require('modbus-serial')
const { Gpio } = require('onoff')

const modbus = new ModbusRTU()
const alarmLed = Gpio.accessible ? new Gpio(17, 'out') : null
const COILS = { north: 0, south: 1, east: 2 }

async function connect() {
  if (modbus.isOpen) return
  await modbus.connectRTUBuffered(process.env.MODBUS_PORT || '/dev/ttyUSB0', { baudRate: 9600 })
  modbus.setID(1)
}

async function set(bay, open) {
  await connect()
  try {
    await modbus.writeCoil(COILS[bay], open)
    alarmLed?.writeSync(0)
  } catch (err) {
    alarmLed?.writeSync(1)
    throw err
  }
}

module.exports = { set }
