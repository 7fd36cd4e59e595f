"""The standalone app (`python3 tasks.py bundle`) works on its own, as a founder gets it.

One bundle is built per test session (it takes a minute or two) and unpacked into an
empty folder; every command then runs it with an environment that has no virtualenv,
no PYTHONPATH and no checkout on its paths, from a folder outside the checkout.
The AppStream metadata is checked without a build.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
METAINFO = ROOT / "resources" / "io.github.moatdesk.MoatDesk.metainfo.xml"
ARCHIVE_BUDGET_MB = 80
COMPANY = "Meridian Clinical AI"  # the bundled example profile


def _run(cmd: list[str | Path], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in cmd], capture_output=True, text=True, timeout=600, **kwargs
    )


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstreamcli")
def test_appstream_metadata_is_valid() -> None:
    checked = _run(["appstreamcli", "validate", "--no-net", METAINFO])
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_appstream_metadata_names_the_shipped_desktop_entry() -> None:
    text = METAINFO.read_text(encoding="utf-8")
    assert '<launchable type="desktop-id">moatdesk.desktop</launchable>' in text
    assert (ROOT / "resources" / "moatdesk.desktop").is_file()
    assert '<release version="' + _version() + '"' in text  # bumped with the version


def _version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


@pytest.fixture(scope="session")
def bundle_archive() -> Path:
    """Built once per session, with the same command a release uses."""
    built = _run([sys.executable, ROOT / "tasks.py", "bundle"], cwd=ROOT)
    assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
    sys.path.insert(0, str(ROOT))
    try:
        import tasks
    finally:
        sys.path.remove(str(ROOT))
    return tasks.bundle_archive_path()


@pytest.fixture(scope="session")
def unpacked(bundle_archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unpacked")
    assert list(target.iterdir()) == []
    with tarfile.open(bundle_archive) as archive:
        archive.extractall(target, filter="tar")  # keeps the launchers' exec bits
    return target / "MoatDesk"


@pytest.fixture
def outside(tmp_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    """A working folder and an environment that lead nowhere near the checkout."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "MOATDESK_DATA_DIR": str(tmp_path / "data"),
    }
    yield tmp_path, env


@pytest.mark.slow
def test_the_archive_is_named_for_the_platform_and_within_budget(bundle_archive: Path) -> None:
    assert bundle_archive.name == f"MoatDesk-{_version()}-linux-x86_64.tar.gz"
    assert bundle_archive.stat().st_size < ARCHIVE_BUDGET_MB * 1_000_000


@pytest.mark.slow
def test_the_bundle_carries_what_moatdesk_needs_and_not_more(unpacked: Path) -> None:
    internal = unpacked / "_internal"
    package = internal / "moatdesk"
    for needed in [
        unpacked / "MoatDesk",
        unpacked / "moatdesk-cli",
        unpacked / "install.sh",
        unpacked / "LICENSE",
        unpacked / "licenses" / "PySide6_Essentials" / "METADATA-LICENSE.txt",
        unpacked / "licenses" / "reportlab",
        package / "resources" / "fonts" / "NanumGothic.ttf",
        package / "resources" / "fonts" / "LICENSE-NanumGothic-OFL.txt",
        package / "resources" / "fonts" / "LICENSE-DejaVuSans.txt",
        package / "resources" / "content" / "questions.toml",
        package / "resources" / "schema" / "profile-exchange.schema.json",
        package / "resources" / "icons" / "moatdesk.svg",
        package / "resources" / "moatdesk.desktop",
        package / "resources" / METAINFO.name,
        package / "translations" / "moatdesk_ko.qm",
        package / "translations" / "moatdesk_en.qm",
        internal / "PySide6" / "Qt" / "translations" / "qtbase_ko.qm",
        internal / "pypdfium2_raw" / "libpdfium.so",  # opened by ctypes: no ldd finds it
    ]:
        assert needed.exists(), needed
    qt_translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    assert all(name.endswith(("_en.qm", "_ko.qm")) for name in qt_translations)
    files = {p.name for p in internal.rglob("*")}
    for unused in ["libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Pdf.so.6", "libqgtk3.so"]:
        assert unused not in files
    for tool in ["pytest", "hypothesis", "pypdf", "mypy", "ruff", "PyInstaller", "_pytest"]:
        assert not (internal / tool).exists()
    assert not list(package.rglob("*.ts")), "translation sources are for translators only"


