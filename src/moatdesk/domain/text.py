"""Bilingual content text (LocalizedText) and the validated type for user text."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict

from moatdesk.domain.textrules import Lang, ensure_storable


class LocalizedText(BaseModel):
    """A piece of content that exists in English and in Korean."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    en: str
    ko: str

    def get(self, lang: Lang) -> str:
        return self.ko if lang == "ko" else self.en


StorableText = Annotated[str, AfterValidator(ensure_storable)]
