from geoip_lookup.api import create_app
from geoip_lookup.lookup import Location


class FakeLookup:
    def locate(self, ip):
        return Location(ip, "NL", "Amsterdam", 52.37, 4.89) if ip == "1.2.3.4" else None


def test_locate_known_and_unknown():
    client = create_app(FakeLookup()).test_client()
    assert client.get("/v1/locate/1.2.3.4").json["city"] == "Amsterdam"
    assert client.get("/v1/locate/5.6.7.8").status_code == 404
    assert client.get("/v1/locate/nope").status_code == 400
