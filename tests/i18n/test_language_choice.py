"""The language at start: --lang, else the saved setting, else the system locale."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from moatdesk.ui.i18n import choose_lang

PROBE = "from moatdesk.ui.i18n import choose_lang; print(choose_lang(None, None))"


def _system_choice(locale: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env |= {"LANG": locale, "LC_ALL": locale}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("ko_KR.UTF-8", "ko"),
        ("ko_KR", "ko"),
        ("en_US.UTF-8", "en"),
        ("de_DE.UTF-8", "en"),
        ("C", "en"),
    ],
)
def test_system_locale_decides_when_nothing_else_does(locale: str, expected: str) -> None:
    assert _system_choice(locale) == expected


def test_flag_beats_setting_beats_system() -> None:
    assert choose_lang("ko", "en") == "ko"
    assert choose_lang("en", "ko") == "en"
    assert choose_lang(None, "ko") == "ko"
    assert choose_lang(None, "fr") == choose_lang(None, None)  # unknown setting: ignored
