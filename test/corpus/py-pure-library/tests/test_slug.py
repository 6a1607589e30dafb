from hypothesis import given
from hypothesis import strategies as st

from slugkit import slugify, unique_slug


def test_transliterates():
    assert slugify("Straße über Łódź") == "strasse-uber-lodz"


def test_unique_slug_skips_taken():
    taken = {"hello-world"}
    assert unique_slug("Hello World", taken.__contains__) != "hello-world"


@given(st.text())
def test_slug_is_ascii_and_bounded(text):
    slug = slugify(text, max_length=40)
    assert slug.isascii() and len(slug) <= 40
