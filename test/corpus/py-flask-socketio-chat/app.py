"""Entry point: runs the chat with the Werkzeug server and threading mode."""
import os

from dotenv import load_dotenv

from chat import create_app, socketio

load_dotenv()

app = create_app()

if __name__ == "__main__":
    port = int(os.environ.get("PORT", "5000"))
    socketio.run(app, host="0.0.0.0", port=port, allow_unsafe_werkzeug=True)
