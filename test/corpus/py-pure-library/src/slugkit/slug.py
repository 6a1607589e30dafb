import hashlib
import re
from collections.abc import Callable

from .translit import to_ascii

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 80, separator: str = "-") -> str:
    slug = _NON_WORD.sub(separator, to_ascii(text).lower()).strip(separator)
    if len(slug) <= max_length:
        return slug
    cut = slug[:max_length]
    return cut.rsplit(separator, 1)[0] if separator in cut else cut


def unique_slug(text: str, exists: Callable[[str], bool], max_length: int = 80) -> str:
    """Appends a short hash-derived suffix until `exists` says the slug is free."""
    base = slugify(text, max_length - 7)
    candidate, attempt = base, 0
    while exists(candidate):
        attempt += 1
        digest = hashlib.blake2s(f"{text}:{attempt}".encode(), digest_size=3).hexdigest()
        candidate = f"{base}-{digest}"
    return candidate
