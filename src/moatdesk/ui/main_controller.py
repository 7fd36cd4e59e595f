"""Every action of the main window, in one typed object.

The window (``main_window.py``) builds the widgets, the menus and the actions and does
nothing by itself.  ``MainController`` connects each action of ``actions.ACTION_TABLE``
to one method here (``_handlers``) and is the only code that changes what the window
shows.  What it may touch, and nothing else:

- ``store`` (the ProfileStore; None while it is still opening), ``settings`` (the INI
  file), ``switcher`` (the UI's language) and ``today`` (the clock deciding "this
  quarter");
- the window's parts: ``panel`` (the profiles list), ``detail`` (the selected profile),
  ``stack`` (welcome / list / blank), ``undo_bar``, ``actions`` and the status bar;
- the windows it opens: the review wizard (``wizard``, one at a time) and the results,
  settings and trash dialogs.

Handlers may raise MoatDeskError: the guard shows its cause in a dialog, in the UI's
language, never as a traceback.  pydantic and the store module are imported only
inside handlers, off the start-up path (docs/benchmarks.md).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

# The dialogs' classes through the module, looked up when a handler runs: PySide makes
# a class and its enums on first use, and none is needed before the first frame.
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from moatdesk.domain.errors import MoatDeskError
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.domain.textrules import MAX_NAME_CHARS, Lang
from moatdesk.storage.records import ROW_EDITED, ROW_ID, ROW_NAME, ROW_QUARTER
from moatdesk.ui.after_paint import after_next_paint
from moatdesk.ui.i18n import LanguageSwitcher, error_text, fill, ui_lang, verbatim
from moatdesk.ui.settings import AppSettings

if TYPE_CHECKING:  # pydantic models and SQLite: not needed before the first frame
    from moatdesk.domain.models import Assessment, Profile
    from moatdesk.storage.records import ProfileRow
    from moatdesk.storage.store import ProfileStore
    from moatdesk.ui.main_window import MainWindow
    from moatdesk.ui.pdf_export import PdfExportJob
    from moatdesk.ui.wizard.wizard import ReviewWizard

translate = QCoreApplication.translate

# Actions that work before the store is attached (and when it failed to open).
ALWAYS_ENABLED = ("quit", "about", "guide")
# Actions that need a selected profile / one with a draft / one with any quarter.
NEEDS_PROFILE = (
    "start_review",
    "export_json",
    "rename",
    "duplicate",
    "delete",
    "next_review_date",
    "export_reminder",
)
# Start-up lists this many profiles before the list's first frame, and any more right
# after it: more rows than a screen shows, and a store this size is listed whole then
# (~3 ms).  10,000 listed before that frame cost it ~24 ms (reading them, laying out
# the view), a sixth of a bare window's start (docs/benchmarks.md "Start-up").
FIRST_FRAME_ROWS = 1_000


class MainController(QObject):
    def __init__(
        self,
        window: MainWindow,
        settings: AppSettings,
        switcher: LanguageSwitcher,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.switcher = switcher
        self.today = today
        self.store: ProfileStore | None = None
        self.wizard: ReviewWizard | None = None
        self._saved_ids: set[str] = set()  # profiles the wizard saved, rows to refresh
        self._closing = False  # the main window is closing (window_closing)
        for name, handler in self._handlers().items():
            window.actions_by_name[name].triggered.connect(self._guard(handler))
        for part in ("panel", "detail"):  # built on their first use (MainWindow)
            if window.has_part(part):
                self.part_built(part)
        # The bar's button goes through the action, so errors reach the same guard.
        window.undo_bar.undo_button.clicked.disconnect()
        window.undo_bar.undo_button.clicked.connect(window.actions_by_name["undo"].trigger)
        window.reminder_bar.start_requested.connect(self._start_due_review)
        window.reminder_bar.later_requested.connect(self._remind_later)
        window.reminder_bar.pick_requested.connect(self._guard_arg(self.pick_review_date_for))

    def part_built(self, part: str) -> None:
        """The window has built its profiles list (``panel``) or its detail pane
        (``detail``, after the list's first frame): wire it to the attached store."""
        window = self.window
        if part == "panel":
            window.panel.current_changed.connect(self._show_selected)
            window.panel.activated.connect(
                lambda _pid: window.actions_by_name["view_results"].trigger()
            )
            window.panel.matching = self.store.search_profile_ids if self.store else None
        else:
            window.detail.quarter_activated.connect(self._guard_arg(self.view_results))
            window.detail.store = self.store

    def _handlers(self) -> dict[str, Callable[[], object]]:
        """Action name (actions.ACTION_TABLE) -> what it does; one entry per action."""
        return {
            "new_profile": self.new_profile,
            "open_example": self.open_example,
            "import_json": self.import_json,
            "export_json": self.export_json,
            "export_pdf": lambda: self.export_pdf(None),
            "settings": self.open_settings,
            "quit": self.window.close,
            "undo": self.window.undo_bar.undo,
            "rename": self.rename,
            "duplicate": self.duplicate,
            "delete": self.delete,
            "trash": self.open_trash,
            "start_review": self.start_review,
            "continue_draft": self.continue_draft,
            "view_results": lambda: self.view_results(None),
            "what_if": lambda: self.open_what_if(None),
            "next_review_date": self.pick_review_date,
            "export_reminder": self.export_reminder,
            "guide": self.open_guide,
            "about": self.about,
        }

    def _guard(self, handler: Callable[[], object]) -> Callable[[], None]:
        """``handler`` with its MoatDeskError (a busy store, a spoilt profile) said in a
        dialog: every slot that reaches the store goes through here, not to the
        unexpected-error hook."""

        def run() -> None:
            try:
                handler()
            except MoatDeskError as exc:
                QtWidgets.QMessageBox.warning(self.window, "MoatDesk", verbatim(error_text(exc)))

        return run

    def _guard_arg(self, handler: Callable[[str], object]) -> Callable[[str], None]:
        """_guard for a handler of a signal that carries a value (a profile id, a quarter)."""
        return lambda value: self._guard(lambda: handler(value))()

    def _store(self) -> ProfileStore:
        """The attached store; the actions that need it are disabled until then."""
        assert self.store is not None, "action enabled before the store was attached"
        return self.store

    # -- what the window shows -----------------------------------------------------------
    def attach_store(self, store: ProfileStore | None, *, detail_later: bool = False) -> None:
        """Show ``store``'s profiles.  None: the window is up, the store still opening

        (run_gui shows the window first, so it appears before SQLite loads).  With
        ``detail_later`` the list paints first and the selected profile fills the
        detail pane on the next turn of the event loop: reading it loads pydantic and
        scores every quarter (~100 ms, more than the start-up budget).
        """
        self.store = store
        if self.window.has_part("detail"):
            self.window.detail.store = store
        if self.window.has_part("panel"):
            self.window.panel.matching = store.search_profile_ids if store is not None else None
        for action in self.window.actions_by_name.values():
            action.setEnabled(store is not None or action.objectName() in ALWAYS_ENABLED)
        if store is None:
            self.window.show_blank()
            return
        self.window.actions_by_name["undo"].setEnabled(False)
        rows = self.reload(detail_later=detail_later)
        if detail_later and len(rows) == FIRST_FRAME_ROWS:  # perhaps more: after this frame
            after_next_paint(self.window, self._guard(self._list_the_rest))
        else:
            self._remind_if_due(rows)

    def reload(self, select: str | None = None, *, detail_later: bool = False) -> list[ProfileRow]:
        """List the profiles again, keeping (or moving to) ``select``; returns their rows
        (records.ProfileRow: tuples, no object per profile, issue 16).  ``detail_later``
        (start-up): the first FIRST_FRAME_ROWS alone, the detail pane after the frame."""
        first = FIRST_FRAME_ROWS if detail_later else None
        summaries = self._store().list_profile_rows(first=first)
        self.window.show_list(bool(summaries))  # builds the list the first time it has any
        if not self.window.has_part("panel"):  # no profile yet: the welcome page alone
            self._update_actions(None)
            return summaries
        # -> _on_selected, once (now, or right after this frame)
        self.window.panel.set_rows(summaries, keep=select, notify=not detail_later)
        if detail_later:
            self._update_actions(None)
            if self.window.has_part("detail"):
                self.window.detail.set_pending()
            # else blank until then: built by _on_selected (after this frame)
            after_next_paint(self.window, self._guard(self._fill_detail_late))
        return summaries

    def _list_the_rest(self) -> None:
        """Start-up's list, whole, right after its first FIRST_FRAME_ROWS painted; then
        the review reminder, which names the latest due profile of them all."""
        if self.store is None:  # detached meanwhile
            return
        panel = self.window.panel
        shown = panel.current_id()
        rows = self.store.list_profile_rows()
        panel.set_rows(rows, notify=False)  # the rows after the first: the current stays
        if panel.current_id() != shown:  # that profile is gone meanwhile
            self._show_selected(panel.current_id())
        self._remind_if_due(rows)

    def _fill_detail_late(self, *, behind_wizard: bool = False) -> None:
        """The deferred detail pane; a wizard opened meanwhile (New profile) paints first.

        If that wizard closes unpainted, _wizard_closed's reload fills the pane.
        """
        if not behind_wizard and self.wizard is not None and self.wizard.isVisible():
            after_next_paint(
                self.wizard, self._guard(lambda: self._fill_detail_late(behind_wizard=True))
            )
            return
        self._show_selected(self.window.panel.current_id())

    def current_quarter(self) -> str:
        from moatdesk.domain.quarters import quarter_of

        return quarter_of(self.today())

    def selected_profile(self) -> Profile | None:
        profile_id = self.window.panel.current_id()
        return self._store().get_profile(profile_id) if profile_id else None

    def _show_selected(self, profile_id: str | None) -> None:
        """The list's current profile in the detail pane.  One that cannot be read (its
        stored basics or answers spoilt, the store busy) is said in a dialog and the pane
        shows none: no action runs on a profile other than the one selected, and Delete
        still moves the unreadable one to the trash (it needs the list's row alone)."""
        try:
            self._on_selected(profile_id)
        except MoatDeskError as exc:
            self.window.detail.show_profile(None)
            self._show_next_review(None)
            self._update_actions(None)
            self.window.actions_by_name["delete"].setEnabled(profile_id is not None)
            QtWidgets.QMessageBox.warning(self.window, "MoatDesk", verbatim(error_text(exc)))

    def _on_selected(self, profile_id: str | None) -> None:
        profile = self._store().get_profile(profile_id) if profile_id else None
        self.window.detail.show_profile(profile)
        self._show_next_review(profile)
        self._update_actions(profile)

    def _update_actions(self, profile: Profile | None) -> None:
        actions = self.window.actions_by_name
        assessments = profile.assessments if profile else []
        for name in NEEDS_PROFILE:
            actions[name].setEnabled(profile is not None)
        actions["continue_draft"].setEnabled(
            any(a.status is AssessmentStatus.DRAFT for a in assessments)
        )
        actions["view_results"].setEnabled(bool(assessments))
        actions["what_if"].setEnabled(bool(assessments))
        actions["export_pdf"].setEnabled(bool(assessments))
        actions["undo"].setEnabled(self.window.undo_bar.can_undo())

    # -- the next review -------------------------------------------------------------------
    def _remind_if_due(self, rows: list[ProfileRow]) -> None:
        """At start: a review is due for a profile when the quarter after its latest
        review has begun, or its picked date has come (ui/reminder.py), unless the founder
        said "later" for it this week.  The bar names the most recently edited one."""
        from moatdesk.ui.reminder import review_due

        today = self.today()
        settings = self.settings
        # Without a picked date or a "later", whether a review is due depends on the
        # latest quarter alone: once per quarter, not a settings lookup per profile
        # (20,000 of them took ~150 ms at 10,000 profiles, before the window's reminder).
        own = settings.profiles_with_review_settings()
        by_quarter = {q: review_due(q, None, None, today) for q in {r[ROW_QUARTER] for r in rows}}
        due = [
            row
            for row in rows
            if (
                review_due(
                    row[ROW_QUARTER],
                    settings.review_date(row[ROW_ID]),
                    _iso_date(settings.snoozed_until(row[ROW_ID])),
                    today,
                )
                if row[ROW_ID] in own
                else by_quarter[row[ROW_QUARTER]]
            )
        ]
        if due:
            latest = max(due, key=itemgetter(ROW_EDITED))  # UTC ISO text sorts as time
            picked = self.settings.review_date(latest[ROW_ID])
            self.window.reminder_bar.show_due(
                latest[ROW_ID], latest[ROW_NAME], self.current_quarter(), picked
            )

    def _start_due_review(self, profile_id: str) -> None:
        self.window.panel.select(profile_id)
        self.window.actions_by_name["start_review"].trigger()

    def _remind_later(self, profile_id: str) -> None:
        from datetime import timedelta

        from moatdesk.ui.reminder import SNOOZE_DAYS

        self.settings.snooze(profile_id, (self.today() + timedelta(days=SNOOZE_DAYS)).isoformat())

    def pick_review_date(self) -> None:
        """Review > Set the next review date…: for the selected profile."""
        profile_id = self.window.panel.current_id()
        if profile_id:
            self.pick_review_date_for(profile_id)

    def pick_review_date_for(self, profile_id: str) -> None:
        """The date dialog (window-modal, not blocking: the event loop keeps running)."""
        from moatdesk.ui.review_date_dialog import ReviewDateDialog

        name = self._store().get_profile(profile_id).basics.name
        dialog = ReviewDateDialog(
            name, self.settings.review_date(profile_id), self.today(), self.window
        )
        dialog.accepted.connect(
            self._guard(lambda: self._review_date_chosen(profile_id, dialog.chosen()))
        )
        _delete_on_close(dialog)
        dialog.open()

    def _review_date_chosen(self, profile_id: str, day: date | None) -> None:
        from moatdesk.ui.reminder import date_text

        self.settings.set_review_date(profile_id, day)
        if self.window.reminder_bar.due_profile() == profile_id:
            self.window.reminder_bar.dismiss()
        profile = self._store().get_profile(profile_id)
        if self.window.panel.current_id() == profile_id:
            self._show_next_review(profile)
        if day is None:
            message = fill(
                translate("Reminder", "Removed the date picked for the review of “%1”."),
                profile.basics.name,
            )
        else:
            message = fill(
                translate("Reminder", "MoatDesk will remind you of the review of “%1” on %2."),
                profile.basics.name,
                date_text(day),
            )
        self._status(message)

    def _review_saved(self, profile_id: str) -> None:
        """A saved review (draft or final) answers a picked date that has come or falls in
        this quarter; one further ahead still stands."""
        from moatdesk.ui.reminder import picked_date_answered

        picked = self.settings.review_date(profile_id)
        if picked is not None and picked_date_answered(picked, self.today()):
            self.settings.set_review_date(profile_id, None)

    def _show_next_review(self, profile: Profile | None) -> None:
        """The profile page's "Next review: …" line (ui/reminder.py next_review_text)."""
        from moatdesk.ui.reminder import next_review_text

        text = ""
        if profile is not None and profile.assessments:
            from moatdesk.domain.quarters import quarter_index

            latest = max((a.quarter for a in profile.assessments), key=quarter_index)
            text = next_review_text(latest, self.settings.review_date(profile.id), self.today())
        self.window.detail.next_review.setText(text)
        self.window.detail.next_review.setVisible(bool(text))

    def export_reminder(self) -> None:
        """A calendar file that reminds of every quarter's review (ui/reminder.py)."""
        from moatdesk.files import write_atomic
        from moatdesk.ui.reminder import reminder_calendar
        from moatdesk.ui.save_dialog import ask_save_path, safe_file_stem

        profile = self.selected_profile()
        if profile is None:
            return
        target = ask_save_path(
            self.window,
            translate("Reminder", "Export the review reminder"),
            f"{safe_file_stem(profile.basics.name, fallback='profile')} MoatDesk review.ics",
            translate("Reminder", "Calendar files (*.ics)"),
            ".ics",
        )
        if target is None:
            return
        picked = self.settings.review_date(profile.id)
        calendar = reminder_calendar(profile.id, profile.basics.name, self.today(), picked)
        write_atomic(target, calendar)
        self._status(fill(translate("Reminder", "Saved the reminder to %1"), target))

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    # -- profiles: example, JSON in and out, rename, duplicate, delete ------------------------
    def open_example(self) -> None:
        """Import the bundled example profile (or show it, if it is already there)."""
        import tempfile

        from moatdesk.domain.example import example_exchange_json

        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "example.json"
            source.write_text(example_exchange_json(), encoding="utf-8")
            result = self._store().import_json(source)
        self.reload(select=result.profile.id)

    def import_json(self) -> None:
        from moatdesk.ui.save_dialog import default_export_dir

        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window,
            translate("ProfileOps", "Import a profile"),
            str(default_export_dir()),
            translate("ProfileOps", "MoatDesk profiles (*.json)"),
        )
        if not path:
            return
        result = self._store().import_json(Path(path))
        if result.created:
            message = fill(translate("ProfileOps", "Imported “%1”."), result.profile.basics.name)
        else:
            quarters = ", ".join(result.merged_quarters) or translate("ProfileOps", "none")
            message = fill(
                translate("ProfileOps", "“%1” already exists; added quarters: %2."),
                result.profile.basics.name,
                quarters,
            )
        self.reload(select=result.profile.id)
        self._status(message)
        if result.kept_unknown:
            self._tell_kept_unknown(result.kept_unknown)

    def _tell_kept_unknown(self, kept: tuple[str, ...]) -> None:
        """The file's review used a newer question bank: its answers to questions this
        MoatDesk does not know were kept, not dropped (issue 10 item 5), as the CLI says."""
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Information,
            translate("ProfileOps", "Import a profile"),
            fill(translate("ProfileOps", "Answers kept for a newer question bank: %1"), len(kept)),
            QtWidgets.QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setInformativeText(
            translate(
                "ProfileOps",
                "The file was written with a newer MoatDesk. Its answers to questions this "
                "version does not ask are kept unchanged, so a newer MoatDesk can use them; "
                "the results here do not count them.",
            )
        )
        box.setDetailedText("\n".join(kept))  # "2026-Q3: speed.new_question", one a line
        layout = box.layout()
        if isinstance(layout, QtWidgets.QGridLayout):  # wide enough not to wrap four short lines
            width = box.fontMetrics().averageCharWidth() * 64
            spacer = QtWidgets.QSpacerItem(width, 0, QtWidgets.QSizePolicy.Policy.Minimum)
            layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
        box.exec()
        box.deleteLater()  # the main window, its parent, would keep it to the end

    def export_json(self) -> None:
        from moatdesk.ui.save_dialog import ask_save_path, safe_file_stem

        profile = self.selected_profile()
        if profile is None:
            return
        target = ask_save_path(
            self.window,
            translate("ProfileOps", "Export the profile"),
            fill(
                translate("ProfileOps", "%1 MoatDesk profile.json"),
                safe_file_stem(profile.basics.name, fallback="profile"),
            ),
            translate("ProfileOps", "MoatDesk profiles (*.json)"),
            ".json",
        )
        if target is None:
            return
        saved = self._store().export_json(profile.id, target)
        self._status(fill(translate("ProfileOps", "Exported to %1"), saved))

    def rename(self) -> None:
        profile = self.selected_profile()
        if profile is None:
            return
        name, ok = QtWidgets.QInputDialog.getText(
            self.window,
            translate("ProfileOps", "Rename profile"),
            translate("ProfileOps", "New company name:"),
            QtWidgets.QLineEdit.EchoMode.Normal,
            profile.basics.name,
        )
        if ok and name.strip() and name != profile.basics.name:
            self._store().rename_profile(profile.id, name)
            self.reload(select=profile.id)

    def duplicate(self) -> None:
        profile = self.selected_profile()
        if profile is not None:
            # The names from the list on screen, not the store listed again (~20 ms at
            # 10,000 profiles): the list holds every live profile, search-hidden too, and is
            # refreshed by every change the app makes (the store still refuses a taken name).
            taken = set(map(itemgetter(ROW_NAME), self.window.panel.model.all_rows()))
            copy = self._store().duplicate_profile(
                profile.id, copy_name(profile.basics.name, taken)
            )
            self.reload(select=copy.id)

    def delete(self) -> None:
        """Move to the trash at once; the undo bar (and Ctrl+Z) bring it back.

        From the list's row alone, so a profile whose stored data cannot be read
        (_show_selected) can be put away too."""
        panel = self.window.panel
        profile_id, name = panel.current_id(), panel.current_name()
        if profile_id is None or name is None:
            return
        self._store().delete_profile(profile_id)
        self.window.undo_bar.show_undo(
            fill(translate("ProfileOps", "Moved “%1” to the trash."), name),
            lambda: self._put_back(profile_id),
        )
        self.reload()
        self.window.actions_by_name["undo"].setEnabled(True)

    # -- reviews: start, continue, results, PDF -------------------------------------------
    def new_profile(self) -> ReviewWizard:
        return self.open_wizard(None, None, self.current_quarter())

    def start_review(self) -> None:
        """A review for the quarter the founder picks (this one by default, the next one
        early, or a past one backfilled): a new draft, the draft in progress, or the
        final one reopened to amend it (asked first)."""
        from moatdesk.ui import quarter_dialog

        profile = self.selected_profile()
        if profile is None:
            return
        store = self._store()
        quarter = quarter_dialog.choose_quarter(
            self.window, store.quarter_choices(profile.id), self.current_quarter()
        )
        if quarter is None:
            return
        existing = next((a for a in profile.assessments if a.quarter == quarter), None)
        if existing is not None and existing.status is AssessmentStatus.FINAL:
            answer = QtWidgets.QMessageBox.question(
                self.window,
                translate("MainWindow", "Start review"),
                fill(
                    translate(
                        "MainWindow", "The %1 review is already finished. Reopen it to amend it?"
                    ),
                    quarter,
                ),
            )
            if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                return
            existing = store.reopen(profile.id, quarter)
        elif existing is not None:
            if not self._offer_draft(existing):
                return
        else:  # the store refuses a second assessment for a quarter (a dialog says why)
            existing = store.create_assessment(profile.id, quarter)
        self.open_wizard(store.get_profile(profile.id), existing, quarter)

    def _offer_draft(self, draft: Assessment) -> bool:
        from moatdesk.ui.profiles_panel import format_when

        answer = QtWidgets.QMessageBox.question(
            self.window,
            translate("MainWindow", "Continue draft"),
            fill(
                translate("MainWindow", "You have a draft of %1, last saved %2. Continue it?"),
                draft.quarter,
                format_when(draft.updated_at),
            ),
        )
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def continue_draft(self) -> None:
        profile = self.selected_profile()
        drafts = [
            a
            for a in (profile.assessments if profile else [])
            if a.status is AssessmentStatus.DRAFT
        ]
        if profile is not None and drafts:
            self.open_wizard(profile, drafts[-1], drafts[-1].quarter)

    def open_wizard(
        self, profile: Profile | None, assessment: Assessment | None, quarter: str
    ) -> ReviewWizard:
        """The review wizard (one at a time: a second request raises the open one)."""
        from moatdesk.ui.screen_fit import fit_to_screen
        from moatdesk.ui.wizard.wizard import ReviewWizard

        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        wizard = ReviewWizard(self._store(), quarter, profile, assessment, self.window)
        wizard.setWindowIcon(self.window.windowIcon())
        geometry = self.settings.geometry("wizard")
        if geometry is not None:
            wizard.restoreGeometry(geometry)
        fit_to_screen(wizard)  # Next and Finish stay on a small or scaled screen
        wizard.saved.connect(self._saved_soon)
        wizard.saved.connect(self._review_saved)
        closed = self._guard(lambda: self._wizard_closed(wizard))
        wizard.finished.connect(lambda _result: closed())
        self.wizard = wizard
        wizard.show()
        return wizard

    def _saved_soon(self, profile_id: str) -> None:
        """The wizard saved (every autosave): that profile's row of the list changes,
        on the next turn of the event loop; saves in one turn make one refresh."""
        if not self._saved_ids:
            QTimer.singleShot(0, self, self._guard(self._refresh_saved_rows))
        self._saved_ids.add(profile_id)

    def _refresh_saved_rows(self) -> None:
        """One row per saved profile, read by its key: listing every profile on each
        autosave cost ~20-50 ms with 1,000 of them (docs/benchmarks.md, review wizard).
        A new, renamed or trashed profile lists them all again."""
        saved, self._saved_ids = self._saved_ids, set()
        if self.store is None:
            return
        panel = self.window.panel
        for profile_id in saved:
            summary = self.store.profile_summary(profile_id)
            if summary is None or not panel.update_profile(summary):
                panel.set_rows(self.store.list_profile_rows(), notify=False)
                return

    def _wizard_closed(self, wizard: ReviewWizard) -> None:
        self.settings.set_geometry("wizard", wizard.saveGeometry())
        self.wizard = None
        # A new review opens a new wizard: this one's pages go.  Not _delete_on_close:
        # its Qt.WidgetAttribute would build PySide's Qt namespace on New profile's
        # first frame (tests/ui/test_startup_path.py).
        wizard.deleteLater()
        if self._closing:  # the main window goes too: nothing to show again
            return
        profile_id = wizard.profile.id if wizard.profile else None
        if profile_id is None or not self._show_saved(profile_id):
            self.reload(select=profile_id)

    def _show_saved(self, profile_id: str) -> bool:
        """The closed wizard's profile, current, its row read by its key: the autosaves
        kept the rest of the list as it is, and listing 10,000 profiles again took ~25 ms
        (docs/benchmarks.md, "Store").  False: list them all (a new list, a rename)."""
        if self.store is None or not self.window.has_part("panel"):
            return False
        summary = self.store.profile_summary(profile_id)
        return summary is not None and self.window.panel.show_updated(summary)

    def _quarter_to_show(self, quarter: str | None) -> tuple[Profile, str] | None:
        profile = self.selected_profile()
        if profile is None or not profile.assessments:
            return None
        chosen = quarter or self.window.detail.selected_quarter()
        return profile, chosen or profile.assessments[-1].quarter

    def view_results(self, quarter: str | None) -> None:
        from moatdesk.ui.dialogs import ResultsDialog
        from moatdesk.ui.roadmap_cache import ROADMAPS

        target = self._quarter_to_show(quarter)
        if target is None:
            return
        profile, shown = target
        assessment = self._store().get_assessment(profile.id, shown)
        dialog = ResultsDialog(self.window)
        roadmap = ROADMAPS.roadmap(assessment.basics, assessment)
        dialog.view.show_results(profile, assessment, roadmap)
        dialog.view.export_requested.connect(self._guard(lambda: self.export_pdf(shown)))
        dialog.view.offer_what_if()
        dialog.view.what_if_requested.connect(self._guard(lambda: self.open_what_if(shown)))
        self._show_dialog(dialog)

    def open_what_if(self, quarter: str | None) -> None:
        """The what-if panel on a scratch copy of the review; saving goes through the store."""
        from moatdesk.ui.whatif_panel import WhatIfDialog

        target = self._quarter_to_show(quarter)
        if target is None:
            return
        profile, shown = target
        assessment = self._store().get_assessment(profile.id, shown)
        dialog = WhatIfDialog(profile, assessment, self._store(), self.window)
        dialog.panel.draft_started.connect(
            self._guard_arg(lambda quarter: self._draft_started(profile.id, quarter))
        )
        self._show_dialog(dialog)

    def _draft_started(self, profile_id: str, quarter: str) -> None:
        self.reload(select=profile_id)
        self._status(fill(translate("MainWindow", "Started the %1 draft from a what-if."), quarter))

    def export_pdf(self, quarter: str | None) -> PdfExportJob | None:
        """Ask where, then export off the GUI thread; the job reports how it went."""
        from moatdesk.ui.pdf_export import export_pdf_interactive

        target = self._quarter_to_show(quarter)
        if target is None:
            return None
        return export_pdf_interactive(self.window, target[0], target[1], ui_lang())

    # -- other windows ------------------------------------------------------------------
    def _show_dialog(self, dialog: QWidget) -> None:
        _delete_on_close(dialog)
        dialog.show()

    def open_settings(self) -> None:
        from moatdesk.ui.dialogs import SettingsDialog

        dialog = SettingsDialog(ui_lang(), self._store().data_dir, self.set_language, self.window)
        self._show_dialog(dialog)

    def open_trash(self) -> None:
        from moatdesk.ui.dialogs import TrashDialog

        dialog = TrashDialog(self._store(), self._guard_arg(self._put_back), self.window)
        self._show_dialog(dialog)

    def _put_back(self, profile_id: str) -> None:
        """A deleted profile back from the trash (Undo, the trash's Restore), selected."""
        self._store().untrash_profile(profile_id)
        self.reload(select=profile_id)

    def set_language(self, lang: Lang) -> None:
        self.switcher.apply(lang)
        self.settings.set_language(lang)
        # The "Next review" line is the controller's text.
        if self.store is not None and self.window.has_part("detail"):
            self._show_next_review(self.window.detail.profile)

    def open_guide(self) -> None:
        from moatdesk.ui.guide import GuideDialog

        self._show_dialog(GuideDialog(self.window))

    def about(self) -> None:
        from moatdesk import __version__

        QtWidgets.QMessageBox.about(
            self.window,
            translate("MainWindow", "About MoatDesk"),
            fill(
                translate(
                    "MainWindow",
                    "MoatDesk %1\nA quarterly self-assessment of your AI company's meta-moats, "
                    'after Michael Dempsey\'s essay "The Shifting Dynamics and Meta-Moats of AI".',
                ),
                __version__,
            ),
        )

    # -- window life ---------------------------------------------------------------------
    def window_closing(self) -> None:
        """The main window is closing: the wizard saves its draft, the geometry is kept
        (and the list and detail are not rebuilt for a window about to go: _closing)."""
        self._closing = True
        if self.wizard is not None:
            self.wizard.close()
        self.settings.set_geometry("main", self.window.saveGeometry())


def _delete_on_close(dialog: QWidget) -> None:
    """A closed dialog is deleted: left to the main window, its parent, every results,
    what-if or settings window opened in a session stayed in memory until the app
    closed (issue 16).  Each request opens a new one, so none is shown again."""
    from PySide6.QtCore import Qt  # here: the first frame builds no Qt namespace

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:  # a settings file edited by hand: as if not set
        return None


def copy_name(name: str, taken: set[str]) -> str | None:
    """“Name (copy)”, “Name (copy 2)”… in the UI's language (the store's default is English).

    None when the name is too long to extend: the store then shortens it itself.
    """
    for n in range(1, 1000):
        candidate = (
            fill(translate("ProfileOps", "%1 (copy)"), name)
            if n == 1
            else fill(translate("ProfileOps", "%1 (copy %2)"), name, n)
        )
        if len(candidate) > MAX_NAME_CHARS:
            return None
        if candidate not in taken:
            return candidate
    return None
