"""Profile store speed at 1, 100, 1,000 and 10,000 profiles, each call against its floor.

    .venv/bin/python benchmarks/bench_store.py [--sizes 1,100,1000,10000] [--quarters 20]
                                               [--cache DIR] [--write-docs]

Every call is timed alternately with its floor, in the same run on the same file: the
least SQLite work that gives the same answer (a read-only connect for an open, a bare
SELECT of the names for the GUI's list, the table's columns as text joined into lines for
``moatdesk list``, LIKE for the search box, the JSON of the rows for a history, a bare
UPDATE for an autosave).  The ratio is the store's own cost on top;
the sizes show what grows with the number of profiles.  "Before" columns time what the
store did until issue 16 on the same file: a full ``quick_check`` on every open, a search
that listed everything and filtered in Python; a list of schema 4 (four index seeks a
profile, a ProfileSummary each, sorted in Python).  The CLI rows make the table
``moatdesk list`` prints (cli/profile_commands.list_text).  Budgets (issues 3 and 16): an
open flat in the size, list and search < 50 ms, one history < 50 ms, an autosave < 10 ms.
With --write-docs the figures replace the "Store" section of docs/benchmarks.md.
With --cache DIR the filled stores are kept there and reused by the next run with the same
size, quarters and schema (building 10,000 x 20 quarters, 1.7 GB, takes a minute or more).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from moatdesk.cli.profile_commands import list_text
from moatdesk.domain.content import load_bank
from moatdesk.domain.models import Answer, CompanyBasics
from moatdesk.domain.quarters import quarter_of
from moatdesk.domain.textrules import search_key
from moatdesk.storage import assessments_repo, profiles_repo
from moatdesk.storage.connection import DB_FILENAME, to_text, transaction, utc_now
from moatdesk.storage.records import ProfileSummary
from moatdesk.storage.schema import SCHEMA_VERSION
from moatdesk.storage.store import ProfileStore

DOCS = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
SIZES = (1, 100, 1_000, 10_000)
QUARTERS = 20
BUDGET_MS = {
    "open (the app's path)": None,  # flat: judged by its growth, see the report
    "list profiles (CLI: table)": 50.0,
    "list profiles (GUI: rows)": 50.0,
    "refresh the list (GUI)": 50.0,
    "search (CLI: table)": 50.0,
    "search (GUI box: ids)": 50.0,
    "search box (GUI, typing)": 50.0,
    "open one history": 50.0,
    "autosave a draft": 10.0,
}
_VARIANTS = 8  # distinct answer payloads, reused across rows (JSON made once each)


def _answers(bank_ids: list[str], seed: int) -> dict[str, Answer]:
    return {
        qid: Answer(value=(seed + i) % 5 + 1, note=f"근거 evidence {seed}-{i} " * 3)
        for i, qid in enumerate(bank_ids)
    }


def _quarter(q: int) -> str:
    return f"{2022 + q // 4}-Q{q % 4 + 1}"


def _fill(store: ProfileStore, profiles: int, quarters: int) -> tuple[str, str]:
    """Bulk insert in one transaction; returns (the last profile's id, its draft quarter).

    Profiles go in through profiles_repo.insert (the name's search key with them); the
    assessments as rows in the store's own format (assessments_repo.answers_to_json, a
    basics JSON each), ``_VARIANTS`` payloads reused, so 10,000 x 20 quarters take
    seconds, not the minutes of building 200,000 Assessment models.  Every quarter
    but the last is final; the last is a draft.
    """
    bank = load_bank()
    ids = [q.id for q in bank.questions]
    payloads = [assessments_repo.answers_to_json(_answers(ids, v)) for v in range(_VARIANTS)]
    now = to_text(utc_now())
    template = CompanyBasics(
        name="x",
        sector="enterprise_software",
        stage="seed",
        stack_position="model_apis",
        team_size=10,
        runway_months=18,
    )
    template_json = json.loads(template.model_dump_json())
    last_id = ""
    columns = assessments_repo._COLUMNS
    with transaction(store._conn, store.db_path) as conn:
        for p in range(profiles):
            last_id = profiles_repo.new_profile_id()
            basics = template.model_copy(update={"name": f"Company {p:05d} 회사"})
            profiles_repo.insert(conn, last_id, basics, utc_now(), utc_now())
            basics_json = json.dumps({**template_json, "name": basics.name}, ensure_ascii=False)
            conn.executemany(
                f"INSERT INTO assessments (profile_id, {columns}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        last_id,
                        _quarter(q),
                        "final" if q < quarters - 1 else "draft",
                        0,
                        0,
                        bank.version,
                        basics_json,
                        payloads[(p + q) % _VARIANTS],
                        now,
                        now,
                        now if q < quarters - 1 else None,
                    )
                    for q in range(quarters)
                ],
            )
    return last_id, _quarter(quarters - 1)


def _alternate(
    call: Callable[[], object], floor: Callable[[], object], repeat: int
) -> tuple[tuple[float, float], float]:
    """(median, p95) of ``call`` and the median of ``floor``, timed turn about."""
    call(), floor()  # warm caches
    ours, base = [], []
    for _ in range(repeat):
        for fn, samples in ((call, ours), (floor, base)):
            started = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - started) * 1000)
    ours.sort()
    return (statistics.median(ours), ours[max(0, int(len(ours) * 0.95) - 1)]), statistics.median(
        base
    )


def _row(
    call: Callable[[], object],
    floor: Callable[[], object],
    repeat: int,
    before: Callable[[], object] | None = None,
) -> dict[str, float]:
    """A row of the table: ``call`` timed turn about with ``floor`` (``_alternate``), and
    ``before`` (the way until issue 16) on its own, if given."""
    (median, p95), base = _alternate(call, floor, repeat)
    row = {"median": median, "p95": p95, "floor": base}
    if before is not None:
        row["before"] = _once(before, 3)
    return row


def _once(call: Callable[[], object], repeat: int) -> float:
    call()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


# Schema 4's list (until issue 16's last step): the facts of each profile looked up in
# assessments_summary, four seeks a profile, a ProfileSummary each, sorted in Python.
_SCHEMA4_LIST_SQL = """
SELECT p.id, p.name, latest.quarter, latest.status,
       NOT EXISTS (SELECT 1 FROM assessments INDEXED BY assessments_summary
                   WHERE profile_id = p.id AND quarter = :current AND status = 'final'),
       EXISTS (SELECT 1 FROM assessments INDEXED BY assessments_summary
               WHERE profile_id = p.id AND status = 'draft'),
       max(p.updated_at, coalesce((SELECT MAX(updated_at) FROM assessments
                                   INDEXED BY assessments_summary WHERE profile_id = p.id),
                                  p.updated_at))
FROM profiles AS p INDEXED BY profiles_list
LEFT JOIN assessments AS latest INDEXED BY assessments_summary
       ON latest.profile_id = p.id
      AND latest.quarter = (SELECT MAX(quarter) FROM assessments INDEXED BY assessments_summary
                            WHERE profile_id = p.id)
WHERE p.deleted_at IS NULL
"""


_TABLE_FLOOR_SQL = """
SELECT name, id, coalesce(latest_quarter, '-'), coalesce(latest_status, '-'),
       CASE WHEN :current IN (last_final, prior_final) THEN 'no' ELSE 'yes' END
FROM profiles INDEXED BY profiles_list
WHERE deleted_at IS NULL{where}
ORDER BY search_key, name
"""


def _filled(data_dir: Path, size: int, quarters: int, cache: Path | None) -> tuple[str, str]:
    """A store of ``size`` profiles in ``data_dir`` (a cached one if ``cache`` has it);
    returns (the last profile's id, its draft quarter)."""
    if cache is not None:
        kept = cache / f"p{size}-q{quarters}-schema{SCHEMA_VERSION}"
        facts = kept / "bench.json"
        if facts.is_file():
            data_dir.rmdir()
            data_dir.symlink_to(kept, target_is_directory=True)
            found = json.loads(facts.read_text(encoding="utf-8"))
            return found["profile"], found["draft"]
        shutil.rmtree(kept, ignore_errors=True)  # a fill cut short: start again
        kept.mkdir(parents=True)
        data_dir.rmdir()
        data_dir.symlink_to(kept, target_is_directory=True)
    with ProfileStore.open(data_dir, daily_backup=False) as store:
        profile_id, draft = _fill(store, size, quarters)
    if cache is not None:
        facts.write_text(json.dumps({"profile": profile_id, "draft": draft}), encoding="utf-8")
    return profile_id, draft


def _measure(
    data_dir: Path, size: int, quarters: int, cache: Path | None = None
) -> dict[str, dict[str, float]]:
    """Each call, its floor and (open, search, list) the pre-issue-16 way, on one store."""
    db_path = data_dir / DB_FILENAME
    profile_id, draft = _filled(data_dir, size, quarters, cache)
    rows: dict[str, dict[str, float]] = {}
    repeat = 15  # the 10,000 list took 190 ms a call before issue 16 (7 repeats then)

    def app_open() -> None:
        ProfileStore.open(data_dir, daily_backup=False).close()

    def bare_open() -> None:
        conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
        conn.execute("PRAGMA user_version").fetchone()
        conn.close()

    (median, p95), floor = _alternate(app_open, bare_open, repeat)
    before = _once(
        lambda: ProfileStore.open(data_dir, full_check=True, daily_backup=False).close(), 3
    )
    rows["open (the app's path)"] = {"median": median, "p95": p95, "floor": floor, "before": before}

    store = ProfileStore.open(data_dir, daily_backup=False)
    raw = sqlite3.connect(db_path)
    try:
        needle = f"{size - 1:05d}"[:4]  # "Company 0999x": a tenth of 1,000, one in 10,000
        like = f"%{needle}%"

        def bare_list() -> None:
            raw.execute("SELECT id, name FROM profiles WHERE deleted_at IS NULL").fetchall()

        # The CLI rows' floor: the table's five columns as text, from the same index in the
        # list's order, joined into lines (no widths, no translated words): the least SQL
        # and Python that print the same facts.
        current = {"current": quarter_of(date.today()), "needle": search_key(needle).strip()}

        def bare_table(where: str = "") -> str:
            found = raw.execute(_TABLE_FLOOR_SQL.format(where=where), current).fetchall()
            return "\n".join(map("  ".join, found))

        def bare_like() -> None:
            raw.execute(
                "SELECT id FROM profiles WHERE deleted_at IS NULL AND name LIKE ?", (like,)
            ).fetchall()

        def python_filter() -> None:  # what the CLI and the GUI box did before
            key = search_key(needle)
            listed = [ProfileSummary.from_row(row) for row in store.list_profile_rows()]
            [s for s in listed if key in search_key(s.name)]

        def schema4_list() -> None:
            found = raw.execute(_SCHEMA4_LIST_SQL, {"current": "2026-Q4"}).fetchall()
            listed = [ProfileSummary.from_row(row) for row in found]
            listed.sort(key=lambda s: (s.name.casefold(), s.name))

        rows["list profiles (CLI: table)"] = _row(
            lambda: list_text(store, None, None), bare_table, repeat
        )
        rows["list profiles (GUI: rows)"] = _row(
            store.list_profile_rows, bare_list, repeat, before=schema4_list
        )
        rows["search (CLI: table)"] = _row(
            lambda: list_text(store, needle, None),
            lambda: bare_table(" AND instr(search_key, :needle) > 0"),
            repeat,
            before=python_filter,
        )
        (median, p95), floor = _alternate(
            lambda: store.search_profile_ids(needle), bare_like, repeat
        )
        rows["search (GUI box: ids)"] = {"median": median, "p95": p95, "floor": floor}
        box, refresh = _search_box(store, needle, repeat)
        rows["search box (GUI, typing)"] = box
        rows["refresh the list (GUI)"] = refresh

        def bare_history() -> None:
            for (text,) in raw.execute(
                "SELECT answers_json FROM assessments WHERE profile_id = ? ORDER BY quarter",
                (profile_id,),
            ):
                json.loads(text)

        (median, p95), floor = _alternate(lambda: store.history(profile_id), bare_history, repeat)
        rows["open one history"] = {"median": median, "p95": p95, "floor": floor}

        edited = dict(store.get_assessment(profile_id, draft).answers)
        counter = iter(range(10**9))
        raw.isolation_level = None
        raw.execute("PRAGMA synchronous = FULL")

        def autosave() -> None:
            edited["speed_edit"] = Answer(value=next(counter) % 5 + 1, note="typing…")
            store.save_draft(profile_id, draft, edited)

        payload = assessments_repo.answers_to_json(edited)

        def bare_update() -> None:
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(
                "UPDATE assessments SET answers_json = ?, updated_at = ? "
                "WHERE profile_id = ? AND quarter = ?",
                (payload, to_text(utc_now()), profile_id, draft),
            )
            raw.execute("COMMIT")

        (median, p95), floor = _alternate(autosave, bare_update, 3 * repeat)
        rows["autosave a draft"] = {"median": median, "p95": p95, "floor": floor}
    finally:
        raw.close()
        store.close()
    rows["_size"] = {"bytes": float(db_path.stat().st_size)}
    return rows


def _search_box(
    store: ProfileStore, needle: str, repeat: int
) -> tuple[dict[str, float], dict[str, float]]:
    """The main window's search box (ui/profiles_panel.py) over this store's list: one
    keystroke's filtering and repaint, typing ``needle`` and clearing it again.  Floor:
    repainting the unfiltered list.  Before: Qt's fixed-string filter on the same panel
    (it read every row's name through the model, in Python).

    And the list's refresh as the main window does it after a rename, a delete,
    a copy or an import (MainController.reload): the store's rows listed and shown, the
    row in the middle selected, repainted.  Floor: the same repaint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication

    from moatdesk.ui.profiles_panel import ProfilesPanel

    app = QApplication.instance() or QApplication([])
    panel = ProfilesPanel()
    panel.resize(700, 600)
    panel.show()
    panel.matching = store.search_profile_ids
    listed = store.list_profile_rows()
    panel.set_rows(listed, notify=False)
    panel.select(listed[len(listed) // 2][0])
    app.processEvents()
    typed = [needle[:n] for n in range(1, len(needle) + 1)] + [""]

    def keystrokes(type_one: Callable[[str], None]) -> list[float]:
        samples = []
        for _ in range(max(2, repeat // 3)):
            for text in typed:
                started = time.perf_counter()
                type_one(text)
                panel.view.viewport().repaint()
                app.processEvents()
                samples.append((time.perf_counter() - started) * 1000)
        return sorted(samples)

    ours = keystrokes(panel.search.setText)
    floor = keystrokes(lambda _text: None)

    def refresh() -> None:
        panel.set_rows(store.list_profile_rows(), notify=False)

    def repaint() -> None:
        panel.view.viewport().repaint()
        app.processEvents()

    (median, p95), refresh_floor = _alternate(lambda: (refresh(), repaint()), repaint, repeat)
    refreshed = {"median": median, "p95": p95, "floor": refresh_floor}
    qt_filter = QSortFilterProxyModel(panel)
    qt_filter.setSourceModel(panel.model)
    qt_filter.setFilterKeyColumn(0)
    qt_filter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    panel.view.setModel(qt_filter)
    before = keystrokes(lambda text: qt_filter.setFilterFixedString(text))
    panel.close()
    panel.deleteLater()
    app.processEvents()
    return {
        "median": statistics.median(ours),
        "p95": ours[max(0, int(len(ours) * 0.95) - 1)],
        "floor": statistics.median(floor),
        "before": statistics.median(before),
    }, refreshed


_WHY_OVER = {
    "list profiles (CLI: table)": "on top of its floor are the table's widths on screen "
    "(one Python call a profile for a name that is not ASCII; this benchmark's names all "
    "end in Korean) and the alignment",
    "list profiles (GUI: rows)": "what is left is Python's objects for each row's seven "
    "values (SQLite's own work is a few ms at 10,000)",
    "refresh the list (GUI)": "the refresh is the GUI rows row plus comparing 10,000 "
    "rows (in C) and a repaint; on a loaded machine both double",
    "autosave a draft": "an autosave's time is the disk's fsync (its floor, a bare UPDATE "
    "with synchronous=FULL, is as slow)",
}


def _over_budget(results: dict[int, dict[str, dict[str, float]]]) -> str:
    over: dict[str, list[str]] = {}
    for name, budget in BUDGET_MS.items():
        for size, rows in results.items():
            if budget is not None and rows[name]["p95"] >= budget:
                over.setdefault(name, []).append(f"{size:,} (p95 {_ms(rows[name]['p95'])})")
    if not over:
        return "Every call is within its budget in this run."
    return (
        "Over budget in this run: "
        + "; ".join(
            f"{name} at {', '.join(where)}" + (f": {_WHY_OVER[name]}" if name in _WHY_OVER else "")
            for name, where in over.items()
        )
        + "."
    )


def _ms(value: float) -> str:
    return f"{value:.2f} ms" if value < 100 else f"{value:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    parser.add_argument("--quarters", type=int, default=QUARTERS)
    parser.add_argument("--write-docs", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--cache", type=Path, help="keep the filled stores here, reuse them")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    load_before = os.getloadavg()
    results: dict[int, dict[str, dict[str, float]]] = {}
    fill_s: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            started = time.perf_counter()
            data_dir = Path(tmp) / f"p{size}"
            data_dir.mkdir()
            results[size] = _measure(data_dir, size, args.quarters, args.cache)
            fill_s[size] = time.perf_counter() - started
            print(f"{size:,} profiles done in {fill_s[size]:.1f} s", file=sys.stderr)
    load_after = os.getloadavg()
    report = _report(results, args.quarters, load_before, load_after, args.sizes)
    print(report)
    if args.write_docs:
        text = DOCS.read_text(encoding="utf-8")
        section = f"## Store\n\n{report}\n"
        DOCS.write_text(
            re.sub(r"## Store\n.*?(?=\n## |\Z)", lambda _m: section, text, count=1, flags=re.S),
            encoding="utf-8",
        )
    over = [
        name
        for rows in results.values()
        for name, row in rows.items()
        if BUDGET_MS.get(name) and row["p95"] >= BUDGET_MS[name]  # type: ignore[operator]
    ]
    return 1 if over else 0


def _report(
    results: dict[int, dict[str, dict[str, float]]],
    quarters: int,
    load_before: tuple[float, float, float],
    load_after: tuple[float, float, float],
    sizes_arg: str,
) -> str:
    answers = len(load_bank().questions)
    sizes = ", ".join(
        f"{size:,}: {rows['_size']['bytes'] / 1e6:,.0f} MB" for size, rows in results.items()
    )
    lines = [
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. "
        f"Profiles x {quarters} quarters x {answers} answers (database sizes {sizes}); "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{platform.machine()}, {os.cpu_count()} cores. Load average (1 min) "
        f"{load_before[0]:.1f} at the start, {load_after[0]:.1f} at the end: the machine is "
        "shared, so absolute times are inflated by other work; the ratios come from calls "
        "timed turn about with their floors.",
        "",
        "Floors, on the same file in the same run: a read-only `sqlite3.connect` and "
        "`PRAGMA user_version` (open); `SELECT id, name` of the live profiles (the GUI's "
        "list); the table's five columns as text (`coalesce`, a `CASE` for review due) from "
        "`profiles_list` in the list's order, joined into lines with `str.join`, unaligned "
        "(the CLI's list, and with `instr` its search); `name LIKE '%…%'` (the search box's "
        "ids); `SELECT answers_json` and `json.loads` of the "
        "profile's rows (history); a bare `UPDATE` committed with `synchronous=FULL` "
        "(autosave); a repaint of the list (its refresh). *Before*: the same file opened "
        "with the full `quick_check` every open ran until issue 16 (`open(full_check=True)`); "
        "a search that listed every profile and filtered in Python, as the CLI and the "
        "search box did; schema 4's list (four index seeks a profile, a summary object "
        "each, sorted in Python) on the same file.",
        "",
        "| call | profiles | median | p95 | floor | ratio | before | budget |",
        "|---|---|---|---|---|---|---|---|",
    ]
    names = [n for n in BUDGET_MS]
    for name in names:
        for size, rows in results.items():
            row = rows[name]
            budget = BUDGET_MS[name]
            if budget is None:
                verdict = "flat"
            else:
                verdict = f"< {budget:.0f} ms {'ok' if row['p95'] < budget else 'OVER'}"
            before = _ms(row["before"]) if "before" in row else ""
            lines.append(
                f"| {name} | {size:,} | {_ms(row['median'])} | {_ms(row['p95'])} | "
                f"{_ms(row['floor'])} | {row['median'] / row['floor']:.1f}x | {before} | "
                f"{verdict} |"
            )
    first, last = next(iter(results.values())), list(results.values())[-1]
    opened = [r["open (the app's path)"]["median"] for r in results.values()]
    checked = [r["open (the app's path)"]["before"] for r in results.values()]
    lines += [
        "",
        f"Opening: {' / '.join(_ms(v) for v in opened)} at "
        f"{' / '.join(f'{s:,}' for s in results)} profiles (before: "
        f"{' / '.join(_ms(v) for v in checked)}). It reads the header, the schema and "
        'each b-tree\'s root whatever the size (docs/storage.md, "What opening checks"); '
        "the whole-file check runs with the daily backup, on a worker thread after the "
        "first frame. Listing grows with the number of profiles (every row is listed), "
        "from one covering index; the search box's query reads the same index alone. "
        "History and autosave do not depend on the number of profiles "
        f"({_ms(first['open one history']['median'])} / "
        f"{_ms(last['open one history']['median'])}, "
        f"{_ms(first['autosave a draft']['median'])} / "
        f"{_ms(last['autosave a draft']['median'])} at the smallest and largest size).",
        "",
        _over_budget(results),
        "",
        "The search box (GUI) row types the search text one character at a time into the "
        "main window's list (offscreen) and clears it, each keystroke filtered and "
        "repainted; its floor repaints the unfiltered list, its *before* is Qt's "
        "fixed-string filter on the same panel, which read every row's name through the "
        "Python model (`tests/ui/test_profiles_search.py` counts the rows read and the "
        "Python calls of a keystroke). The refresh (GUI) row lists the store's rows "
        "(`list_profile_rows`) into the same panel with the middle row selected and "
        "repaints, as the main window does after a rename, a copy, a delete or an import "
        "(a closed wizard reads its profile's row alone; `tests/ui/test_profiles_list.py` "
        "counts a refresh's Python calls at 300 and 3,000 profiles). The CLI rows are "
        "`moatdesk list [--search TEXT]` without the process's start, the open and the "
        "write: the table's five columns from the store (`list_table_rows`) and the "
        "table's text (`cli/profile_commands.list_text`, with the cyclic collector paused; "
        "a new process reads the index's pages from the OS too: its 2 MB at 10,000 profiles "
        "do not fit SQLite's default 2 MB cache, so every call here does as well; "
        "`tests/cli/test_list_work.py` counts its Python "
        "calls and collections at 300 and 3,000 profiles). Listing is one pass "
        "over one covering index "
        '(docs/storage.md, "Listing and search"; schema 5).',
        "",
        f"Command: `.venv/bin/python benchmarks/bench_store.py --sizes {sizes_arg} "
        f"--quarters {quarters} --write-docs`",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
