import unicodedata

# letters that NFKD does not decompose into an ASCII base letter
SPECIAL = {
    "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
    "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "œ": "oe", "Œ": "OE",
}


def to_ascii(text: str) -> str:
    replaced = "".join(SPECIAL.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", replaced)
    return decomposed.encode("ascii", "ignore").decode("ascii")
