"""Fixtures for the UI tests: a real store in the test's data dir and a founder who
fills the wizard through its widgets (clicks and typing, not private setters)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QRadioButton, QWizard

from factories import basics
from moatdesk.domain.models import CompanyBasics
from moatdesk.domain.questions import QuestionKind
from moatdesk.domain.taxonomy import Sector
from moatdesk.storage.store import ProfileStore
from moatdesk.ui import i18n
from moatdesk.ui.i18n import LanguageSwitcher
from moatdesk.ui.pseudo import PSEUDO_VAR
from moatdesk.ui.settings import AppSettings
from qt_waits import thread_is_quitting


@pytest.fixture
def store(data_dir: Path) -> Iterator[ProfileStore]:
    data_dir.mkdir(parents=True, exist_ok=True)
    with ProfileStore.open(data_dir) as opened:
        yield opened


KO_TS = Path(__file__).resolve().parents[2] / "translations" / "moatdesk_ko.ts"


@pytest.fixture
def korean_from_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Compile the repository's ko .ts afresh, so the test sees the current translations."""
    qm = tmp_path / "moatdesk_ko.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(KO_TS), "-qm", str(qm)], check=True)

    def load(lang):
        if lang != "ko":
            return None
        translator = QTranslator()
        assert translator.load(str(qm))
        return translator

    monkeypatch.setattr(i18n, "load_translator", load)


@pytest.fixture
def switcher(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher()
    switcher.apply("en")
    yield switcher
    # The next test starts in plain English whatever this one did. Pseudo mode goes
    # first: re-applying with it still on would leave a PseudoTranslator installed
    # after this switcher is gone, and freeing it later inside a translate() call
    # deadlocks Qt's translator lock.
    monkeypatch.delenv(PSEUDO_VAR, raising=False)
    switcher.apply("en")


@pytest.fixture(autouse=True)
def no_exit_left_behind(qapp) -> Iterator[None]:
    """Fail the test after which QApplication.exit was called outside the app's loop.

    That state makes every later qtbot wait return at once, and the suite's later tests
    time out one by one, far from the cause: a guard timer that outlived its test
    (qt_waits.exit_if_stuck says how to write one that cannot).
    """
    yield
    assert not thread_is_quitting(), (
        "QApplication.exit() ran with no event loop of the app's running: every later "
        "qtbot wait would return at once (a QTimer.singleShot guard left running?)"
    )


@pytest.fixture(autouse=True)
def this_quarter_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting a review asks which quarter (quarter_dialog); the founder of these tests
    takes the default, this quarter.  Tests of the choice replace it again."""
    from moatdesk.ui import quarter_dialog

    def take_default(_parent, _choices, default: str) -> str:
        return default

    monkeypatch.setattr(quarter_dialog, "choose_quarter", take_default)


@pytest.fixture
def make_window(qtbot, store, data_dir, switcher):
    """A main window whose 'today' is fixed, so 'this quarter' is known."""
    from moatdesk.ui.main_window import MainWindow

    def make(today: date = date(2026, 11, 20)):
        window = MainWindow(store, AppSettings(data_dir), switcher, today=lambda: today)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def _shown_dialog(window, kind):
    shown = [d for d in window.findChildren(kind) if d.isVisible()]
    assert shown, f"no {kind.__name__} is open"
    return shown[-1]


@pytest.fixture
def shown_dialog():
    """``shown_dialog(window, Kind)``: the dialog of that type ``window`` has open."""
    return _shown_dialog


class Founder:
    """Drives the real widgets: clicks buttons and types into fields."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def click(self, button: QAbstractButton) -> None:
        # A radio button only reacts on its indicator and label, so click near the left.
        if isinstance(button, QRadioButton):
            pos = QPoint(6, button.height() // 2)
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)
        else:
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def click_tab(self, tabs, page) -> None:
        """Click the tab of ``page`` in the QTabWidget ``tabs``."""
        bar = tabs.tabBar()
        self.qtbot.mouseClick(
            bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(page)).center()
        )
        assert tabs.currentWidget() is page

    def answer_page(self, page, choice: int = 3) -> None:
        """Answer every question on a section page."""
        for widget in page.widgets.values():
            kind = widget.question.kind
            editor = widget.editor
            if kind in (QuestionKind.SCALE, QuestionKind.CHOICE, QuestionKind.YES_NO):
                buttons = editor.buttons()
                self.click(buttons[min(choice, len(buttons) - 1)])
            elif kind is QuestionKind.NUMBER:
                editor.spin.selectAll()
                self.qtbot.keyClicks(editor.spin, str(int(editor.spin.minimum()) + 2 + choice))
            else:
                self.qtbot.keyClicks(editor.edit, f"Evidence <b>{choice}</b> & more")

    def type_into(self, widget, text: str) -> None:
        """Type ASCII as key presses; other text arrives as an input method commit
        (QTest can only synthesise Latin keys, a Korean keyboard goes through an IME)."""
        for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
            if chunk.isascii():
                self.qtbot.keyClicks(widget, chunk)
            else:
                event = QInputMethodEvent()
                event.setCommitString(chunk)
                QCoreApplication.sendEvent(widget, event)

    def fill_basics(self, wizard, name: str, choose: bool = True) -> None:
        """Type the company name and (unless ``choose`` is False) pick a sector, stage
        and place in the stack, which a new profile starts without."""
        page = wizard.basics_page
        self.type_into(page.name, name)
        if choose:
            for combo in (page.sector, page.stage, page.stack):
                self.choose(combo, 1)

    def choose(self, combo, index: int) -> None:
        """Pick item ``index`` of a combo box with the keyboard (Down from no choice)."""
        combo.setFocus()
        while combo.currentIndex() < index:
            self.qtbot.keyClick(combo, Qt.Key.Key_Down)

    def next(self, wizard) -> None:
        self.click(wizard.button(QWizard.WizardButton.NextButton))

    def finish_review(self, wizard) -> None:
        self.click(wizard.button(QWizard.WizardButton.CommitButton))


@pytest.fixture
def founder(qtbot) -> Founder:
    return Founder(qtbot)


def sample_basics(name: str) -> CompanyBasics:
    return basics(name=name, sector=Sector.HEALTHCARE, team_size=8, runway_months=20)


@pytest.fixture
def basics_named():
    return sample_basics
