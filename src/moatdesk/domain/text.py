"""Bilingual text and the user-text rules every layer shares."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict

Lang = Literal["en", "ko"]
LANGS: tuple[Lang, ...] = ("en", "ko")


class LocalizedText(BaseModel):
    """A piece of content that exists in English and in Korean."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    en: str
    ko: str

    def get(self, lang: Lang) -> str:
        return self.ko if lang == "ko" else self.en


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


# Generous caps: a 10,000-character note must fit, a runaway paste must not.
MAX_NAME_CHARS = 200
MAX_NOTE_CHARS = 20_000

StorableText = Annotated[str, AfterValidator(ensure_storable)]
