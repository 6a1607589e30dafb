# Reduced BME280 driver: forced-mode reads with the Bosch integer compensation formulas.
import time
from ustruct import unpack

BME280_I2CADDR = 0x76


class BME280:
    def __init__(self, i2c, address=BME280_I2CADDR):
        self.i2c = i2c
        self.address = address
        dig = self.i2c.readfrom_mem(address, 0x88, 26)
        self.dig_T1, self.dig_T2, self.dig_T3 = unpack("<Hhh", dig[0:6])
        self.dig_P = unpack("<Hhhhhhhhh", dig[6:24])
        self.dig_H1 = dig[25]
        h = self.i2c.readfrom_mem(address, 0xE1, 7)
        self.dig_H2, self.dig_H3 = unpack("<hB", h[0:3])
        self.t_fine = 0

    def read_raw(self):
        self.i2c.writeto_mem(self.address, 0xF2, b"\x01")
        self.i2c.writeto_mem(self.address, 0xF4, b"\x25")
        time.sleep_ms(40)
        data = self.i2c.readfrom_mem(self.address, 0xF7, 8)
        raw_p = (data[0] << 12) | (data[1] << 4) | (data[2] >> 4)
        raw_t = (data[3] << 12) | (data[4] << 4) | (data[5] >> 4)
        raw_h = (data[6] << 8) | data[7]
        return raw_t, raw_p, raw_h

    def read_compensated_data(self):
        raw_t, raw_p, raw_h = self.read_raw()
        var1 = ((raw_t >> 3) - (self.dig_T1 << 1)) * self.dig_T2 >> 11
        var2 = (((((raw_t >> 4) - self.dig_T1) * ((raw_t >> 4) - self.dig_T1)) >> 12) * self.dig_T3) >> 14
        self.t_fine = var1 + var2
        temp = (self.t_fine * 5 + 128) >> 8
        # pressure and humidity compensation trimmed for brevity: scaled raw values
        return temp, raw_p * 256, raw_h * 1024 // 65536 * 1024
