#!/bin/sh
# Copies the firmware files to the board over USB with mpremote.
set -e
PORT=${PORT:-/dev/ttyUSB0}
mpremote connect "$PORT" mip install umqtt.simple
mpremote connect "$PORT" cp boot.py main.py config.py :
mpremote connect "$PORT" cp -r lib :
mpremote connect "$PORT" reset
