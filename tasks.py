#!/usr/bin/env python3
"""Set up and run MoatDesk from a fresh checkout; needs only Python 3.11+.

    python3 tasks.py run     # set up, then launch the app
    python3 tasks.py test    # set up, then lint (ruff), type-check (mypy), run the tests
    python3 tasks.py bundle  # a standalone app for this machine, in dist/ (docs/bundle.md)

Setup is idempotent and quick when nothing changed: a virtualenv in .venv, the
Debian libraries Qt needs (installed with apt-get when missing and we may), the
package in editable mode with its test extras, and compiled translations.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")

# Shared libraries the Qt wheels load, and the Debian package that provides each.
# xcb-cursor is needed only for a real X11 window; the offscreen tests need the rest.
QT_RUNTIME_LIBS = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
GUI_LIBS = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
}
# Programs the tests call, and their Debian package: a test skips without its program,
# so `test` installs them and CI skips none.
TEST_TOOLS = {
    "pdftotext": "poppler-utils",  # a bidi-aware reading of the PDF (right-to-left text)
    "appstreamcli": "appstream",  # validates the AppStream metadata (tests/test_bundle.py)
}


def say(message: str) -> None:
    print(f"[moatdesk] {message}", flush=True)


def run(*cmd: str | Path, **kwargs) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def missing_debian_packages(libs: dict[str, str], tools: dict[str, str]) -> list[str]:
    if not sys.platform.startswith("linux") or not shutil.which("ldconfig"):
        return []
    known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    missing = {pkg for lib, pkg in libs.items() if lib not in known}
    missing |= {pkg for tool, pkg in tools.items() if not shutil.which(tool)}
    return sorted(missing)


def ensure_system_packages(libs: dict[str, str], tools: dict[str, str] | None = None) -> None:
    packages = missing_debian_packages(libs, tools or {})
    if not packages:
        return
    if not shutil.which("apt-get"):
        say(f"warning: missing system libraries {packages}; install them with your package manager")
        return
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    if prefix and not shutil.which("sudo"):
        say(f"warning: run as root: apt-get install {' '.join(packages)}")
        return
    say(f"installing Debian packages: {' '.join(packages)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(*prefix, "apt-get", "update", "-qq", env=env)
    run(*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages, env=env)


def project_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "setup.py", "tasks.py"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_venv() -> None:
    # tasks.py runs on whatever python3 the user has; say why before anything fails.
    if sys.version_info < (3, 11):  # noqa: UP036
        sys.exit("MoatDesk needs Python 3.11 or newer")
    if not PY.exists():
        say("creating virtualenv in .venv")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    stamp = VENV / ".moatdesk-installed"
    if stamp.exists() and stamp.read_text() == project_fingerprint():
        return
    import tomllib  # Python 3.11+, checked above

    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    build_reqs = meta["build-system"]["requires"]
    deps = meta["project"]["dependencies"] + meta["project"]["optional-dependencies"]["test"]
    say("installing dependencies")
    run(PY, "-m", "pip", "install", "-q", "--upgrade", "pip")
    run(PY, "-m", "pip", "install", "-q", *build_reqs, *deps)
    run(PY, "-m", "pip", "install", "-q", "--no-build-isolation", "--no-deps", "-e", ROOT)
    stamp.write_text(project_fingerprint())


def compile_translations() -> None:
    run(PY, ROOT / "scripts" / "build_translations.py")


BUNDLE_BUILD = ROOT / "build" / "bundle"
BUNDLE_VENV = BUNDLE_BUILD / "venv"  # runtime dependencies and PyInstaller only


def bundle_platform() -> str:
    """``linux-x86_64``, ``macos-arm64``, ``windows-amd64``: where the bundle runs."""
    system = {"darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def bundle_archive_path() -> Path:
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    suffix = ".zip" if os.name == "nt" else ".tar.gz"
    return ROOT / "dist" / f"MoatDesk-{version}-{bundle_platform()}{suffix}"


def ensure_bundle_venv() -> Path:
    """A venv holding what the bundle needs and nothing more (no test or lint tools)."""
    import tomllib

    bin_dir = BUNDLE_VENV / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    stamp = BUNDLE_VENV / ".moatdesk-bundle"
    if stamp.exists() and stamp.read_text() == project_fingerprint():
        return python
    say("creating the bundle's build environment in build/bundle/venv")
    venv.EnvBuilder(with_pip=True, clear=True).create(BUNDLE_VENV)
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    deps = [
        *meta["build-system"]["requires"],
        *meta["project"]["dependencies"],
        *meta["project"]["optional-dependencies"]["bundle"],
    ]
    run(python, "-m", "pip", "install", "-q", *deps)
    stamp.write_text(project_fingerprint())
    return python


def cmd_bundle(args: list[str]) -> int:
    """PyInstaller, one folder (packaging/moatdesk.spec), archived into dist/."""
    # The X11 libraries too: PyInstaller bundles what the xcb platform plugin links.
    ensure_system_packages({**QT_RUNTIME_LIBS, **GUI_LIBS})
    python = ensure_bundle_venv()
    say("installing MoatDesk into the bundle's environment (translations compiled)")
    run(
        python, "-m", "pip", "install", "-q", "--no-build-isolation", "--no-deps",
        "--force-reinstall", ROOT,
    )  # fmt: skip
    say("PyInstaller")
    dist, work = BUNDLE_BUILD / "dist", BUNDLE_BUILD / "work"
    run(
        python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", dist, "--workpath", work, ROOT / "packaging" / "moatdesk.spec",
    )  # fmt: skip
    archive = bundle_archive_path()
    archive.parent.mkdir(exist_ok=True)
    folder = dist / "MoatDesk"
    if archive.suffix == ".zip":
        shutil.make_archive(str(archive.with_suffix("")), "zip", dist, "MoatDesk")
    else:
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(folder, arcname="MoatDesk")
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    say(f"{archive.relative_to(ROOT)}: {archive.stat().st_size / 1e6:.1f} MB ")
    say(f"(unpacked {size / 1e6:.1f} MB in {folder.relative_to(ROOT)})")
    return 0


def cmd_run(args: list[str]) -> int:
    ensure_system_packages({**QT_RUNTIME_LIBS, **GUI_LIBS})
    ensure_venv()
    compile_translations()
    return subprocess.call([str(PY), "-m", "moatdesk", *args])


def cmd_test(args: list[str]) -> int:
    ensure_system_packages(QT_RUNTIME_LIBS, TEST_TOOLS)
    ensure_venv()
    compile_translations()
    say("ruff")
    paths = ["src", "tests", "benchmarks", "scripts", "tasks.py", "setup.py"]
    for check in (["check"], ["format", "--check"]):
        failed = subprocess.call([str(BIN / "ruff"), *check, *paths], cwd=ROOT)
        if failed:
            return failed
    say("mypy")  # the files and settings are pyproject's [tool.mypy]
    failed = subprocess.call([str(BIN / "mypy")], cwd=ROOT)
    if failed:
        return failed
    say("pytest")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([str(PY), "-m", "pytest", *args], cwd=ROOT, env=env)


def main() -> int:
    commands = {"run": cmd_run, "test": cmd_test, "bundle": cmd_bundle}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
