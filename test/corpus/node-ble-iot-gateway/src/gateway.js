import noble from '@abandonware/noble'
import { iot, mqtt } from 'aws-iot-device-sdk-v2'
import pino from 'pino'
import { parseTagAdvertisement } from './tags.js'
import { Buffered } from './buffer.js'

const log = pino()
const thing = process.env.THING_NAME ?? 'truck-unknown'
const config = iot.AwsIotMqttConnectionConfigBuilder.new_mtls_builder_from_path('certs/device.pem.crt', 'certs/private.pem.key')
  .with_certificate_authority_from_path(undefined, 'certs/AmazonRootCA1.pem')
  .with_client_id(thing)
  .with_endpoint(process.env.IOT_ENDPOINT)
  .with_clean_session(false)
  .build()
const connection = new mqtt.MqttClient().new_connection(config)
const outbox = new Buffered(5000)

connection.on('resume', async () => {
  for (const reading of outbox.drain()) await publish(reading)
})

async function publish(reading) {
  await connection.publish(`coldchain/${thing}/readings`, JSON.stringify(reading), mqtt.QoS.AtLeastOnce)
}

noble.on('stateChange', (state) => (state === 'poweredOn' ? noble.startScanningAsync([], true) : noble.stopScanning()))
noble.on('discover', async (peripheral) => {
  const reading = parseTagAdvertisement(peripheral.advertisement.manufacturerData, peripheral.address, peripheral.rssi)
  if (!reading) return
  try {
    await publish(reading)
  } catch (err) {
    log.warn({ err }, 'offline, buffering')
    outbox.push(reading)
  }
})

await connection.connect()
log.info({ thing }, 'gateway up')
