require('dotenv').config()
const mqtt = require('mqtt')
const { InfluxDB, Point } = require('@influxdata/influxdb-client')
const relays = require('./relays')
const { decideVentilation } = require('./rules')

const client = mqtt.connect(process.env.MQTT_URL || 'mqtt://localhost:1883', {
  clientId: `greenhouse-hub-${process.pid}`,
  clean: false,
})
const writeApi = new InfluxDB({ url: process.env.INFLUX_URL, token: process.env.INFLUX_TOKEN }).getWriteApi(
  'greenhouse',
  'sensors',
)

client.on('connect', () => {
  client.subscribe(['greenhouse/+/temperature', 'greenhouse/+/humidity', 'greenhouse/+/soil'], { qos: 1 })
})

const latest = {}
client.on('message', async (topic, payload) => {
  const [, bay, metric] = topic.split('/')
  const value = Number(payload.toString())
  latest[bay] = { ...latest[bay], [metric]: value }
  writeApi.writePoint(new Point(metric).tag('bay', bay).floatField('value', value))

  const action = decideVentilation(latest[bay])
  if (action) {
    await relays.set(bay, action.vent)
    client.publish(`greenhouse/${bay}/vent`, action.vent ? 'open' : 'closed', { retain: true })
  }
})

process.on('SIGTERM', async () => {
  await writeApi.close()
  client.end()
})
