"""Main loop: sample sensors, publish to MQTT, switch the fan and water on demand."""
import json
import os
import signal
import time

import paho.mqtt.client as mqtt
from dotenv import load_dotenv

from .actuators import Actuators
from .sensors import AirSensor, LightSensor

FAN_ON_C = 28.0
FAN_OFF_C = 25.0


def main() -> None:
    load_dotenv()
    device = os.environ.get("DEVICE_ID", "greenhouse-1")
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=device)
    client.username_pw_set(os.environ.get("MQTT_USER"), os.environ.get("MQTT_PASSWORD"))
    client.will_set(f"greenhouse/{device}/status", "offline", qos=1, retain=True)
    client.connect(os.environ.get("MQTT_HOST", "localhost"), 1883, keepalive=60)
    client.loop_start()
    client.publish(f"greenhouse/{device}/status", "online", qos=1, retain=True)

    air, light, act = AirSensor(), LightSensor(), Actuators()

    def on_command(_client, _userdata, message):
        command = json.loads(message.payload)
        if command.get("water"):
            act.water_for(float(command["water"]))

    client.subscribe(f"greenhouse/{device}/cmd")
    client.on_message = on_command

    running = True
    signal.signal(signal.SIGTERM, lambda *_: globals().update(running=False))
    fan_on = False
    try:
        while running:
            reading = air.read()
            payload = {"ts": time.time(), "lux": round(light.lux(), 1), "soil_dry": act.soil_dry.is_pressed}
            if reading:
                payload["temp_c"], payload["humidity"] = reading
                if not fan_on and reading[0] >= FAN_ON_C or fan_on and reading[0] <= FAN_OFF_C:
                    fan_on = not fan_on
                    act.set_fan(fan_on)
            payload["fan"] = fan_on
            client.publish(f"greenhouse/{device}/telemetry", json.dumps(payload), qos=0)
            time.sleep(30)
    finally:
        act.close()
        client.loop_stop()


if __name__ == "__main__":
    main()
