# Runs on every boot before main.py: connect to Wi-Fi.
import time

import network

import config


def connect_wifi(timeout_s=20):
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    if not wlan.isconnected():
        wlan.connect(config.WIFI_SSID, config.WIFI_PASSWORD)
        start = time.ticks_ms()
        while not wlan.isconnected():
            if time.ticks_diff(time.ticks_ms(), start) > timeout_s * 1000:
                return None
            time.sleep_ms(200)
    return wlan.ifconfig()[0]


print("ip:", connect_wifi())
