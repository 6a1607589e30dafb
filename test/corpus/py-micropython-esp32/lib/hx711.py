# Minimal HX711 24-bit ADC driver for load cells (channel A, gain 128).
import time

from machine import Pin


class HX711:
    OFFSET = 8_388_608

    def __init__(self, d_out: Pin, pd_sck: Pin):
        self.d_out = d_out
        self.d_out.init(Pin.IN)
        self.pd_sck = pd_sck
        self.pd_sck.init(Pin.OUT, value=0)

    def is_ready(self):
        return self.d_out.value() == 0

    def read(self):
        while not self.is_ready():
            time.sleep_ms(1)
        value = 0
        for _ in range(24):
            self.pd_sck.value(1)
            self.pd_sck.value(0)
            value = (value << 1) | self.d_out.value()
        self.pd_sck.value(1)  # 25th pulse selects channel A, gain 128 for the next read
        self.pd_sck.value(0)
        return value ^ 0x800000

    def power_down(self):
        self.pd_sck.value(0)
        self.pd_sck.value(1)
        time.sleep_us(80)

    def power_up(self):
        self.pd_sck.value(0)
