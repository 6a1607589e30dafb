"""A small JSON API over GeoLookup: GET /v1/locate/<ip> and POST /v1/locate for batches."""
import ipaddress
import os

from dotenv import load_dotenv
from flask import Flask, abort, jsonify, request

from .lookup import GeoLookup

MAX_BATCH = 100


def create_app(lookup: GeoLookup | None = None) -> Flask:
    load_dotenv()
    app = Flask(__name__)
    geo = lookup or GeoLookup(os.environ.get("GEOIP_DB", "/var/lib/geoip/GeoLite2-City.mmdb"))

    def checked(ip: str) -> str:
        try:
            return str(ipaddress.ip_address(ip))
        except ValueError:
            abort(400, description=f"not an IP address: {ip}")

    @app.get("/v1/locate/<ip>")
    def locate(ip: str):
        location = geo.locate(checked(ip))
        if location is None:
            abort(404)
        return jsonify(location.to_dict())

    @app.post("/v1/locate")
    def locate_batch():
        ips = request.get_json(force=True).get("ips", [])
        if len(ips) > MAX_BATCH:
            abort(413, description=f"at most {MAX_BATCH} addresses per request")
        found = {ip: geo.locate(checked(ip)) for ip in ips}
        return jsonify({ip: loc.to_dict() if loc else None for ip, loc in found.items()})

    @app.errorhandler(400)
    @app.errorhandler(404)
    @app.errorhandler(413)
    def json_error(err):
        return jsonify({"error": err.description}), err.code

    return app
