# Beehive monitor: weight (HX711 load cell), temperature/humidity (BME280), deep sleep between reads.
import json

import machine
from machine import I2C, Pin
from umqtt.simple import MQTTClient

import config
from bme280 import BME280
from hx711 import HX711

SLEEP_MS = 10 * 60 * 1000
CALIBRATION = 21.37  # raw units per gram, measured with a 5 kg reference weight

led = Pin(2, Pin.OUT)
i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=100_000)
climate = BME280(i2c=i2c)
scale = HX711(d_out=Pin(4), pd_sck=Pin(5))


def read():
    temp, pressure, humidity = climate.read_compensated_data()
    scale.power_up()
    raw = sum(scale.read() for _ in range(10)) / 10
    scale.power_down()
    return {
        "temp_c": temp / 100,
        "humidity": humidity / 1024,
        "pressure_hpa": pressure / 25600,
        "weight_kg": round((raw - scale.OFFSET) / CALIBRATION / 1000, 2),
        "battery_v": machine.ADC(Pin(35)).read_uv() * 2 / 1_000_000,
    }


def publish(reading):
    client = MQTTClient(config.DEVICE_ID, config.MQTT_BROKER, keepalive=30)
    client.connect()
    client.publish(b"beehive/%s/reading" % config.DEVICE_ID, json.dumps(reading), qos=1)
    client.disconnect()


led.on()
try:
    publish(read())
except OSError as err:
    print("publish failed:", err)
led.off()
machine.deepsleep(SLEEP_MS)
