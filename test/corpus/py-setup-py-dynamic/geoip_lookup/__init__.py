"""IP geolocation lookups backed by a MaxMind GeoLite2 database."""
from .lookup import GeoLookup

__version__ = "0.8.1"
__all__ = ["GeoLookup", "__version__"]
