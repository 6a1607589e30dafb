"""Reads the greenhouse sensors: DHT22 air temperature/humidity and a BH1750 light meter."""
import time

import adafruit_dht
import board
from smbus2 import SMBus

BH1750_ADDRESS = 0x23
BH1750_ONE_TIME_HIGH_RES = 0x20


class AirSensor:
    def __init__(self) -> None:
        self._dht = adafruit_dht.DHT22(board.D4, use_pulseio=False)

    def read(self) -> tuple[float, float] | None:
        for _ in range(3):
            try:
                return self._dht.temperature, self._dht.humidity
            except RuntimeError:
                time.sleep(2)  # the DHT22 often fails a read; the datasheet asks for 2 s between reads
        return None


class LightSensor:
    def __init__(self, bus: int = 1) -> None:
        self._bus = SMBus(bus)

    def lux(self) -> float:
        self._bus.write_byte(BH1750_ADDRESS, BH1750_ONE_TIME_HIGH_RES)
        time.sleep(0.18)
        high, low = self._bus.read_i2c_block_data(BH1750_ADDRESS, 0x00, 2)
        return ((high << 8) | low) / 1.2
