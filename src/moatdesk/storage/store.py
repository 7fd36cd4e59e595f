"""ProfileStore: the one object the UI and the CLI use to keep profiles and their quarters.

Opening checks the file read-only first (damaged or newer files are never written
to), backs it up before migrating, takes the daily backup and purges old trash.
Every write is one transaction; sqlite errors come out as StoreErrors naming the file.

Opening and listing profiles import no pydantic: they are the app's start-up path
(benchmarks/bench_startup.py; tests/storage/test_startup_path.py).  The domain
models load with the first profile or assessment read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.domain.quarters import next_quarter, previous_quarter, quarter_of
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.files import write_atomic
from moatdesk.storage import assessments_repo, profiles_repo, scenarios_repo
from moatdesk.storage.backups import (
    daily_backup_if_due,
    daily_backup_path,
    list_backups_in,
    restore_backup_into,
    restore_latest_backup,
)
from moatdesk.storage.checks import (
    checked_basics,
    checked_name,
    checked_quarter,
    ensure_name_free,
    first_error,
)
from moatdesk.storage.connection import (
    DB_FILENAME,
    DEFAULT_BUSY_TIMEOUT_S,
    check_every_page,
    damage_mark,
    from_text,
    sqlite_errors,
    to_text,
    transaction,
    utc_now,
)
from moatdesk.storage.errors import (
    AssessmentNotFoundError,
    AssessmentStateError,
    CorruptDatabaseError,
    DiskWriteError,
    InvalidInputError,
    ProfileNotFoundError,
    QuarterTakenError,
)
from moatdesk.storage.importing import apply_import
from moatdesk.storage.location import ensure_not_own_file
from moatdesk.storage.opening import (
    existing_store_files,
    open_connection,
    open_for_reading,
    remove_new_store_files,
)
from moatdesk.storage.records import (
    BackupInfo,
    ImportResult,
    ProfileRow,
    ProfileSummary,
    QuarterChoice,
    RestoreResult,
    TableRow,
    TrashedProfile,
)

if TYPE_CHECKING:
    from moatdesk.domain.models import Answer, Assessment, CompanyBasics, Profile
    from moatdesk.domain.results import Comparison
    from moatdesk.domain.scenarios import SavedScenario, WhatIfSpec

__all__ = ["ProfileStore", "restore_backup_into", "restore_latest_backup"]


_FINAL_QUARTER = QT_TRANSLATE_NOOP(
    "Errors", "the {quarter} assessment is final; reopen it to amend it"
)


_QUARTER_TAKEN = QT_TRANSLATE_NOOP(
    "Errors",
    "this profile already has an assessment for {quarter}; "
    "open that one instead of starting another",
)


def mark_damaged(db_path: Path) -> None:
    """Leave ``connection.damage_mark``; a folder that refuses it loses only the mark."""
    with suppress(OSError):
        damage_mark(db_path).write_bytes(b"")


def _current_bank_version() -> str:
    from moatdesk.domain.content import load_bank  # lazily: TOML parsing is not start-up work

    return load_bank().version


class ProfileStore:
    def __init__(
        self,
        data_dir: Path,
        conn: sqlite3.Connection,
        busy_timeout_s: float,
        today: Callable[[], date],
    ) -> None:
        self.data_dir = data_dir
        self.db_path = data_dir / DB_FILENAME
        self._conn = conn
        self._busy_timeout_s = busy_timeout_s
        self._today = today
        # Why the daily backup failed on open (the UI says so, in its language); None if it did not.
        self.backup_problem: DiskWriteError | None = None

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
        today: Callable[[], date] = date.today,
        daily_backup: bool = True,
        reading: bool = False,
        full_check: bool = False,
    ) -> ProfileStore:
        """Open (creating or migrating) the store in ``data_dir``.

        Opening reads a constant amount of the file whatever its size (the header, the
        schema, each b-tree's root: ``connection.first_look``); every page is read
        (``PRAGMA quick_check``) before a migration, before the daily backup, with
        ``full_check=True`` (commands that write), and when an earlier check marked the
        file damaged.  ``daily_backup=False`` leaves today's backup (and so the full
        check) to the caller: the app runs ``take_daily_backup`` on a worker thread after
        its first frame (docs/storage.md, "Opening").

        A failed open removes the empty -wal/-shm/database files it created.  With
        ``reading=True`` (commands that only read) a disk that refuses every write — full,
        or read-only — still opens the store, read-only; ``backup_problem`` says why.
        """
        data_dir = Path(data_dir)
        before = existing_store_files(data_dir)
        try:
            conn = open_connection(data_dir, busy_timeout_s, full_check=full_check)
        except DiskWriteError as exc:
            remove_new_store_files(data_dir, before)
            if not reading:
                raise
            store = cls(data_dir, open_for_reading(data_dir, exc), busy_timeout_s, today)
            store.backup_problem = exc
            return store
        store = cls(data_dir, conn, busy_timeout_s, today)
        try:
            if daily_backup:
                try:
                    daily_backup_if_due(conn, data_dir, today())
                except DiskWriteError as exc:
                    # A full or read-only backups folder must not lock the founder out of
                    # their profiles; the UI shows this and the next open tries again.
                    store.backup_problem = exc
            store.purge_trash()
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        self._conn.close()

    def daily_backup_due(self) -> bool:
        return not daily_backup_path(self.data_dir, self._today()).exists()

    def take_daily_backup(self) -> Path | None:
        """Today's backup unless it exists (None then), through a connection of its own,
        after reading every page of the file (``check_integrity``'s check).

        Safe from any thread: it never touches this store's connection, and WAL lets
        the store keep writing meanwhile.  A DiskWriteError says why it failed; a
        CorruptDatabaseError that the file is damaged (no backup is taken then, and the
        file is marked so that the next open refuses it and offers a backup).
        """
        conn = sqlite3.connect(self.db_path, timeout=self._busy_timeout_s)
        try:
            return daily_backup_if_due(conn, self.data_dir, self._today())
        except CorruptDatabaseError:
            mark_damaged(self.db_path)
            raise
        finally:
            conn.close()

    def check_integrity(self) -> None:
        """Read every page of the file (``PRAGMA quick_check``) through a read-only
        connection of its own: safe from any thread while the store keeps writing.

        A damaged file raises CorruptDatabaseError and is marked, so that the next open
        reads it in full first and refuses it (the app then offers the newest backup);
        nothing in the database is changed.
        """
        with sqlite_errors(self.db_path):
            conn = sqlite3.connect(
                f"{self.db_path.as_uri()}?mode=ro", uri=True, timeout=self._busy_timeout_s
            )
        try:
            check_every_page(conn, self.db_path)
        except CorruptDatabaseError:
            mark_damaged(self.db_path)
            raise
        finally:
            conn.close()

    def __enter__(self) -> ProfileStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with transaction(self._conn, self.db_path) as conn:
            yield conn

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with sqlite_errors(self.db_path):
            yield self._conn

    # ---- profiles ---------------------------------------------------------------

    def list_profile_rows(
        self, text: str | None = None, *, first: int | None = None
    ) -> list[ProfileRow]:
        """The live profiles, in the list's order (names as they look: search_key), as
        plain tuples (records.ProfileRow; ProfileSummary.from_row makes the record of
        one), no object made per profile: one covering-index scan, 10,000 profiles in
        ~10 ms (docs/benchmarks.md).  With ``text``, those whose name contains it as it
        looks: Unicode case folding, NFC/NFD and zero-width characters ignored on both
        sides (textrules.search_key); ``%`` and ``_`` are plain characters; blank text
        lists every profile.  For the GUI's list, which makes texts only for the rows on
        screen.  ``first``: only the first that many rows (start-up's list paints
        those before it lists the rest)."""
        with self._read() as conn:
            return profiles_repo.rows(conn, quarter_of(self._today()), text, first)

    def list_table_rows(self, text: str | None = None) -> list[TableRow]:
        """``list_profile_rows(text)`` without has-a-draft and last-edited, which
        ``moatdesk list`` does not show (records.TableRow): less for SQLite to read."""
        with self._read() as conn:
            return profiles_repo.table_rows(conn, quarter_of(self._today()), text)

    def profile_summary(self, profile_id: str) -> ProfileSummary | None:
        """One profile's row of the list as a record (None if trashed or unknown): a
        saved draft updates its row of the list without listing every profile."""
        with self._read() as conn:
            return profiles_repo.summary(conn, profile_id, quarter_of(self._today()))

    def search_profile_ids(self, text: str) -> set[str]:
        """The ids ``list_profile_rows(text)`` would list, from the index alone (~100 times
        cheaper at 10,000 profiles): for a list that holds the rows already (the GUI's
        search box filters its rows with it)."""
        with self._read() as conn:
            return profiles_repo.matching_ids(conn, text)

    def create_profile(self, basics: CompanyBasics) -> Profile:
        basics = checked_basics(basics)
        now = utc_now()
        profile_id = profiles_repo.new_profile_id()
        with self._write() as conn:
            ensure_name_free(conn, basics.name, None)
            profiles_repo.insert(conn, profile_id, basics, now, now)
        return self._profile(profile_id)

    def get_profile(self, ref: str) -> Profile:
        with self._read() as conn:
            if profiles_repo.row(conn, ref) is not None:
                return self._profile(ref)
            by_name = profiles_repo.live_id_by_name(conn, ref)
            if by_name is None:  # typed differently, looks the same (NFC/NFD, zero-width)
                by_name = profiles_repo.live_id_by_key(conn, ref)
        if by_name is None:
            raise ProfileNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "there is no profile with the name or id “{ref}”"),
                ref=ref,
            )
        return self._profile(by_name)

    def update_basics(
        self, profile_id: str, basics: CompanyBasics, *, quarter: str | None = None
    ) -> Profile:
        """The company basics, as of ``quarter`` (a draft) when given.

        Without a quarter: the profile's current basics only (a rename, say).  With one:
        that draft's basics, and the profile's current ones as well unless a later quarter
        is recorded (backfilling 2025-Q3 does not make its team size today's).  The name
        is the profile's and always changes there.  A final quarter's basics are refused
        (AssessmentStateError), like its answers.
        """
        basics = checked_basics(basics)
        now = utc_now()
        with self._write() as conn:
            found = self._require(conn, profile_id)
            ensure_name_free(conn, basics.name, profile_id)
            current = basics
            if quarter is not None:
                quarter = checked_quarter(quarter)
                self._require_draft(conn, profile_id, quarter)
                assessments_repo.save_basics(
                    conn, profile_id, quarter, basics.model_dump_json(), now
                )
                if quarter < (assessments_repo.latest_quarter(conn, profile_id) or quarter):
                    kept = profiles_repo.basics_from_json(found[1], profile_id)
                    current = kept.model_copy(update={"name": basics.name})
            profiles_repo.update_basics(conn, profile_id, current, now)
        return self._profile(profile_id)

    def rename_profile(self, profile_id: str, new_name: str) -> Profile:
        from pydantic import ValidationError

        from moatdesk.domain.models import CompanyBasics

        current = self._profile(profile_id).basics
        checked_name(new_name)
        try:
            basics = CompanyBasics.model_validate({**current.model_dump(), "name": new_name})
        except ValidationError as exc:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Errors", "that name cannot be used: {detail}"),
                detail=first_error(exc),
            ) from None
        return self.update_basics(profile_id, basics)

    def duplicate_profile(self, profile_id: str, new_name: str | None = None) -> Profile:
        source = self._profile(profile_id)
        now = utc_now()
        copy_id = profiles_repo.new_profile_id()
        with self._write() as conn:
            if new_name is None:
                name = profiles_repo.unique_name(conn, source.basics.name, "copy")
            else:
                name = checked_basics(source.basics.model_copy(update={"name": new_name})).name
                ensure_name_free(conn, name, None)
            basics = source.basics.model_copy(update={"name": name})
            profiles_repo.insert(conn, copy_id, basics, now, now)
            for assessment in source.assessments:
                assessments_repo.insert(conn, copy_id, assessment)
        return self._profile(copy_id)

    def delete_profile(self, profile_id: str) -> None:
        """Moves the profile to the trash; restorable for TRASH_DAYS days."""
        with self._write() as conn:
            self._require(conn, profile_id)
            profiles_repo.set_deleted(conn, profile_id, utc_now())

    def list_trash(self) -> list[TrashedProfile]:
        with self._read() as conn:
            return profiles_repo.trash(conn)

    def restore_profile(self, profile_id: str) -> Profile:
        """Back from the trash (untrash_profile), then read."""
        self.untrash_profile(profile_id)
        return self._profile(profile_id)

    def untrash_profile(self, profile_id: str) -> None:
        """Back from the trash; renamed "Name (restored)" if the name was taken meanwhile.

        Nothing of the profile is read but its row's name, so one whose stored basics or
        answers cannot be read (the GUI lets it be deleted) comes back too, unless its
        name was taken meanwhile: renaming it needs its basics."""
        with self._write() as conn:
            found = profiles_repo.row(conn, profile_id, include_trash=True)
            if found is None or found[4] is None:
                raise ProfileNotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "there is no profile “{profile}” in the trash"),
                    profile=profile_id,
                )
            stored = profiles_repo.stored_name(conn, profile_id) or ""
            name = profiles_repo.unique_name(conn, stored, "restored")
            if name != stored:
                basics = profiles_repo.basics_from_json(found[1], profile_id)
                basics = basics.model_copy(update={"name": name})
                profiles_repo.update_basics(conn, profile_id, basics, utc_now())
            profiles_repo.set_deleted(conn, profile_id, None)

    def purge_trash(self, older_than_days: int = profiles_repo.TRASH_DAYS) -> int:
        cutoff = utc_now() - timedelta(days=older_than_days)
        with self._read() as conn:  # opening must not need the write lock for nothing
            if not profiles_repo.count_deleted_before(conn, cutoff):
                return 0
        with self._write() as conn:
            return profiles_repo.purge_deleted_before(conn, cutoff)

    # ---- assessments --------------------------------------------------------------

    def history(self, profile_id: str) -> list[Assessment]:
        """All quarters, oldest first."""
        with self._read() as conn:
            self._require(conn, profile_id)
            return assessments_repo.history(conn, profile_id)

    def get_assessment(self, profile_id: str, quarter: str) -> Assessment:
        with self._read() as conn:
            return self._require_assessment(conn, profile_id, quarter)

    def start_review(self, profile_id: str, quarter: str) -> Assessment:
        """The quarter's assessment; a new draft pre-filled from the last final one if none."""
        quarter = checked_quarter(quarter)
        with self._write() as conn:
            self._require(conn, profile_id)
            existing = assessments_repo.get(conn, profile_id, quarter)
            if existing is not None:
                return existing
            return self._insert_draft(conn, profile_id, quarter)

    def create_assessment(self, profile_id: str, quarter: str) -> Assessment:
        """A new draft for a chosen quarter: the current one, the next (started early) or
        a past one not yet recorded (``backfilled``).  Never a second assessment for a
        quarter (QuarterTakenError), never more than one quarter ahead (InvalidInputError).
        See quarter_choices() for what to offer."""
        quarter = checked_quarter(quarter)
        with self._write() as conn:
            self._require(conn, profile_id)
            if assessments_repo.get(conn, profile_id, quarter) is not None:
                raise QuarterTakenError(_QUARTER_TAKEN, quarter=quarter)
            return self._insert_draft(conn, profile_id, quarter)

    def quarter_choices(self, profile_id: str, past: int = 8) -> list[QuarterChoice]:
        """What a new review can be for, newest first: the next quarter (early), the
        current one, then up to ``past`` earlier quarters (backfilled).  Each says whether
        the profile already has that quarter (``taken``: open it, do not start one)."""
        current = quarter_of(self._today())
        with self._read() as conn:
            self._require(conn, profile_id)
            have = assessments_repo.quarters(conn, profile_id)
        choices = [QuarterChoice(next_quarter(current), "next", next_quarter(current) in have)]
        choices.append(QuarterChoice(current, "current", current in have))
        quarter = current
        for _ in range(past):
            quarter = previous_quarter(quarter)
            choices.append(QuarterChoice(quarter, "past", quarter in have))
        return choices

    def save_draft(self, profile_id: str, quarter: str, answers: dict[str, Answer]) -> Assessment:
        """Autosave: one UPDATE of the draft (created first if the quarter has none)."""
        quarter = checked_quarter(quarter)
        answers_json = assessments_repo.answers_to_json(answers)
        now = utc_now()
        with self._write() as conn:
            if not assessments_repo.save_answers(conn, profile_id, quarter, answers_json, now):
                self._require(conn, profile_id)
                existing = assessments_repo.get(conn, profile_id, quarter)
                if existing is not None:  # so it is final
                    raise AssessmentStateError(_FINAL_QUARTER, quarter=quarter)
                self._insert_draft(conn, profile_id, quarter)
                assessments_repo.save_answers(conn, profile_id, quarter, answers_json, now)
            return assessments_repo.get(conn, profile_id, quarter)  # type: ignore[return-value]  # just written

    def finalise(self, profile_id: str, quarter: str) -> Assessment:
        return self._set_status(profile_id, quarter, AssessmentStatus.FINAL)

    def reopen(self, profile_id: str, quarter: str) -> Assessment:
        """A final quarter becomes a draft again, marked amended."""
        return self._set_status(profile_id, quarter, AssessmentStatus.DRAFT)

    def _set_status(self, profile_id: str, quarter: str, status: AssessmentStatus) -> Assessment:
        with self._write() as conn:
            current = self._require_assessment(conn, profile_id, quarter)
            if current.status is status:  # finalising twice (a double click) changes nothing
                return current
            assessments_repo.set_status(conn, profile_id, quarter, status, utc_now())
            return assessments_repo.get(conn, profile_id, quarter)  # type: ignore[return-value]  # just written

    # ---- what-if scenarios (saved with a review; the review itself never changes) ----

    def saved_scenarios(self, profile_id: str, quarter: str) -> list[SavedScenario]:
        with self._read() as conn:
            self._require_assessment(conn, profile_id, quarter)
            return scenarios_repo.saved(conn, profile_id, checked_quarter(quarter))

    def save_scenario(self, profile_id: str, saved: SavedScenario) -> SavedScenario:
        """Save a what-if by name with its review (replacing one of the same name)."""
        with self._write() as conn:
            self._require_assessment(conn, profile_id, saved.quarter)
            scenarios_repo.upsert(conn, profile_id, saved, to_text(utc_now()))
        return saved

    def delete_scenario(self, profile_id: str, quarter: str, name: str) -> bool:
        with self._write() as conn:
            self._require_assessment(conn, profile_id, quarter)
            return scenarios_repo.delete(conn, profile_id, checked_quarter(quarter), name)

    def start_draft_from(self, profile_id: str, quarter: str, spec: WhatIfSpec) -> str:
        """Start the quarter after ``quarter`` as a draft from a what-if of that review:
        its answers (notes kept) and basics.  The review is not changed; an existing next
        quarter is never overwritten (QuarterTakenError).  Returns the new quarter."""
        from moatdesk.domain.scenarios import apply_spec

        with self._write() as conn:
            review = self._require_assessment(conn, profile_id, quarter)
            applied = apply_spec(review.basics, review, spec)
            target = next_quarter(review.quarter)
            if assessments_repo.get(conn, profile_id, target) is not None:
                raise QuarterTakenError(_QUARTER_TAKEN, quarter=target)
            self._insert_draft(conn, profile_id, target)
            now = utc_now()
            answers_json = assessments_repo.answers_to_json(applied.assessment.answers)
            assessments_repo.save_answers(conn, profile_id, target, answers_json, now)
        if applied.basics != review.basics:
            self.update_basics(profile_id, applied.basics, quarter=target)
        return target

    def compare(self, profile_id: str, from_quarter: str, to_quarter: str) -> Comparison:
        from moatdesk.domain.compare import compare_assessments

        before = self.get_assessment(profile_id, from_quarter)
        after = self.get_assessment(profile_id, to_quarter)
        return compare_assessments(before, after)

    # ---- exchange and backups -------------------------------------------------------

    def export_json(self, profile_id: str, target: Path) -> Path:
        """One profile with all its quarters, written atomically."""
        from moatdesk.storage.exchange import dump_exchange

        target = Path(target)
        self.ensure_output_path(target)
        data = dump_exchange(self._profile(profile_id))
        if target.is_dir():
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} is a folder; give a file name such as profile.json"
                ),
                path=target,
            )
        return write_atomic(target, data)

    def ensure_output_path(self, target: Path) -> None:
        """Refuse (OutputPathError) a file to write that is one of the data folder's own:
        the database, its -wal/-shm, a backup, the lock (symlinks resolved)."""
        ensure_not_own_file(self.data_dir, Path(target))

    def import_json(self, source: Path) -> ImportResult:
        """Never overwrites: adds a new profile (renamed if the name is taken) or new quarters."""
        from moatdesk.storage.exchange import check_answers, read_exchange

        incoming = read_exchange(Path(source)).profile  # refused before any write
        kept_unknown = check_answers(incoming, Path(source))
        with self._write() as conn:
            profile_id, created, added = apply_import(conn, incoming)
        return ImportResult(self._profile(profile_id), created, added, kept_unknown)

    def list_backups(self) -> list[BackupInfo]:
        return list_backups_in(self.data_dir)

    def restore_backup(self, backup_path: Path) -> RestoreResult:
        """Replace the database with a backup (the current one is kept aside, every save in
        it) and reopen.  The caller owns the data folder (the GUI's instance lock)."""
        self._conn.close()
        try:
            return restore_backup_into(self.data_dir, Path(backup_path))
        finally:
            self._conn = open_connection(self.data_dir, self._busy_timeout_s)

    # ---- internals --------------------------------------------------------------------

    def _profile(self, profile_id: str) -> Profile:
        from moatdesk.domain.models import Profile

        with self._read() as conn:
            pid, basics_json, created, updated, _ = self._require(conn, profile_id)
            return Profile(
                id=pid,
                basics=profiles_repo.basics_from_json(basics_json, pid),
                created_at=from_text(created),
                updated_at=from_text(updated),
                assessments=assessments_repo.history(conn, pid),
            )

    def _require(self, conn: sqlite3.Connection, profile_id: str) -> tuple:
        """The live profile's row (profiles_repo.row); ProfileNotFoundError if none."""
        found = profiles_repo.row(conn, profile_id)
        if found is None:
            raise ProfileNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "there is no profile with the id “{profile}”"),
                profile=profile_id,
            )
        return found

    def _require_assessment(
        self, conn: sqlite3.Connection, profile_id: str, quarter: str
    ) -> Assessment:
        self._require(conn, profile_id)
        found = assessments_repo.get(conn, profile_id, checked_quarter(quarter))
        if found is None:
            raise AssessmentNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "this profile has no assessment for {quarter}"),
                quarter=quarter,
            )
        return found

    def _require_draft(self, conn: sqlite3.Connection, profile_id: str, quarter: str) -> None:
        if self._require_assessment(conn, profile_id, quarter).status is AssessmentStatus.FINAL:
            raise AssessmentStateError(_FINAL_QUARTER, quarter=quarter)

    def _insert_draft(self, conn: sqlite3.Connection, profile_id: str, quarter: str) -> Assessment:
        assessments_repo.ensure_room(conn, profile_id)
        assessments_repo.insert(conn, profile_id, self._new_draft(conn, profile_id, quarter))
        return assessments_repo.get(conn, profile_id, quarter)  # type: ignore[return-value]  # just written

    def _new_draft(self, conn: sqlite3.Connection, profile_id: str, quarter: str) -> Assessment:
        """Answers from the last final quarter before it; basics from the quarter before
        it, or today's when it is the newest; backfilled when the quarter has passed."""
        from moatdesk.domain.models import Assessment

        current = quarter_of(self._today())
        if quarter > next_quarter(current):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{quarter} is more than one quarter ahead; a review can start at most "
                    "one quarter early ({next})",
                ),
                quarter=quarter,
                next=next_quarter(current),
            )
        previous = assessments_repo.latest_final_before(conn, profile_id, quarter)
        latest = assessments_repo.latest_quarter(conn, profile_id)
        before = assessments_repo.latest_before(conn, profile_id, quarter)
        if latest is None or quarter > latest or before is None:
            basics = profiles_repo.basics_from_json(self._require(conn, profile_id)[1], profile_id)
        else:
            basics = before.basics
        now = utc_now()
        return Assessment(
            quarter=quarter,
            basics=basics,
            backfilled=quarter < current,
            bank_version=_current_bank_version(),
            answers=dict(previous.answers) if previous else {},
            created_at=now,
            updated_at=now,
        )
