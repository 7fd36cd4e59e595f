"""Packaging builds from every artefact, and the wheel is self-contained.

`python -m build` makes the sdist; the wheel is then built from the unpacked sdist
alone (no checkout beside it), installed into a fresh virtualenv and, from a folder
outside the checkout, produces the example roadmap with the installed package only.
The wheel carries the content, fonts, translations and the licences.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

PROBE = """
import importlib.resources as r, json, sys
import moatdesk
from moatdesk.domain.example import load_example_profile
from moatdesk.domain.roadmap import build_roadmap

profile = load_example_profile()
latest = profile.assessments[-1]
roadmap = build_roadmap(latest.basics, latest)
res = r.files("moatdesk.resources")
tr = r.files("moatdesk.translations")
print(json.dumps({
    "module": moatdesk.__file__,
    "company": profile.basics.name,
    "moats": [s.moat.value for s in roadmap.scores],
    "actions": len(roadmap.actions),
    "fonts": sorted(p.name for p in res.joinpath("fonts").iterdir()),
    "qm": sorted(p.name for p in tr.iterdir() if p.name.endswith(".qm")),
    "schema": res.joinpath("schema", "profile-exchange.schema.json").is_file(),
}))
"""


def _run(cmd: list[str | Path], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kwargs)


def _build(kind: str, source: Path, out: Path) -> Path:
    # --no-isolation: the build requirements (setuptools, PySide6's lrelease) are in the
    # test environment already; an isolated build would download PySide6 again.
    built = _run([sys.executable, "-m", "build", "--no-isolation", kind, "-o", out, source])
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (artefact,) = out.glob("moatdesk-*.tar.gz" if kind == "--sdist" else "moatdesk-*.whl")
    return artefact


def _clean_checkout(target: Path) -> Path:
    """The project's files as a fresh clone has them (tracked or new, not ignored): no
    build leftovers such as an egg-info SOURCES.txt, which setuptools would reuse."""
    listed = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT)
    assert listed.returncode == 0, listed.stderr
    for name in filter(None, listed.stdout.split("\0")):
        if (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    return target


def test_wheel_built_from_the_sdist_carries_everything_the_app_needs(tmp_path: Path) -> None:
    sdist = _build("--sdist", _clean_checkout(tmp_path / "checkout"), tmp_path / "sdist")
    unpacked = tmp_path / "unpacked"
    with tarfile.open(sdist) as archive:
        archive.extractall(unpacked, filter="data")
    (source,) = unpacked.iterdir()
    wheel = _build("--wheel", source, tmp_path / "dist")
    names = zipfile.ZipFile(wheel).namelist()
    licences = {n.split("/")[-1] for n in names if ".dist-info/licenses/" in n}
    assert licences == {"LICENSE", "LICENSE-DejaVuSans.txt", "LICENSE-NanumGothic-OFL.txt"}
    assert "moatdesk/resources/fonts/LICENSE-NanumGothic-OFL.txt" in names  # beside the font
    assert "moatdesk/translations/moatdesk_ko.qm" in names  # compiled while building

    env_dir = tmp_path / "fresh-venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    fresh_python = env_dir / "bin" / "python"
    # Dependencies are reused from the test environment to keep this test offline and
    # quick; a plain path entry, so the checkout's editable install is not picked up.
    fresh_site = Path(
        _run(
            [fresh_python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]
        ).stdout.strip()
    )
    (fresh_site / "deps-from-test-env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    installed = _run([fresh_python, "-m", "pip", "install", "--no-deps", "-q", wheel])
    assert installed.returncode == 0, installed.stderr

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    probe = _run([fresh_python, "-c", PROBE], cwd=outside, env=env)
    assert probe.returncode == 0, probe.stderr
    facts = json.loads(probe.stdout)

    assert Path(facts["module"]).is_relative_to(env_dir), "imported the checkout, not the wheel"
    assert facts["company"]
    assert len(facts["moats"]) == 9
    assert facts["actions"] > 0
    assert {"NanumGothic.ttf", "NanumGothicBold.ttf"} <= set(facts["fonts"])
    assert "moatdesk_ko.qm" in facts["qm"]
    assert facts["schema"]

    example_json = outside / "example.json"
    cli = _run(
        [env_dir / "bin" / "moatdesk-cli", "example", "--out", example_json], cwd=outside, env=env
    )
    assert cli.returncode == 0, cli.stderr
    assert json.loads(example_json.read_text(encoding="utf-8"))["schema_version"] == 2
