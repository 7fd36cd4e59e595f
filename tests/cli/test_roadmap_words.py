"""`moatdesk show` and `compare` speak the founder's language, whole."""

from __future__ import annotations

import re

from moatdesk.cli.roadmap_words import WORDS
from moatdesk.report.strings import placeholders

HANGUL = re.compile(r"[가-힣]")


def test_every_entry_has_both_languages_with_the_same_placeholders() -> None:
    for key, (en, ko) in WORDS.items():
        assert en.strip() and ko.strip(), key
        assert placeholders(en) == placeholders(ko), key
