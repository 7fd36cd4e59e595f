"""The parsed taxonomy kept between starts (domain.labels.keep_parsed_in).

The list's and the wizard's first frames show labels; with the cache a start reads
them back instead of importing tomllib and parsing the TOML (~8 ms).  Whatever is in
the cache file, the labels are those of the packaged taxonomy.toml.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from moatdesk.domain import labels
from moatdesk.domain.taxonomy import AssessmentStatus, Sector


@pytest.fixture
def cache_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data" / "cache"
    labels.keep_parsed_in(folder)
    labels._tables.cache_clear()
    yield folder
    labels._cache_dir.clear()
    labels._tables.cache_clear()


def expected() -> dict:
    import tomllib

    text = (Path(__file__).resolve().parents[2] / "resources" / labels.TAXONOMY_FILE).read_text(
        encoding="utf-8"
    )
    return tomllib.loads(text)


def fresh_start(monkeypatch) -> dict:
    """The tables as a new process would read them, with tomllib unavailable: only
    the cache can answer (an ImportError otherwise)."""
    labels._tables.cache_clear()
    with monkeypatch.context() as patch:
        patch.setitem(sys.modules, "tomllib", None)
        return labels._tables()


def test_the_second_start_reads_the_labels_without_tomllib(cache_dir: Path, monkeypatch) -> None:
    assert labels.label_text(Sector.BIO, "en") == "Bio and life sciences"  # parsed, kept
    assert (cache_dir / labels.CACHE_NAME).is_file()
    assert fresh_start(monkeypatch) == expected()
    final = expected()["assessment_status"]["final"]["label"]["ko"]
    assert labels.label_text(AssessmentStatus.FINAL, "ko") == final


def test_without_the_cache_tomllib_is_needed(cache_dir: Path, monkeypatch) -> None:
    """The check above can fail: no cache file, no labels without tomllib."""
    with pytest.raises(ImportError):
        fresh_start(monkeypatch)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short (a crash while writing elsewhere)
        lambda data: data[:-40] + bytes(40),  # zeros at the end
        lambda data: data[:20] + bytes([data[20] ^ 0xFF]) + data[21:],  # one byte flipped
        lambda data: b"",
        lambda data: b"not a cache at all",
    ],
)
def test_a_damaged_cache_is_parsed_again_and_rewritten(cache_dir: Path, damage) -> None:
    labels._tables()
    path = cache_dir / labels.CACHE_NAME
    good = path.read_bytes()
    path.write_bytes(damage(good))
    labels._tables.cache_clear()
    assert labels._tables() == expected()
    assert path.read_bytes() == good


def test_a_cache_of_another_text_is_not_used(cache_dir: Path, monkeypatch) -> None:
    """A new version's taxonomy.toml: a label kept from the old text is not shown."""
    stale = expected()
    stale["sector"]["bio"]["label"]["en"] = "Old label"
    labels._write_cached(cache_dir, "# the previous version's text\n", stale)
    labels._tables.cache_clear()
    assert labels.label_text(Sector.BIO, "en") == "Bio and life sciences"
    assert fresh_start(monkeypatch) == expected()  # rewritten from the current text


def test_a_cache_folder_that_cannot_be_written_is_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "data-cache"
    blocker.write_text("a file where the folder would be", encoding="utf-8")
    labels.keep_parsed_in(blocker)
    labels._tables.cache_clear()
    try:
        assert labels._tables() == expected()
    finally:
        labels._cache_dir.clear()
        labels._tables.cache_clear()
    assert blocker.read_text(encoding="utf-8") == "a file where the folder would be"
