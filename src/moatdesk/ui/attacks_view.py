"""The results screen's "who can attack you, and what holds them off" section.

A small self-contained widget: it shows ``moatdesk.domain.attacks.read_attacks``'s
readings (which read the engine's roadmap; nothing is scored here). All its words are
content (attacks.toml, the bank, the taxonomy) in the UI's language, escaped: they are
shown as rich text.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from moatdesk.domain.attacks import AttackReading, AttackStatus, load_attacks, read_attacks
from moatdesk.domain.content import load_bank
from moatdesk.domain.models import Answer
from moatdesk.domain.results import Roadmap
from moatdesk.ui.text import label, lt

# Status colours: an open attack reads as a warning, a held-off one as reassurance.
_STATUS_COLOUR = {
    AttackStatus.OPEN: "#b3261e",
    AttackStatus.HELD_OFF: "#1e6b3a",
    AttackStatus.QUIET: "#6b6b6b",
}


def attacks_html(roadmap: Roadmap, readings: tuple[AttackReading, ...]) -> str:
    """Rich text for the readings, every piece of text escaped."""
    texts = load_attacks().text
    questions = load_bank().by_id()
    flag_titles = {f.id: lt(f.title) for f in roadmap.flags}
    parts = [f"<p>{html.escape(lt(texts.intro))}</p>"]
    quiet = [r for r in readings if r.status is AttackStatus.QUIET]
    for reading in readings:
        if reading.status is AttackStatus.QUIET:
            continue  # listed together in one line below
        attack, status = reading.attack, reading.status
        colour = _STATUS_COLOUR[status]
        lines = [
            f"<b>{html.escape(lt(attack.title))}</b> "
            f'<span style="color:{colour}">({html.escape(lt(texts.status(status)))})</span>',
            html.escape(lt(attack.description)),
        ]
        exposing = [lt(questions[q].text) for q in reading.exposing_answers if q in questions]
        exposing += [flag_titles[f] for f in reading.exposing_flags]
        if exposing:
            items = "".join(f"<br/>· {html.escape(e)}" for e in exposing)
            lines.append(f"<b>{html.escape(lt(texts.exposed_by))}:</b>{items}")
        defences = ", ".join(
            f"{html.escape(label(moat))} ({html.escape(lt(texts.state(state)))})"
            for moat, state in reading.defences
        )
        lines.append(f"<b>{html.escape(lt(texts.held_off_by))}:</b> {defences}")
        sections = " · ".join(html.escape(label(s)) for s in attack.essay_sections)
        lines.append(f'<span style="color:#6b6b6b">{sections}</span>')
        parts.append("<p>" + "<br/>".join(lines) + "</p>")
    if quiet:
        names = ", ".join(html.escape(lt(r.attack.title)) for r in quiet)
        colour = _STATUS_COLOUR[AttackStatus.QUIET]
        quiet_text = html.escape(lt(texts.status_quiet))
        parts.append(f'<p><span style="color:{colour}"><b>{quiet_text}:</b></span> {names}</p>')
    return "".join(parts)


class AttacksPanel(QWidget):
    """Heading and the attackers; ``show_attacks`` (re)fills it in the UI's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)

    def show_attacks(self, roadmap: Roadmap, answers: Mapping[str, Answer]) -> None:
        texts = load_attacks().text
        self.heading.setText(lt(texts.heading))
        if not answers:
            self.body.setText(html.escape(lt(texts.none)))
            return
        self.body.setText(attacks_html(roadmap, read_attacks(roadmap, answers)))
