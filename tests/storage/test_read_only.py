"""A truly read-only folder (a read-only bind mount, so it holds even for root).

Runs a child in a user + mount namespace (``unshare -rm``); skipped where that is
not allowed.  The folder-permission variants in the other tests cover non-root runs.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from moatdesk.storage.store import ProfileStore

CHILD = r"""
import json, sys
from pathlib import Path
from moatdesk.storage.store import ProfileStore
from moatdesk.domain.errors import MoatDeskError

def attempt(call):
    try:
        call()
        return "no error"
    except MoatDeskError as exc:
        return f"{type(exc).__name__}: {exc}"

ro, fresh = Path(sys.argv[1]), Path(sys.argv[1]) / "never-created"
print(json.dumps({
    "open existing": attempt(lambda: ProfileStore.open(ro / "data")),
    "open new": attempt(lambda: ProfileStore.open(fresh)),
    "export": attempt(lambda: ProfileStore.open(Path(sys.argv[2])).export_json(
        sys.argv[3], ro / "out.json")),
}))
"""


def _namespaced(folder: Path, *args: str) -> dict[str, str]:
    script = (
        f"mount --bind '{folder}' '{folder}' && mount -o remount,bind,ro '{folder}' && "
        f'exec \'{sys.executable}\' -c "$0" "$@"'
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, CHILD, str(folder), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if done.returncode != 0 and "mount" in done.stderr:
        pytest.skip(f"read-only bind mounts are not allowed here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare (util-linux)")
def test_read_only_folder_is_named_and_nothing_changes(tmp_path: Path, make_basics):
    ro = tmp_path / "ro"
    with ProfileStore.open(ro / "data") as store:
        store.create_profile(make_basics("Acme"))
    with ProfileStore.open(tmp_path / "writable") as store:
        profile_id = store.create_profile(make_basics("Exported")).id
    before = {p: p.read_bytes() for p in ro.rglob("*") if p.is_file()}
    results = _namespaced(ro, str(tmp_path / "writable"), profile_id)
    for what, outcome in results.items():
        assert outcome.startswith("DiskWriteError"), (what, outcome)
        assert "read-only" in outcome, (what, outcome)
    assert str(ro / "out.json") in results["export"]
    assert {p: p.read_bytes() for p in ro.rglob("*") if p.is_file()} == before