@pytest.mark.slow
def test_the_cli_works_without_python_or_the_checkout(unpacked: Path, outside) -> None:
    from pypdf import PdfReader

    folder, env = outside
    cli = unpacked / "moatdesk-cli"
    example = _run([cli, "example", "--out", "example.json"], cwd=folder, env=env)
    assert example.returncode == 0, example.stderr
    imported = _run([cli, "import", "example.json"], cwd=folder, env=env)
    assert imported.returncode == 0, imported.stderr
    listed = _run([cli, "list"], cwd=folder, env=env)
    assert listed.returncode == 0 and COMPANY in listed.stdout, listed.stderr
    report = _run(
        [cli, "report", COMPANY, "--out", "roadmap.pdf", "--lang", "ko"], cwd=folder, env=env
    )
    assert report.returncode == 0, report.stderr
    pdf = (folder / "roadmap.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert COMPANY in text and "메타-해자 로드맵" in text  # Hangul drawn in the bundled font

    failed = _run([cli, "--lang", "ko", "report", "nobody", "--out", "x.pdf"], cwd=folder, env=env)
    assert failed.returncode != 0
    assert "프로필" in failed.stderr and "Traceback" not in failed.stderr
    assert not (folder / "x.pdf").exists()


def _first_frame(command: list[str | Path], env: dict[str, str], cwd: Path) -> float:
    """Seconds from spawning the app to its exit right after the main window's first frame
    (the app's one start-up switch, moatdesk.ui.app.EXIT_AFTER_FRAME_VAR)."""
    start = time.monotonic()
    shown = _run(command, cwd=cwd, env={**env, "MOATDESK_EXIT_AFTER_FRAME": "main"})
    elapsed = time.monotonic() - start
    assert shown.returncode == 0, shown.stdout + shown.stderr
    return elapsed


@pytest.mark.slow
def test_the_gui_starts_to_its_first_frame_and_its_start_up_is_measured(
    unpacked: Path, outside, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, env = outside
    example = _run([unpacked / "moatdesk-cli", "example", "--out", "e.json"], cwd=folder, env=env)
    assert example.returncode == 0, example.stderr
    assert (
        _run([unpacked / "moatdesk-cli", "import", "e.json"], cwd=folder, env=env).returncode == 0
    )
    venv_env = {**env, "PATH": f"{Path(sys.executable).parent}:{env['PATH']}"}
    runs = {"bundle": [], "venv": []}
    for _ in range(3):  # alternated, so both see the same machine load
        runs["bundle"].append(_first_frame([unpacked / "MoatDesk"], env, folder))
        runs["venv"].append(_first_frame([sys.executable, "-m", "moatdesk"], venv_env, folder))
    best = {kind: min(times) for kind, times in runs.items()}
    line = (
        f"start-up to the first frame of the main window (best of 3): bundle "
        f"{best['bundle']:.2f} s, venv {best['venv']:.2f} s "
        f"(ratio {best['bundle'] / best['venv']:.2f})"
    )
    (ROOT / "build" / "bundle" / "startup.txt").write_text(line + "\n", encoding="utf-8")
    with capsys.disabled():
        print(f"\n[bundle] {line}")


@pytest.mark.slow
def test_install_sh_adds_the_menu_entry_for_the_user_and_removes_it(
    unpacked: Path, outside
) -> None:
    folder, env = outside
    share = folder / "share"
    env = {**env, "XDG_DATA_HOME": str(share)}
    installed = _run(["sh", unpacked / "install.sh"], cwd=folder, env=env)
    assert installed.returncode == 0, installed.stderr
    entry = (share / "applications" / "moatdesk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{unpacked / "MoatDesk"}"' in entry
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "moatdesk.svg").is_file()
    assert (share / "metainfo" / METAINFO.name).is_file()
    if shutil.which("desktop-file-validate"):
        validated = _run(["desktop-file-validate", share / "applications" / "moatdesk.desktop"])
        assert validated.returncode == 0, validated.stdout
    removed = _run(["sh", unpacked / "install.sh", "--remove"], cwd=folder, env=env)
    assert removed.returncode == 0
    assert not (share / "applications" / "moatdesk.desktop").exists()
    assert os.listdir(share / "icons" / "hicolor" / "scalable" / "apps") == []
