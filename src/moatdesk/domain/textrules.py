"""The languages, and the rules for text a founder types, shared by every layer.

Plain Python on purpose: the app's start-up path (the store's list, the wizard's
first page) uses these before pydantic is imported (benchmarks/bench_startup.py).
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["en", "ko"]
LANGS: tuple[Lang, ...] = ("en", "ko")

# Generous caps: a 10,000-character note must fit, a runaway paste must not.
MAX_NAME_CHARS = 200
MAX_NOTE_CHARS = 20_000


# A profile id's shape (Profile.id): a name of this shape would be shadowed by an id lookup.
PROFILE_ID_PATTERN = r"^[0-9a-f]{32}$"


def name_key(name: str) -> str:
    """What a name looks like: NFC, without format characters (zero-width spaces and
    joiners, bidi controls).  Two names with one key read the same on screen, so they
    are one name for uniqueness and lookup; the name itself is stored verbatim."""
    import unicodedata

    return "".join(
        ch for ch in unicodedata.normalize("NFC", name) if unicodedata.category(ch) != "Cf"
    )


def search_key(text: str) -> str:
    """What a search compares: ``name_key`` case-folded (Unicode, not only ASCII: "É" is
    "é", "ß" is "ss"), then NFC again (folding can decompose).  Hangul has no case; an
    NFD-typed Korean name and a zero-width space match as they look.  The store keeps each
    name's key in its own column (profiles.search_key) so a search is SQL."""
    import unicodedata

    return unicodedata.normalize("NFC", name_key(text).casefold())


def has_visible_text(name: str) -> bool:
    """False for a name of only spaces, zero-width or other invisible characters."""
    return any(not ch.isspace() for ch in name_key(name))


class UnstorableTextError(ValueError):
    """Text that cannot be stored or exported verbatim (a lone surrogate).

    A ValueError, so pydantic validators can raise it; the store turns it into an
    InvalidInputError whose translated sentence names ``position``.
    """

    def __init__(self, position: int) -> None:
        self.position = position
        super().__init__(
            f"text contains an unpaired surrogate at position {position}; it cannot be saved"
        )


def ensure_storable(text: str) -> str:
    """Refuse text that UTF-8 cannot carry, so nothing is ever half-saved."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise UnstorableTextError(exc.start) from None
    return text
