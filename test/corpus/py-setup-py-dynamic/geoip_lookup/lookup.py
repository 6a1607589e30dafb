from dataclasses import asdict, dataclass

import geoip2.database
import geoip2.errors
from cachetools import LRUCache, cached


@dataclass(frozen=True)
class Location:
    ip: str
    country: str | None
    city: str | None
    latitude: float | None
    longitude: float | None

    def to_dict(self) -> dict:
        return asdict(self)


class GeoLookup:
    def __init__(self, database_path: str) -> None:
        self._reader = geoip2.database.Reader(database_path)

    @cached(cache=LRUCache(maxsize=50_000), key=lambda self, ip: ip)
    def locate(self, ip: str) -> Location | None:
        try:
            record = self._reader.city(ip)
        except geoip2.errors.AddressNotFoundError:
            return None
        return Location(
            ip=ip,
            country=record.country.iso_code,
            city=record.city.name,
            latitude=record.location.latitude,
            longitude=record.location.longitude,
        )
