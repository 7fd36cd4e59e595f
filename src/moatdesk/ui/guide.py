"""Help > Guide: a short guide to the review and the roadmap, the shortcuts, the essay.

Every paragraph is a translated string (EN/KO); the shortcut table is built from
``actions.ACTION_TABLE``, so it never disagrees with the menus.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from moatdesk.ui.actions import ACTION_TABLE, action_texts
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.screen_fit import fit_to_screen

translate = QCoreApplication.translate


def guide_sections() -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) in the UI's language."""
    return [
        (
            translate("Guide", "The quarterly review"),
            [
                translate(
                    "Guide",
                    "Once a quarter you answer questions about your company, one page per "
                    "section of the essay: speed, the data flywheel, synthetic data, market "
                    "timing and talent, incremental spinouts and contrarian bets. Each answer "
                    "is saved as you go; Save and close keeps a draft you can continue later.",
                ),
                translate(
                    "Guide",
                    "A new quarter starts from the last final review. Answers that feed "
                    "fast-decaying moats are marked for you to confirm. Unanswered questions "
                    "count as neutral, and a moat with too few answers is shown as not "
                    "assessed rather than weak.",
                ),
            ],
        ),
        (
            translate("Guide", "Reading the roadmap"),
            [
                translate(
                    "Guide",
                    "The chart shows each of the nine meta-moats by horizon and how its "
                    "strength decays over the next five years. Hatched cells no longer hold; "
                    "the marker shows the quarter a moat stops holding.",
                ),
                translate(
                    "Guide",
                    "Do first lists at most three actions for next quarter, chosen by how "
                    "much they move the earliest stops or answer the gravest risk. In the "
                    "main window the countdown shows, review by review, whether each stop "
                    "quarter moved later (you outran the decay) or earlier.",
                ),
            ],
        ),
    ]


def plain_text(menu_text: str) -> str:
    """A menu entry without its mnemonic ("&New profile…", "새 프로필(&N)…") or dots."""
    return re.sub(r"\(&\w\)", "", menu_text).replace("&", "").rstrip("…").strip()


def shortcut_rows() -> list[tuple[str, str]]:
    """(what, keys) for every main-window action with a shortcut, then the wizard's."""
    texts = action_texts()
    native = QKeySequence.SequenceFormat.NativeText
    rows = [
        (plain_text(texts[name]), QKeySequence(keys).toString(native))
        for name, (_menu, keys) in ACTION_TABLE.items()
        if keys
    ]
    rows += [
        (translate("Guide", "Profiles list: the first / the last profile"), "Home, End"),
        (translate("Guide", "Wizard: next page"), "Enter, Alt+Right, Ctrl+]"),
        (translate("Guide", "Wizard: previous page"), "Alt+Left, Ctrl+["),
    ]
    return rows


def guide_html() -> str:
    parts = []
    for heading, paragraphs in guide_sections():
        parts.append(f"<h3>{html.escape(heading)}</h3>")
        parts += [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    shortcuts = translate("Guide", "Keyboard shortcuts")
    parts.append(f"<h3>{html.escape(shortcuts)}</h3><table>")
    parts += [
        f"<tr><td>{html.escape(what)}</td><td>&nbsp;&nbsp;<b>{html.escape(keys)}</b></td></tr>"
        for what, keys in shortcut_rows()
    ]
    parts.append("</table>")
    essay_heading = translate("Guide", "The essay")
    parts.append(f"<h3>{html.escape(essay_heading)}</h3>")
    essay = translate(
        "Guide",
        "MoatDesk follows Michael Dempsey's essay \"The Shifting Dynamics and Meta-Moats "
        'of AI" (Compound): defensibility is a set of meta-moats, each decaying as the '
        "industry matures. Every question and action names the essay section it comes from.",
    )
    parts.append(f"<p>{html.escape(essay)}</p>")
    return "".join(parts)


class GuideDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)
        fit_to_screen(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Guide", "Guide"))
        self.text.setAccessibleName(translate("Guide", "Guide"))
        self.text.setHtml(guide_html())
