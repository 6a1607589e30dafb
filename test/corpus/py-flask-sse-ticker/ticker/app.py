"""Live stock ticker: every open browser tab holds a Server-Sent Events stream."""
import json
import os
import threading

from dotenv import load_dotenv
from flask import Flask, Response, render_template, stream_with_context

from . import prices

app = Flask(__name__)


@app.get("/")
def index():
    return render_template("ticker.html", symbols=sorted(prices.latest))


@app.get("/stream")
def stream():
    @stream_with_context
    def events():
        while True:
            with prices.changed:
                prices.changed.wait(timeout=15)
                snapshot = dict(prices.latest)
            yield f"event: quotes\ndata: {json.dumps(snapshot)}\n\n"

    return Response(events(), mimetype="text/event-stream", headers={"Cache-Control": "no-cache"})


def main() -> None:
    load_dotenv()
    symbols = os.environ.get("SYMBOLS", "AAPL,MSFT,NVDA,ASML").split(",")
    threading.Thread(target=prices.poll_forever, args=(symbols,), daemon=True).start()
    # one thread per open stream: the built-in server is all this runs on
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "5000")), threaded=True)


if __name__ == "__main__":
    main()
