"""Relays for the fan and the irrigation valve, and the soil-moisture comparator input."""
import RPi.GPIO as GPIO
from gpiozero import Button, OutputDevice

FAN_PIN = 17
VALVE_PIN = 27
SOIL_DRY_PIN = 22


class Actuators:
    def __init__(self) -> None:
        GPIO.setwarnings(False)
        self.fan = OutputDevice(FAN_PIN, active_high=False, initial_value=False)
        self.valve = OutputDevice(VALVE_PIN, active_high=False, initial_value=False)
        self.soil_dry = Button(SOIL_DRY_PIN, pull_up=True)

    def set_fan(self, on: bool) -> None:
        self.fan.on() if on else self.fan.off()

    def water_for(self, seconds: float) -> None:
        self.valve.blink(on_time=seconds, off_time=0, n=1, background=True)

    def close(self) -> None:
        self.fan.close()
        self.valve.close()
        self.soil_dry.close()
        GPIO.cleanup()
