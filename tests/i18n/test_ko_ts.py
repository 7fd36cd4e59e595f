"""translations/moatdesk_ko.ts is complete, current and keeps every mark of its source."""

from __future__ import annotations

from pathlib import Path

import pytest
from ts_file import (
    HANGUL,
    KO_TS,
    Message,
    fresh_extraction,
    mnemonics,
    placeholders,
    read_ts,
    tr_calls_in_code,
)

KO = read_ts(KO_TS)
IDS = [f"{m.context}:{m.source[:40]}" for m in KO]


def test_the_korean_file_has_entries() -> None:
    assert len(KO) > 50  # the UI has well over fifty strings; an empty file is a broken step


def test_no_entry_is_unfinished_obsolete_or_empty() -> None:
    problems = [
        f"{m.where} [{m.context}] {m.source!r}: {m.kind or 'empty'}"
        for m in KO
        if m.kind or not all(t.strip() for t in m.translations)
    ]
    assert not problems, "untranslated or stale .ts entries:\n" + "\n".join(problems)


def test_ts_matches_the_strings_in_the_code(tmp_path: Path) -> None:
    """Every tr() string in src/moatdesk/ui is in the .ts, and nothing else is."""
    in_code = {m.key for m in fresh_extraction(tmp_path / "fresh.ts")}
    in_ts = {m.key for m in KO if m.kind not in ("obsolete", "vanished")}
    missing = sorted(in_code - in_ts)
    stale = sorted(in_ts - in_code)
    assert not missing, f"run scripts/update_translations.py; not in the .ts: {missing}"
    assert not stale, f"run scripts/update_translations.py; gone from the code: {stale}"


def test_lupdate_sees_every_translation_call_in_the_code() -> None:
    """Read the calls from the syntax tree too: lupdate's Python parser silently skips
    some forms (e.g. translate(..., None, obj.count)), which would never be translated."""
    in_code, not_literal = tr_calls_in_code()
    assert not not_literal, f"translation calls need literal strings: {not_literal}"
    unseen = sorted(in_code - {m.key for m in KO})
    assert not unseen, (
        f"lupdate did not extract these; use translate(ctx, text) or self.tr: {unseen}"
    )


@pytest.mark.parametrize("message", KO, ids=IDS)
def test_placeholders_survive_translation(message: Message) -> None:
    for translation in message.translations:
        assert placeholders(translation) == placeholders(message.source), (
            f"{message.where}: {message.source!r} -> {translation!r}"
        )


@pytest.mark.parametrize("message", KO, ids=IDS)
def test_mnemonics_survive_translation(message: Message) -> None:
    for translation in message.translations:
        assert mnemonics(translation) == mnemonics(message.source), (
            f"{message.where}: the '&' shortcut of {message.source!r} is lost or doubled "
            f"in {translation!r} (write a literal ampersand as '&&')"
        )


@pytest.mark.parametrize("message", KO, ids=IDS)
def test_korean_is_korean_and_keeps_the_ellipsis(message: Message) -> None:
    for translation in message.translations:
        if any(c.isalpha() for c in message.source):
            assert HANGUL.search(translation), f"{message.where}: no Hangul in {translation!r}"
        # "…" on a menu entry or button promises a dialog; the Korean must promise it too.
        assert message.source.endswith("…") == translation.endswith("…"), (
            f"{message.where}: {message.source!r} -> {translation!r}"
        )


def test_checks_catch_broken_translations() -> None:
    """The helpers above notice a dropped placeholder, a lost or an extra mnemonic."""
    assert placeholders("%1개월 {name}") == placeholders("{name}: month %1")
    assert placeholders("개월") != placeholders("month %1")
    assert placeholders("%n개") != placeholders("%1 items")
    assert mnemonics("새 프로필(&N)…") == mnemonics("&New profile…") == 1
    assert mnemonics("새 프로필…") == 0
    assert mnemonics("R&&D 팀") == 0
    assert mnemonics("&R&&D") == 1


def test_reader_reports_unfinished_obsolete_and_numerus_entries(tmp_path: Path) -> None:
    ts = tmp_path / "broken_ko.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="ko_KR"><context><name>C</name>
<message><source>New</source><translation type="unfinished"></translation></message>
<message><source>Gone</source><translation type="vanished">사라짐</translation></message>
<message numerus="yes"><source>%n files</source>
<translation><numerusform>파일 %n개</numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    new, gone, files = read_ts(ts)
    assert (new.kind, new.translations) == ("unfinished", ("",))
    assert gone.kind == "vanished"
    assert (files.kind, files.translations) == ("", ("파일 %n개",))
