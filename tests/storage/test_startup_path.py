"""Opening the store and listing profiles is the app's start-up path: no pydantic on it.

pydantic and the domain models cost ~90 ms and ~20 MiB to import, more than the
whole start-up budget (docs/benchmarks.md).  A fresh interpreter shows what loads.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from moatdesk.domain.example import example_exchange_json
from moatdesk.storage.store import ProfileStore

PROBE = """
import json, sys
from pathlib import Path
from moatdesk.storage.store import ProfileStore

with ProfileStore.open(Path(sys.argv[1])) as store:
    names = [row[1] for row in store.list_profile_rows()]  # the GUI's list
    before = sorted(m for m in ("pydantic", "moatdesk.domain.models") if m in sys.modules)
    store.get_profile(names[0])  # the first full read brings them in
    after = sorted(m for m in ("pydantic", "moatdesk.domain.models") if m in sys.modules)
print(json.dumps({"names": names, "before": before, "after": after}))
"""


def test_listing_profiles_imports_no_pydantic(data_dir: Path) -> None:
    exchange = data_dir.parent / "example.json"
    exchange.write_text(example_exchange_json(), encoding="utf-8")
    with ProfileStore.open(data_dir) as store:
        name = store.import_json(exchange).profile.basics.name

    probe = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
    )

    seen = json.loads(probe.stdout)
    assert seen["names"] == [name]
    assert seen["before"] == [], "listing profiles imported pydantic"
    assert seen["after"] == ["moatdesk.domain.models", "pydantic"]  # the probe can tell
