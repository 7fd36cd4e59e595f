"""Reading Qt Linguist .ts files and the marks a translation must keep.

Shared by the i18n tests; the .ts format is Qt's XML (context > message > source,
translation with an optional type="unfinished" / "obsolete" / "vanished").
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KO_TS = ROOT / "translations" / "moatdesk_ko.ts"
UPDATE_SCRIPT = ROOT / "scripts" / "update_translations.py"

# Qt placeholders (%1, %L1, %n) and Python-style {name} fields.
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_]\w*\}")
# A single "&" before a visible character marks a mnemonic; "&&" is a literal ampersand.
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?=\S)")
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per numerus form
    kind: str  # "" when finished, else Qt's type attribute
    where: str  # file:line, for failure messages

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = [f.text or "" for f in forms] or [
                (translation.text or "") if translation is not None else ""
            ]
            location = message.find("location")
            where = (
                f"{location.get('filename')}:{location.get('line')}"
                if location is not None
                else name
            )
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translations=tuple(texts),
                    kind=translation.get("type", "") if translation is not None else "missing",
                    where=where,
                )
            )
    return messages


def fresh_extraction(target: Path) -> list[Message]:
    """Run the project's lupdate step into ``target`` and read what it found in the code."""
    subprocess.run(
        [sys.executable, str(UPDATE_SCRIPT), "--output", str(target)],
        check=True,
        capture_output=True,
    )
    return read_ts(target)


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def mnemonics(text: str) -> int:
    return len(MNEMONIC.findall(text))
