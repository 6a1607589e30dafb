"""URL slugs with transliteration and stable uniqueness suffixes."""
from .slug import slugify, unique_slug

__all__ = ["slugify", "unique_slug"]
__version__ = "2.1.0"
