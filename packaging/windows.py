"""The Windows installer: an Inno Setup 6 script around the onedir bundle, compiled with ISCC.

`package(bundle, version, out)` is called by `packaging/build.py` on Windows; run alone:
`uv run python packaging/windows.py dist/esn-desktop 0.1.0 dist`. The script comes from
`packaging/windows/esn-desktop.iss` (per-user install, Start menu, `.esn` association, and an
uninstaller that keeps the workspaces); `installer_script` gives its text, which the tests read.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from string import Template

TEMPLATE = Path(__file__).resolve().parent / "windows" / "esn-desktop.iss"
EXECUTABLE = "esn-desktop.exe"
# A version goes into the script's text and the installer's file name: digits first, then only
# what a file name and an Inno Setup value take without quoting.
VERSION = re.compile(r"\d+(\.\d+){0,3}([.+-]?[0-9A-Za-z.]+)?")


def installer_name(version: str) -> str:
    """The installer's file name without its `.exe`."""
    return f"esn-desktop-{version}-windows-x64-setup"


def numeric_version(version: str) -> str:
    """The `a.b.c.d` Windows wants in a file's version information (`0.1.0rc1` gives `0.1.0.0`)."""
    match = re.match(r"\d+(\.\d+){0,3}", version)
    parts = match.group(0).split(".") if match else ["0"]
    return ".".join([*parts, "0", "0", "0"][:4])


def check_version(version: str) -> None:
    if not VERSION.fullmatch(version):
        raise SystemExit(f"windows: version {version!r} is not like 1.2.3 (digits and dots first)")


def installer_script(bundle: Path, version: str, out: Path) -> str:
    """The Inno Setup script installing `bundle` as `version`, its installer written into `out`."""
    check_version(version)
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
        version=version,
        numeric_version=numeric_version(version),
        bundle=str(bundle.resolve()),
        output_dir=str(out.resolve()),
        output_base=installer_name(version),
    )


def find_iscc() -> Path | None:
    """Inno Setup 6's compiler: on PATH, else where its installer (or Chocolatey's) puts it."""
    found = shutil.which("iscc") or shutil.which("ISCC.exe")
    if found:
        return Path(found)
    for variable in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(variable)
        if not root:
            continue
        for folder in ("Inno Setup 6", "Programs/Inno Setup 6"):
            candidate = Path(root) / folder / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def package(bundle: Path, version: str, out: Path) -> Path:
    """Compiles the installer of `bundle` into `out` and returns its path."""
    check_version(version)
    if not (bundle / EXECUTABLE).is_file():
        raise SystemExit(f"windows: {bundle / EXECUTABLE} not found; build the bundle first")
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit(
            "windows: Inno Setup 6's ISCC.exe is neither on PATH nor in Program Files"
            " (install it: choco install innosetup -y)"
        )
    out.mkdir(parents=True, exist_ok=True)
    script = out / "esn-desktop.iss"
    # UTF-8 with its BOM: how Inno Setup 6 knows the script is not in the ANSI code page.
    script.write_text(installer_script(bundle, version, out), encoding="utf-8-sig")
    result = subprocess.run([str(iscc), "/Q", str(script)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        lines = (result.stderr or result.stdout).strip().splitlines()
        raise SystemExit(f"windows: ISCC failed: {lines[-1] if lines else f'exit {result.returncode}'}")
    installer = out / f"{installer_name(version)}.exe"
    if not installer.is_file():
        raise SystemExit(f"windows: ISCC ended without writing {installer}")
    return installer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Make the Windows installer of a built bundle.")
    parser.add_argument("bundle", type=Path, help="the onedir bundle (dist/esn-desktop)")
    parser.add_argument("version", help="the version, e.g. 0.1.0")
    parser.add_argument("out", type=Path, help="the folder the installer goes to")
    args = parser.parse_args(argv)
    print(package(args.bundle, args.version, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
